// Package server is attache's HTTP face: a JSON API under /api/v1 and a
// server-rendered web UI, both built on the standard library (ServeMux
// method patterns, html/template, embed). It works with no internet: every
// template, style sheet and script is embedded in the binary, and the
// Content-Security-Policy forbids loading anything from another host.
package server

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"attache"
)

// Ingester stores new articles sent through the API. cmd/attache adapts the
// ingest service to it; tests may pass nil, and then ingest requests are
// answered with an error.
type Ingester interface {
	// IngestArticle cleans, extracts and stores one article given as plain
	// text or HTML. It returns the stored article's id and whether it was
	// new, a duplicate or a near-duplicate ("new", "duplicate",
	// "near-duplicate"). Returns EINVALID for unusable input.
	IngestArticle(ctx context.Context, in IngestInput) (IngestResult, error)

	// IngestURL fetches a page or an RSS/Atom feed and stores every
	// article in it. Returns EINVALID for a bad URL or unusable content.
	IngestURL(ctx context.Context, url string) ([]IngestResult, error)
}

// IngestInput is one article posted to the API.
type IngestInput struct {
	Title     string `json:"title"`
	URL       string `json:"url"`
	Published string `json:"published"` // YYYY-MM-DD or ""
	Source    string `json:"source"`
	Text      string `json:"text"` // plain text; or
	HTML      string `json:"html"` // an HTML page
}

// IngestResult says what happened to one ingested article.
type IngestResult struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Status string `json:"status"` // new, duplicate, near-duplicate
}

// Config is what a Server needs. Store is required; the others are
// optional.
type Config struct {
	Store     attache.Store
	Knowledge attache.Reader    // nil: the entity, event, relations and deployment pages answer 404
	Ingester  Ingester          // nil disables POST /api/v1/ingest
	Corrector Corrector         // nil disables corrections
	Token     string            // writes need it; empty means writes are refused
	Countries map[string]string // ISO code → country name, to show event parties given as codes
	Logger    *slog.Logger      // nil means slog.Default()

	// Hosts are the names, beyond this machine's addresses and
	// "localhost", that requests may address the server by (the Host
	// header; a port is ignored). Any other name is refused with 421:
	// a DNS-rebinding page cannot read through a browser.
	Hosts []string

	// ReadsNeedToken asks for the token (or a session) on reads from
	// loopback too: behind a reverse proxy on this machine every client
	// comes from loopback.
	ReadsNeedToken bool

	// Places gives the coordinates of a place name (any spelling), for
	// the map; nil draws only events placed in a country.
	Places func(name string) (lat, lon float64, ok bool)
}

// Server serves the API and the UI. Build it with New.
type Server struct {
	store     attache.Store
	knowledge attache.Reader
	ingester  Ingester
	corrector Corrector
	token     string
	countries map[string]string
	log       *slog.Logger
	pages     map[string]*template.Template
	mux       *http.ServeMux

	hosts          map[string]bool // Config.Hosts, lower case, without port
	readsNeedToken bool
	apiPatterns    []string  // "METHOD /api/v1/..." as registered
	sessions       *sessions // signed-in browsers

	places       func(name string) (lat, lon float64, ok bool) // Config.Places
	world        *worldMap                                     // the map's outlines
	countryCodes map[string]string                             // lower-case country name → ISO code
}

// Limits on requests. Bodies over the limit get 413; handlers that do not
// finish in time get their context cancelled.
const (
	maxBody        = 1 << 20  // JSON bodies and forms
	maxIngestBody  = 10 << 20 // a posted article
	requestTimeout = 30 * time.Second
	ingestTimeout  = 2 * time.Minute
)

// New parses every template (so a broken one fails at start-up, not on
// first use) and builds the routes.
func New(c Config) (*Server, error) {
	if c.Store == nil {
		return nil, errors.New("server: no store")
	}
	s := &Server{store: c.Store, knowledge: c.Knowledge, ingester: c.Ingester, corrector: c.Corrector, token: c.Token, log: c.Logger, countries: c.Countries}
	if s.log == nil {
		s.log = slog.Default()
	}
	s.readsNeedToken = c.ReadsNeedToken
	s.places = c.Places
	world, err := parseWorld(worldTSV)
	if err != nil {
		return nil, err
	}
	s.world = world
	s.countryCodes = map[string]string{}
	for code, name := range c.Countries {
		s.countryCodes[strings.ToLower(name)] = code
	}
	s.sessions = &sessions{}
	s.hosts = map[string]bool{}
	for _, h := range c.Hosts {
		if name := hostName(h); name != "" {
			s.hosts[name] = true
		}
	}
	pages, err := parsePages(template.FuncMap{"party": s.party})
	if err != nil {
		return nil, err
	}
	s.pages = pages
	s.mux = http.NewServeMux()
	s.routes()
	return s, nil
}

// Handler returns the whole application with its security headers.
func (s *Server) Handler() http.Handler { return s.secure(s.mux) }

// Serve answers requests on ln until ctx is done, then shuts down
// gracefully. It returns nil after a clean shutdown.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		WriteTimeout:      ingestTimeout + 10*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := hs.Shutdown(sctx); err != nil {
			return fmt.Errorf("server: shutdown: %w", err)
		}
		if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	}
}

// Listen opens a TCP listener on addr ("127.0.0.1:0" picks a free port;
// ln.Addr() tells which).
func Listen(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("server: listen on %s: %w", addr, err)
	}
	return ln, nil
}
