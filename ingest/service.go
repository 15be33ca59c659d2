// Package ingest reads articles from files, folders, standard input and
// http(s) URLs (Ingest), from an fs.FS such as an embedded corpus
// (IngestFS) and from documents held in memory such as API bodies
// (IngestDocuments), all through one path: the same input check,
// parsing, cleaning, exact and near-duplicate detection and extraction,
// each article stored in its own transaction. PrepareText gives commands
// that do not store (extract, eval) the same check and cleaning.
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
	"io/fs"
	"net/http"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"attache"
	"attache/clean"
	"attache/internal/pool"
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
	// Budget is the most time the work on one article (cleaning,
	// near-copy check, extraction) may take; 0 means DefaultBudget. An
	// article over it is stored without extraction.
	Budget time.Duration

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

// Ingest reads every input in paths (files, folders, "-" for Stdin,
// http(s) URLs) and stores the articles found. Failed inputs are listed in
// Result.Errors; the error is only for failures that stop the whole run
// (the store, a cancelled context).
func (s *Service) Ingest(ctx context.Context, paths []string) (*Result, error) {
	ins, skipped, errs, warns := expand(paths)
	return s.ingest(ctx, batch{inputs: ins, skipped: skipped, errs: errs, warns: warns})
}

// IngestFS is Ingest over the files of fsys under root (an embedded
// corpus, for one), read the way Ingest reads a folder, MANIFEST.tsv
// included.
func (s *Service) IngestFS(ctx context.Context, fsys fs.FS, root string) (*Result, error) {
	ins, skipped, errs := expandFS(fsys, root)
	return s.ingest(ctx, batch{fsys: fsys, inputs: ins, skipped: skipped, errs: errs})
}

// IngestDocuments is Ingest over documents held in memory (an article
// posted to the API). Each document's Original holds its bytes (Text when
// Original is empty), read as its Format ("" detects it from Path and the
// bytes); they are checked and parsed like a file's. URL, Title,
// Published and Source, when set, win over what parsing finds, as the
// fields of a JSON line do; Published is YYYY-MM-DD or an RFC 3339 time.
func (s *Service) IngestDocuments(ctx context.Context, docs ...Document) (*Result, error) {
	var b batch
	for i := range docs {
		d := docs[i]
		pub, err := parseDate(d.Published)
		if err != nil {
			b.errs = append(b.errs, docError{d.Path, err})
			continue
		}
		d.Published = pub
		b.inputs = append(b.inputs, input{path: d.Path, doc: &d})
	}
	return s.ingest(ctx, b)
}

// batch is what one call gives Ingest to do: the inputs found, and what
// listing them already skipped or failed.
type batch struct {
	fsys    fs.FS // the file system inputs are read from; nil for the machine's own
	inputs  []input
	skipped int
	errs    []docError
	warns   []docError
}

// ingest is the one path every source of documents goes through: start a
// run, report what listing found, read and store every input on the
// workers, then sort the result.
func (s *Service) ingest(ctx context.Context, b batch) (*Result, error) {
	run, err := s.start(ctx, b.fsys)
	if err != nil {
		return run.res, err
	}
	run.res.Skipped = b.skipped
	for _, e := range b.errs {
		run.fail(e.Path, e.Err)
	}
	for _, w := range b.warns {
		run.warn(w.Path, w.Err)
	}
	if err := run.all(ctx, b.inputs); err != nil {
		return run.snapshot(), err
	}
	if run.fatal != nil {
		return run.res, run.fatal
	}
	if err := ctx.Err(); err != nil {
		return run.res, err
	}
	if c, ok := s.Store.(SearchCompactor); ok && run.res.New > 0 {
		if err := c.CompactSearch(ctx, run.res.New); err != nil {
			run.warn("search index", err) // the articles are stored; searches only run slower
		}
	}
	run.res.sort()
	return run.res, nil
}

// SearchCompactor is a Store whose search index runs faster once merged
// after a large run; sqlite.DB is one. Ingest calls it at the end of a
// run with the number of articles the run stored.
type SearchCompactor interface {
	CompactSearch(ctx context.Context, stored int) error
}

// start checks the settings, loads the fingerprints of stored articles
// and first finishes what an interrupted run left pending.
func (s *Service) start(ctx context.Context, fsys fs.FS) (*run, error) {
	if s.Published != "" {
		if _, err := time.Parse("2006-01-02", s.Published); err != nil {
			return &run{}, attache.Errorf(attache.EINVALID, "bad --published date %q: want YYYY-MM-DD", s.Published)
		}
	}
	fps, err := s.Store.Fingerprints(ctx)
	if err != nil {
		return &run{}, fmt.Errorf("load fingerprints: %w", err)
	}
	r := &run{s: s, fsys: fsys, index: simhash.NewIndex(fps, s.threshold()), res: &Result{}}
	// A near-duplicate must agree with a stored article's text, not only
	// its fingerprint: read the text of the rare close ones.
	r.index.SetTexts(func(id string) (string, error) {
		a, err := s.Store.Article(ctx, id)
		if err != nil {
			return "", err
		}
		return a.Text, nil
	})
	if pr, ok := s.Resolver.(PendingResolver); ok {
		// An earlier run was stopped between storing and resolving: finish
		// its work first, so that resolution keeps the order of storage.
		n, err := pr.ResolvePending(ctx)
		r.res.Resumed = n
		if err != nil {
			if ctx.Err() != nil {
				return r, ctx.Err()
			}
			r.warn("knowledge base", fmt.Errorf("resolving articles left pending by an interrupted run: %w (they stay pending)", err))
		}
	}
	return r, nil
}

