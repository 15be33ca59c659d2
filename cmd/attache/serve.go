package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
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
	if errors.Is(err, flag.ErrHelp) {
		return nil
	} else if err != nil {
		return errUsage
	}
	if len(pos) > 0 {
		fs.Usage()
		return fmt.Errorf("serve: unexpected argument %q: %w", pos[0], errUsage)
	}
	st, err := c.openStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	return m.serve(ctx, st)
}

// serveFlags adds the flags of the commands that serve HTTP.
func (c *Config) serveFlags(fs *flag.FlagSet) {
	fs.StringVar(&c.Addr, "addr", c.Addr, "listen `address` (host:port; port 0 picks a free one)")
	fs.StringVar(&c.Token, "token", c.Token, "`token` that API writes and UI corrections need (env ATTACHE_TOKEN); none means read-only")
	fs.BoolVar(&c.AllowPrivateURLs, "allow-private-urls", c.AllowPrivateURLs, "let the API's URL ingest reach loopback, private and link-local addresses")
	fs.BoolVar(&c.ReadsNeedToken, "reads-need-token", c.ReadsNeedToken, "ask for the token on reads from loopback too (behind a reverse proxy every client is loopback)")
	fs.StringVar(&c.Hosts, "allow-host", c.Hosts, "host `names`, comma-separated, that clients may address the server by besides its IP addresses and localhost (env ATTACHE_HOSTS); others get 421")
}

// serve runs the HTTP server over st until ctx is done. It prints the URL
// it listens on (the real port when --addr asks for port 0) on a line of
// its own, which tests read.
func (m *Main) serve(ctx context.Context, st attache.Store) error {
	k, err := m.Config.loadKB()
	if err != nil {
		return err
	}
	ex, err := m.Config.newExtractor(k)
	if err != nil {
		return err
	}
	countries := map[string]string{}
	for _, c := range k.Countries {
		countries[c.Code] = c.Name
	}
	cfg := server.Config{Store: st, Token: m.Config.Token, Countries: countries, Hosts: splitList(m.Config.Hosts),
		ReadsNeedToken: m.Config.ReadsNeedToken,
		Ingester: &apiIngester{store: st, extractor: ex, maxSize: m.Config.MaxSize, resolver: ingestResolver(st, k),
			client: urlClient(m.Config.AllowPrivateURLs)}}
	if svc := resolver(st, k); svc != nil {
		cfg.Knowledge, cfg.Corrector = query.New(st, svc.Knowledge, svc), corrector{svc}
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
	store     attache.Store
	extractor ingest.Extractor
	maxSize   int64
	resolver  ingest.Resolver // keeps the knowledge base up to date; may be nil
	client    *http.Client    // one for all requests, so that connections are reused
}

// urlClient is the client URL ingest fetches with: public addresses only
// unless allowPrivate.
func urlClient(allowPrivate bool) *http.Client {
	if allowPrivate {
		return &http.Client{Timeout: webpage.DefaultTimeout}
	}
	return webpage.PublicClient(webpage.DefaultTimeout)
}

// IngestArticle passes the article to the service as one JSON-lines
// record on its standard input, the format it already reads.
func (a *apiIngester) IngestArticle(ctx context.Context, in server.IngestInput) (server.IngestResult, error) {
	rec, err := json.Marshal(in)
	if err != nil {
		return server.IngestResult{}, err
	}
	svc := a.service()
	svc.Stdin = bytes.NewReader(append(rec, '\n'))
	res, err := a.run(ctx, svc, "-")
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
	return a.run(ctx, a.service(), url)
}

func (a *apiIngester) service() *ingest.Service {
	return &ingest.Service{Store: a.store, Extractor: a.extractor, Workers: 1, MaxSize: a.maxSize, Resolver: a.resolver,
		Client: a.client}
}

// run ingests one input; an input the service rejects is the client's
// problem (EINVALID), with the service's reason.
func (a *apiIngester) run(ctx context.Context, svc *ingest.Service, path string) ([]server.IngestResult, error) {
	res, err := svc.Ingest(ctx, []string{path})
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
