// Package ingest reads articles from files, folders, standard input and
// http(s) URLs, cleans them, detects exact and near-duplicates, runs
// extraction and stores each article in its own transaction.
//
// Formats are recognised by extension, then by content: plain text, HTML
// (main content only; scripts and markup are never stored as text), RSS
// and Atom (one article per item), JSON lines ({"url", "title",
// "published", "source", "text" or "html"}, one article per line).
//
// Bad input is reported per input and the run goes on: empty and binary
// files, unknown formats, malformed feeds, bad JSON lines (FILE:LINE),
// unreachable URLs and inputs over the size limit are rejected. Invalid
// UTF-8 is repaired with U+FFFD when under 1% of the bytes are invalid (a
// warning says so) and rejected above that: such a file is almost surely
// in another encoding, and repairing it would store garbage.
//
// Metadata precedence: what an input says of itself (a "date YYYY-MM-DD"
// first line, a feed item's date, a JSON field, an HTML page's metadata),
// then the MANIFEST.tsv beside the file, then the --published and
// --source defaults.
package ingest

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"attache"
	"attache/clean"
	"attache/simhash"
	"attache/webpage"

	"github.com/schollz/progressbar/v3"
)

// DefaultMaxSize is the largest input accepted unless MaxSize says
// otherwise.
const DefaultMaxSize = 10 << 20

// Extractor analyses one article's clean text; extract.New(k) is the real
// one. It must be safe for concurrent use.
type Extractor interface {
	Extract(doc, text, published string) *attache.Extraction
}

// Resolver adds a newly stored article to the cross-article knowledge
// base; resolve.Service is the real one. It must be safe for concurrent
// use. A failure is reported as a warning: the article stays stored,
// marked as pending resolution, and the next run (or a rebuild, attache
// reextract) resolves it.
type Resolver interface {
	ResolveArticle(ctx context.Context, a *attache.Article) error
}

// PendingResolver is a Resolver that can also finish the resolution of
// articles an interrupted run stored but did not resolve; resolve.Service
// is one. Ingest calls it first.
type PendingResolver interface {
	ResolvePending(ctx context.Context) (int, error)
}

// Service ingests inputs into a store. Set the fields, then call Ingest.
type Service struct {
	Store     attache.Store
	Extractor Extractor    // nil: articles are stored without extraction
	Workers   int          // parallel workers; 0 means runtime.NumCPU()
	MaxSize   int64        // largest input in bytes; 0 means DefaultMaxSize
	Published string       // default publication date YYYY-MM-DD
	Source    string       // default source name
	Threshold int          // near-duplicate Hamming distance; 0 means simhash.Threshold
	Client    *http.Client // for URLs; nil means webpage.PublicClient (see AllowPrivateURLs) with webpage.DefaultTimeout
	Stdin     io.Reader    // read for the input "-"
	Progress  io.Writer    // progress bar destination (a terminal); nil is quiet
	Resolver  Resolver     // nil: the knowledge base is not updated at ingest

	// AllowSpecial reads named pipes and devices too (bounded by MaxSize
	// and InputTimeout); by default only regular files are read.
	AllowSpecial bool
	// InputTimeout bounds the read of one pipe or device; 0 means
	// DefaultInputTimeout. (URLs have their client's timeout.)
	InputTimeout time.Duration
	// AllowPrivateURLs lets URL inputs reach loopback, private and
	// link-local addresses. By default they are refused: the API's URL
	// ingest would otherwise reach the machine's own services (SSRF).
	AllowPrivateURLs bool

	clientOnce sync.Once
	client     *http.Client
	// Budget is the most time one article's extraction may take (0 means
	// DefaultBudget). An article over it is stored without extraction.
	Budget time.Duration

	manifests manifests

	shared shared // near-duplicate checks with other processes (shared.go)
}

// Status says what became of one article.
type Status string

// The statuses of an Outcome.
const (
	StatusNew           Status = "new"
	StatusDuplicate     Status = "duplicate"
	StatusNearDuplicate Status = "near-duplicate"
)

// Outcome is what happened to one article.
type Outcome struct {
	Path        string `json:"path"`
	ID          string `json:"id"`
	Status      Status `json:"status"`
	DuplicateOf string `json:"duplicate_of,omitempty"`
}

// InputError is the failure of one input (or one line or item of it).
type InputError struct {
	Path string
	Err  error
}