// all reads and stores every input on the service's workers. Interrupted,
// it gives workers a moment to finish what they were storing, but does
// not wait for an extraction that may take long: an article whose
// transaction has not committed is not stored; one stored but not yet
// resolved stays pending for the next run.
func (r *run) all(ctx context.Context, ins []input) error {
	if r.s.Progress != nil && len(ins) > 1 {
		r.bar = progressbar.NewOptions(len(ins), progressbar.OptionSetWriter(r.s.Progress),
			progressbar.OptionSetDescription("ingest"), progressbar.OptionShowCount(),
			progressbar.OptionShowIts(), progressbar.OptionClearOnFinish(),
			progressbar.OptionThrottle(100*time.Millisecond))
	}
	if br, ok := r.s.Resolver.(BatchResolver); ok {
		r.queue = newResolveQueue(ctx, r, br)
	}
	if bs, ok := r.s.Store.(BatchStore); ok {
		r.writer = newWriter(ctx, r, bs)
	}
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		pool.Each(ctx, len(ins), r.s.workers(len(ins)), func(i int) {
			r.input(ctx, ins[i])
			if r.bar != nil {
				r.bar.Add(1)
			}
		})
	}()
	select {
	case <-finished:
	case <-ctx.Done():
		select {
		case <-finished:
		case <-time.After(cancelGrace):
		}
		return ctx.Err()
	}
	if r.bar != nil {
		r.bar.Finish()
	}
	if r.writer != nil {
		r.writer.finish()
	}
	if r.queue != nil {
		r.queue.finish()
	}
	return ctx.Err()
}

// sort puts outcomes, errors and warnings in path order, whatever order
// the workers finished in.
func (r *Result) sort() {
	sort.Slice(r.Outcomes, func(i, j int) bool { return r.Outcomes[i].Path < r.Outcomes[j].Path })
	sort.SliceStable(r.Errors, func(i, j int) bool { return r.Errors[i].Path < r.Errors[j].Path })
	sort.SliceStable(r.Warnings, func(i, j int) bool { return r.Warnings[i].Path < r.Warnings[j].Path })
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
	s         *Service
	fsys      fs.FS // where inputs are read from; nil for the machine's own files
	index     *simhash.Index
	queue     *resolveQueue // nil: articles are resolved one by one as stored
	writer    *writer       // nil: each worker stores its own articles
	bar       *progressbar.ProgressBar
	manifests manifests

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
	raw, err := r.s.readInput(ctx, r.fsys, in)
	if err != nil && ctx.Err() != nil {
		return // interrupted: not this input's fault
	}
	if err != nil {
		r.fail(raw.name, err)
		return
	}
	docs, err := r.parse(raw)
	if err != nil {
		r.fail(raw.name, err)
		return
	}
	meta := r.manifestEntry(in)
	for _, d := range docs {
		if in.doc != nil {
			d = withFields(d, *in.doc)
		}
		if d.Published == "" {
			d.Published = meta.published
		}
		if d.Source == "" {
			d.Source = meta.source
		}
		r.store(ctx, d)
	}
}

// parse decodes and checks the bytes of one input and turns them into
// documents; a document of the input that fails (a JSON line, a feed
// item) is reported and the others are returned.
func (r *run) parse(raw rawInput) ([]Document, error) {
	data, encNote, repaired, err := checkInput(raw.data, raw.ctype)
	if err != nil {
		return nil, err
	}
	if repaired > 0 {
		r.warn(raw.name, fmt.Errorf("repaired %d invalid UTF-8 bytes with U+FFFD", repaired))
	}
	format := raw.format
	if format == "" {
		if format, err = detect(raw.name, raw.ctype, data); err != nil {
			return nil, err
		}
	}
	docs, derrs, err := parse(raw.name, raw.url, format, data)
	if err != nil {
		return nil, err
	}
	for _, e := range derrs {
		r.fail(e.Path, e.Err)
	}
	for i := range docs {
		docs[i].Encoding = encNote
	}
	return docs, nil
}

// checkInput is the one input check of attache: it decodes data to UTF-8
// (contentType is a URL's HTTP header, "" otherwise) and rejects empty,
// binary and badly encoded inputs. It returns the text, a note on the
// encoding it was decoded from, and how many invalid bytes were repaired.
func checkInput(data []byte, contentType string) (text []byte, encNote string, repaired int, err error) {
	data, encNote, err = decode(data, contentType)
	if err != nil {
		return nil, "", 0, err
	}
	data, repaired, err = checkText(data)
	if err != nil {
		return nil, "", 0, err
	}
	return data, encNote, repaired, nil
}

