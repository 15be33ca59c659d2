package main

import (
	"context"
	"flag"
	"fmt"
	"net"
	"net/http"
	"strings"

	"attache"
	"attache/ingest"
	"attache/query"
	"attache/server"
	"attache/webpage"
)

func (m *Main) runServe(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	c := &m.Config
	c.storeFlags(fs)
	c.serveFlags(fs)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: attache serve [flags]\n\nServes the web UI and the JSON API (/api/v1, described at /api/v1/openapi.json).\nReads are open from loopback; from other hosts they need the token.\nChanges need the token (API) or a signed-in session (UI). Requests must\naddress the server by an IP address, localhost or an --allow-host name.\n\nflags:")
		fs.PrintDefaults()
	}
	pos, err := parseArgs(fs, args)
	if err != nil {
		return flagErr(err)
	}
	if len(pos) > 0 {
		fs.Usage()
		return fmt.Errorf("serve: unexpected argument %q: %w", pos[0], errUsage)
	}
	a, err := c.start(ctx)
	if err != nil {
		return err
	}
	defer a.Close()
	return m.serve(ctx, a)
}

// serveFlags adds the flags of the commands that serve HTTP.
func (c *Config) serveFlags(fs *flag.FlagSet) {
	fs.StringVar(&c.Addr, "addr", c.Addr, "listen `address` (host:port; port 0 picks a free one)")
	fs.StringVar(&c.Token, "token", c.Token, "`token` that API writes and UI corrections need (env ATTACHE_TOKEN); none means read-only")
	fs.BoolVar(&c.AllowPrivateURLs, "allow-private-urls", c.AllowPrivateURLs, "let the API's URL ingest reach loopback, private and link-local addresses")
	fs.BoolVar(&c.ReadsNeedToken, "reads-need-token", c.ReadsNeedToken, "ask for the token on reads from loopback too (behind a reverse proxy every client is loopback)")
	fs.StringVar(&c.Hosts, "allow-host", c.Hosts, "host `names`, comma-separated, that clients may address the server by besides its IP addresses and localhost (env ATTACHE_HOSTS); others get 421")
}

// serve runs the HTTP server over the app's store until ctx is done. It
// prints the URL it listens on (the real port when --addr asks for port 0)
// on a line of its own, which tests read.
func (m *Main) serve(ctx context.Context, a *app) error {
	countries := map[string]string{}
	for _, c := range a.kb.Countries {
		countries[c.Code] = c.Name
	}
	cfg := server.Config{Store: a.store, Token: m.Config.Token, Countries: countries, Hosts: splitList(m.Config.Hosts),
		Places:         placeCoordinates(a.kb),
		ReadsNeedToken: m.Config.ReadsNeedToken,
		Ingester:       &apiIngester{app: a, config: &m.Config, client: urlClient(m.Config.AllowPrivateURLs)}}
	if svc := a.resolver; svc != nil {
		cfg.Knowledge, cfg.Corrector = query.New(a.store, svc.Knowledge, svc), corrector{svc}
		// Finish what an interrupted ingest left unresolved before serving.
		if n, err := svc.ResolvePending(ctx); err != nil {
			return fmt.Errorf("knowledge base: %w", err)
		} else if n > 0 {
			fmt.Fprintf(m.Stderr, "attache: resolved %d articles an interrupted run had left out of the knowledge base\n", n)
		}
	}
	srv, err := server.New(cfg)
	if err != nil {
		return err
	}
	ln, err := server.Listen(m.Config.Addr)
	if err != nil {
		return err
	}
	if m.Config.Token == "" {
		fmt.Fprintln(m.Stderr, "attache: no --token or ATTACHE_TOKEN: serving read-only")
	}
	if host, _, _ := net.SplitHostPort(m.Config.Addr); host != "" && host != "127.0.0.1" && host != "localhost" && host != "::1" {
		fmt.Fprintln(m.Stderr, "attache: listening beyond loopback: reads from other hosts need the token")
	}
	fmt.Fprintf(m.Stdout, "attache: serving on http://%s/\n", ln.Addr())
	return srv.Serve(ctx, ln)
}

// splitList splits a comma-separated list, dropping empty items.
func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// apiIngester runs posted articles and fetched URLs through the ingest
// service, so that the API cleans, deduplicates and extracts exactly as
// "attache ingest" does.
type apiIngester struct {
	app    *app
	config *Config
	client *http.Client // one for all requests, so that connections are reused
}

// urlClient is the client URL ingest fetches with: public addresses only
// unless allowPrivate.
func urlClient(allowPrivate bool) *http.Client {
	if allowPrivate {
		return &http.Client{Timeout: webpage.DefaultTimeout}
	}
	return webpage.PublicClient(webpage.DefaultTimeout)
}

// IngestArticle hands the posted article to the service as a document in
// memory, through the same checks, cleaning and extraction as a file.
func (a *apiIngester) IngestArticle(ctx context.Context, in server.IngestInput) (server.IngestResult, error) {
	doc := ingest.Document{Path: "api", URL: in.URL, Title: in.Title, Published: in.Published, Source: in.Source,
		Format: ingest.FormatText, Original: []byte(in.Text)}
	if in.HTML != "" {
		doc.Format, doc.Original = ingest.FormatHTML, []byte(in.HTML)
	}
	res, err := a.results(a.service().IngestDocuments(ctx, doc))
	if err != nil {
		return server.IngestResult{}, err
	}
	if len(res) != 1 {
		return server.IngestResult{}, attache.Errorf(attache.EINVALID, "expected one article, got %d", len(res))
	}
	res[0].Title = in.Title
	return res[0], nil
}

// IngestURL fetches a page or a feed.
func (a *apiIngester) IngestURL(ctx context.Context, url string) ([]server.IngestResult, error) {
	return a.results(a.service().Ingest(ctx, []string{url}))
}

func (a *apiIngester) service() *ingest.Service {
	svc := a.app.ingester(a.config)
	svc.Workers, svc.Client = 1, a.client
	return svc
}

// results turns the service's result for one input into the API's; an
// input the service rejects is the client's problem (EINVALID), with the
// service's reason.
func (a *apiIngester) results(res *ingest.Result, err error) ([]server.IngestResult, error) {
	if err != nil {
		return nil, err
	}
	if len(res.Errors) > 0 && len(res.Outcomes) == 0 {
		return nil, attache.Errorf(attache.EINVALID, "%v", res.Errors[0].Err)
	}
	out := []server.IngestResult{}
	for _, o := range res.Outcomes {
		out = append(out, server.IngestResult{ID: o.ID, Status: string(o.Status)})
	}
	return out, nil
}