func (e *InputError) Error() string { return e.Path + ": " + e.Err.Error() }

func (e *InputError) Unwrap() error { return e.Err }

// Result summarises a run.
type Result struct {
	New           int          `json:"new"`
	Duplicate     int          `json:"duplicate"`
	NearDuplicate int          `json:"near_duplicate"`
	Failed        int          `json:"failed"`
	Skipped       int          `json:"skipped"` // files in folders with an extension attache does not read
	Resumed       int          `json:"resumed"` // articles of an interrupted run resolved into the knowledge base first
	Outcomes      []Outcome    `json:"articles"`
	Errors        []InputError `json:"-"`
	Warnings      []InputError `json:"-"` // inputs stored after a repair

	// NotExtracted lists the articles stored without extraction and why
	// (over the budget); attache reextract tries them again.
	NotExtracted []InputError `json:"-"`
}

// Ingest reads every input in paths and stores the articles found. Failed
// inputs are listed in Result.Errors; the error is only for failures that
// stop the whole run (the store, a cancelled context).
func (s *Service) Ingest(ctx context.Context, paths []string) (*Result, error) {
	if s.Published != "" {
		if _, err := time.Parse("2006-01-02", s.Published); err != nil {
			return nil, attache.Errorf(attache.EINVALID, "bad --published date %q: want YYYY-MM-DD", s.Published)
		}
	}
	fps, err := s.Store.Fingerprints(ctx)
	if err != nil {
		return nil, fmt.Errorf("load fingerprints: %w", err)
	}
	run := &run{s: s, index: simhash.NewIndex(fps, s.threshold()), res: &Result{}}
	if pr, ok := s.Resolver.(PendingResolver); ok {
		// An earlier run was stopped between storing and resolving: finish
		// its work first, so that resolution keeps the order of storage.
		n, err := pr.ResolvePending(ctx)
		run.res.Resumed = n
		if err != nil {
			if ctx.Err() != nil {
				return run.res, ctx.Err()
			}
			run.warn("knowledge base", fmt.Errorf("resolving articles left pending by an interrupted run: %w (they stay pending)", err))
		}
	}
	ins, skipped, errs, warns := expand(paths)
	run.res.Skipped = skipped
	for _, e := range errs {
		run.fail(e.Path, e.Err)
	}
	for _, w := range warns {
		run.warn(w.Path, w.Err)
	}
	if s.Progress != nil && len(ins) > 1 {
		run.bar = progressbar.NewOptions(len(ins), progressbar.OptionSetWriter(s.Progress),
			progressbar.OptionSetDescription("ingest"), progressbar.OptionShowCount(),
			progressbar.OptionShowIts(), progressbar.OptionClearOnFinish(),
			progressbar.OptionThrottle(100*time.Millisecond))
	}

	jobs := make(chan input)
	var wg sync.WaitGroup
	for range s.workers(len(ins)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for in := range jobs {
				run.input(ctx, in)
				if run.bar != nil {
					run.bar.Add(1)
				}
			}
		}()
	}