// manifestEntry is the MANIFEST.tsv row of a file input, if any; a
// malformed manifest is reported (once).
func (r *run) manifestEntry(in input) manifestEntry {
	if in.dir == "" {
		return manifestEntry{}
	}
	m, err := r.manifests.lookup(r.fsys, in.dir, path.Base(filepath.ToSlash(in.path)))
	if err != nil {
		r.fail(joinPath(r.fsys, in.dir, ManifestName), err)
	}
	return m
}

// withFields gives d the fields the caller of IngestDocuments set on the
// document it came from: they win over what parsing found.
func withFields(d, given Document) Document {
	if given.URL != "" {
		d.URL = given.URL
	}
	if given.Title != "" {
		d.Title = given.Title
	}
	if given.Published != "" {
		d.Published = given.Published
	}
	if given.Source != "" {
		d.Source = given.Source
	}
	return d
}

// store cleans one document, checks it against what is known and stores
// it.
func (r *run) store(ctx context.Context, d Document) {
	deadline := time.Now().Add(r.s.budget()) // cleaning counts too
	a, err := r.s.Prepare(d)
	if err != nil {
		r.fail(d.Path, err)
		return
	}
	verdict, first := r.index.AddText(a.ID, a.SimHash, a.Text)
	if verdict == simhash.Duplicate {
		r.done(Outcome{Path: d.Path, ID: a.ID, Status: StatusDuplicate})
		return
	}
	if verdict == simhash.NearDuplicate {
		a.DuplicateOf = first
	}
	var notExtracted error // the reason the article is stored without extraction
	if r.s.Extractor != nil {
		a.Extraction, notExtracted = extractUntil(ctx, r.s.Extractor, deadline, r.s.budget(), docName(d.Path), a.Text, a.Published)
		if notExtracted != nil && ctx.Err() != nil {
			if verdict == simhash.New {
				r.index.Remove(a.ID)
			}
			return // the run was cancelled
		}
		if notExtracted != nil {
			a.NotExtracted = notExtracted.Error() // stored, so that show and articles tell it later
		}
	}
	if a.Title == "" {
		// an untitled article is listed by its first sentence, never by
		// its hex id: the extraction's sentences cut it best
		var sentences []attache.Span
		if a.Extraction != nil {
			sentences = a.Extraction.Sentences
		}
		a.Title = attache.TitleFromText(a.Text, sentences)
	}
	p := prepared{path: d.Path, a: a, verdict: verdict, first: first, notExtracted: notExtracted}
	if r.writer != nil {
		r.writer.put(ctx, p)
		return
	}
	// the store decides near copies with other processes (shared.go)
	p.verdict, p.first, err = r.s.put(ctx, r.index, a, p.verdict, p.first)
	r.stored(ctx, p, err)
}

// stored finishes an article after its write returned err: it hands the
// article to resolution and reports its outcome, or undoes its place in
// the fingerprint index when it was not stored.
func (r *run) stored(ctx context.Context, p prepared, err error) {
	a, verdict, first := p.a, p.verdict, p.first
	switch {
	case err == nil && r.queue != nil:
		r.queue.add(p.path, a)
	case err == nil && r.s.Resolver != nil:
		if rerr := r.s.Resolver.ResolveArticle(ctx, a); rerr != nil && ctx.Err() == nil {
			r.warn(p.path, fmt.Errorf("knowledge base: %w", rerr))
		}
	}
	if err == nil && p.notExtracted != nil {
		r.notExtracted(p.path, p.notExtracted)
	}
	switch {
	case err == nil && verdict == simhash.NearDuplicate:
		r.done(Outcome{Path: p.path, ID: a.ID, Status: StatusNearDuplicate, DuplicateOf: first})
	case err == nil:
		r.done(Outcome{Path: p.path, ID: a.ID, Status: StatusNew})
	case attache.ErrorCode(err) == attache.ECONFLICT:
		// Stored by an earlier run as a near-duplicate (those are not in
		// the fingerprint index), so it is not a first copy either.
		if verdict == simhash.New {
			r.index.Remove(a.ID)
		}
		r.done(Outcome{Path: p.path, ID: a.ID, Status: StatusDuplicate})
	default:
		if verdict == simhash.New {
			r.index.Remove(a.ID)
		}
		if ctx.Err() != nil {
			return
		}
		r.mu.Lock()
		if r.fatal == nil && attache.ErrorCode(err) == attache.EINTERNAL {
			r.fatal = fmt.Errorf("store %s: %w", p.path, err)
		}
		r.mu.Unlock()
		r.fail(p.path, fmt.Errorf("store: %s", attache.ErrorMessage(err)))
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
	a, err := s.prepareText(d)
	if err != nil {
		return nil, err
	}
	a.ID = attache.ArticleID(a.Text)
	a.SimHash = simhash.Fingerprint(a.Text)
	return a, nil
}

// prepareText is Prepare without the id and fingerprint, which only the
// store needs: date header, cleaning, title and defaults.
func (s *Service) prepareText(d Document) (*attache.Article, error) {
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