feed:
	for _, in := range ins {
		select {
		case jobs <- in:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	finished := make(chan struct{})
	go func() {
		wg.Wait()
		close(finished)
	}()
	select {
	case <-finished:
	case <-ctx.Done():
		// Interrupted: give workers a moment to finish what they were
		// storing, but do not wait for an extraction that may take long.
		// An article whose transaction has not committed is not stored;
		// one stored but not yet resolved stays pending for the next run.
		select {
		case <-finished:
		case <-time.After(cancelGrace):
		}
		return run.snapshot(), ctx.Err()
	}
	if run.bar != nil {
		run.bar.Finish()
	}
	if run.fatal != nil {
		return run.res, run.fatal
	}
	if err := ctx.Err(); err != nil {
		return run.res, err
	}
	r := run.res
	sort.Slice(r.Outcomes, func(i, j int) bool { return r.Outcomes[i].Path < r.Outcomes[j].Path })
	sort.SliceStable(r.Errors, func(i, j int) bool { return r.Errors[i].Path < r.Errors[j].Path })
	sort.SliceStable(r.Warnings, func(i, j int) bool { return r.Warnings[i].Path < r.Warnings[j].Path })
	return r, nil
}

// DefaultInputTimeout is how long the read of one pipe or device may
// take unless InputTimeout says otherwise.
const DefaultInputTimeout = 30 * time.Second

func (s *Service) inputTimeout() time.Duration {
	if s.InputTimeout > 0 {
		return s.InputTimeout
	}
	return DefaultInputTimeout
}

// httpClient is the client URL inputs are fetched with.
func (s *Service) httpClient() *http.Client {
	s.clientOnce.Do(func() {
		switch {
		case s.Client != nil:
			s.client = s.Client
		case s.AllowPrivateURLs:
			s.client = &http.Client{Timeout: webpage.DefaultTimeout}
		default:
			s.client = webpage.PublicClient(webpage.DefaultTimeout)
		}
	})
	return s.client
}

func (s *Service) maxSize() int64 {
	if s.MaxSize > 0 {
		return s.MaxSize
	}
	return DefaultMaxSize
}

func (s *Service) threshold() int {
	if s.Threshold > 0 {
		return s.Threshold
	}
	return simhash.Threshold
}

func (s *Service) workers(inputs int) int {
	n := s.Workers
	if n <= 0 {
		n = runtime.NumCPU()
	}
	return max(1, min(n, inputs))
}

// run is the state of one Ingest call shared by its workers.
type run struct {
	s     *Service
	index *simhash.Index
	bar   *progressbar.ProgressBar

	mu    sync.Mutex
	res   *Result
	fatal error
}

// cancelGrace is how long an interrupted run waits for its workers.
const cancelGrace = 2 * time.Second

// snapshot copies the result so far, for a run returning while workers
// may still be busy.
func (r *run) snapshot() *Result {
	r.mu.Lock()
	defer r.mu.Unlock()
	c := *r.res
	c.Outcomes = append([]Outcome(nil), c.Outcomes...)
	c.Errors = append([]InputError(nil), c.Errors...)
	c.Warnings = append([]InputError(nil), c.Warnings...)
	return &c
}

func (r *run) fail(path string, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.res.Failed++
	r.res.Errors = append(r.res.Errors, InputError{Path: path, Err: err})
}

func (r *run) warn(path string, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.res.Warnings = append(r.res.Warnings, InputError{Path: path, Err: err})
}

func (r *run) done(o Outcome) {
	r.mu.Lock()
	defer r.mu.Unlock()
	switch o.Status {
	case StatusNew:
		r.res.New++
	case StatusDuplicate:
		r.res.Duplicate++
	case StatusNearDuplicate:
		r.res.NearDuplicate++
	}
	r.res.Outcomes = append(r.res.Outcomes, o)
}

// input reads, parses and stores one input.
func (r *run) input(ctx context.Context, in input) {
	if ctx.Err() != nil {
		return
	}
	data, name, pageURL, ctype, err := r.s.readInput(ctx, in)
	if err != nil && ctx.Err() != nil {
		return // interrupted: not this input's fault
	}
	if err != nil {
		r.fail(name, err)
		return
	}
	data, encNote, err := decode(data, ctype)
	if err != nil {
		r.fail(name, err)
		return
	}
	data, repaired, err := checkText(data)
	if err != nil {
		r.fail(name, err)
		return
	}
	if repaired > 0 {
		r.warn(name, fmt.Errorf("repaired %d invalid UTF-8 bytes with U+FFFD", repaired))
	}
	format, err := detect(name, ctype, data)
	if err != nil {
		r.fail(name, err)
		return
	}
	docs, derrs, err := parse(name, pageURL, format, data)
	if err != nil {
		r.fail(name, err)
		return
	}
	for _, e := range derrs {
		r.fail(e.Path, e.Err)
	}
	var meta manifestEntry
	if in.dir != "" {
		m, _, err := r.s.manifests.lookup(in.dir, filepath.Base(in.path))
		if err != nil {
			r.fail(filepath.Join(in.dir, ManifestName), err)
		}
		meta = m
	}
	for _, d := range docs {
		d.Encoding = encNote
		if d.Published == "" {
			d.Published = meta.published
		}
		if d.Source == "" {
			d.Source = meta.source
		}
		r.store(ctx, d)
	}
}

// store cleans one document, checks it against what is known and stores
// it.
func (r *run) store(ctx context.Context, d Document) {
	a, err := r.s.Prepare(d)
	if err != nil {
		r.fail(d.Path, err)
		return
	}
	verdict, first := r.index.Add(a.ID, a.SimHash)
	if verdict == simhash.Duplicate {
		r.done(Outcome{Path: d.Path, ID: a.ID, Status: StatusDuplicate})
		return
	}
	if verdict == simhash.NearDuplicate {
		a.DuplicateOf = first
	}
	var notExtracted error // the reason the article is stored without extraction
	if r.s.Extractor != nil {
		a.Extraction, notExtracted = ExtractWithin(ctx, r.s.Extractor, r.s.Budget, docName(d.Path), a.Text, a.Published)
		if notExtracted != nil && ctx.Err() != nil {
			if verdict == simhash.New {
				r.index.Remove(a.ID)
			}
			return // the run was cancelled
		}
	}
	verdict, first, err = r.s.put(ctx, r.index, a, verdict, first)
	if err == nil && r.s.Resolver != nil {
		if rerr := r.s.Resolver.ResolveArticle(ctx, a); rerr != nil && ctx.Err() == nil {
			r.warn(d.Path, fmt.Errorf("knowledge base: %w", rerr))
		}
	}
	if err == nil && notExtracted != nil {
		r.notExtracted(d.Path, notExtracted)
	}
	switch {
	case err == nil && verdict == simhash.NearDuplicate:
		r.done(Outcome{Path: d.Path, ID: a.ID, Status: StatusNearDuplicate, DuplicateOf: first})
	case err == nil:
		r.done(Outcome{Path: d.Path, ID: a.ID, Status: StatusNew})
	case attache.ErrorCode(err) == attache.ECONFLICT:
		// Stored by an earlier run as a near-duplicate (those are not in
		// the fingerprint index), so it is not a first copy either.
		if verdict == simhash.New {
			r.index.Remove(a.ID)
		}
		r.done(Outcome{Path: d.Path, ID: a.ID, Status: StatusDuplicate})
	default:
		if verdict == simhash.New {
			r.index.Remove(a.ID)
		}
		if ctx.Err() != nil {
			return
		}
		r.mu.Lock()
		if r.fatal == nil && attache.ErrorCode(err) == attache.EINTERNAL {
			r.fatal = fmt.Errorf("store %s: %w", d.Path, err)
		}
		r.mu.Unlock()
		r.fail(d.Path, fmt.Errorf("store: %s", attache.ErrorMessage(err)))
	}
}

// docName is the name extraction records for a document: the file name,
// or the URL.
func docName(path string) string {
	if isURL(path) {
		return path
	}
	return filepath.Base(path)
}

// Prepare turns a document into an article ready to store, without
// touching the store: date header, cleaning, title, defaults, id and
// fingerprint.
func (s *Service) Prepare(d Document) (*attache.Article, error) {
	a := &attache.Article{
		URL: d.URL, Path: d.Path, Title: d.Title, Source: d.Source, Published: d.Published,
		Format: d.Format, Original: d.Original, IngestedAt: time.Now().UTC(),
	}
	if d.Encoding != "" {
		a.Removed = append(a.Removed, attache.Removal{Kind: "encoding", Text: "decoded from " + d.Encoding})
	}
	text := d.Text
	if date, rest, rm, ok := clean.DateHeader(text); ok {
		text = rest
		a.Removed = append(a.Removed, rm)
		if a.Published == "" {
			a.Published = date
		}
	}
	text, rm := clean.Clean(text)
	a.Removed = append(a.Removed, rm...)
	if strings.TrimSpace(text) == "" {
		return nil, fmt.Errorf("no text left after cleaning")
	}
	a.Text = text
	if a.Title == "" {
		a.Title = headline(text)
	}
	if a.Published == "" {
		a.Published = s.Published
	}
	if a.Source == "" {
		a.Source = s.Source
	}
	a.ID = attache.ArticleID(text)
	a.SimHash = simhash.Fingerprint(text)
	return a, nil
}

// headline returns the first line of text when it reads like a headline:
// short, not ending like a sentence, and followed by more text.
func headline(text string) string {
	first, rest, ok := strings.Cut(text, "\n")
	first = strings.TrimSpace(first)
	if !ok || strings.TrimSpace(rest) == "" || first == "" {
		return ""
	}
	if n := utf8.RuneCountInString(first); n > 200 || len(strings.Fields(first)) < 2 {
		return ""
	}
	if strings.ContainsAny(first[len(first)-1:], ".,;") {
		return ""
	}
	return first
}
