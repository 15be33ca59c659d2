package main

import (
	"context"
	"flag"
	"fmt"

	"attache/ingest"
)

func (m *Main) runIngest(ctx context.Context, args []string) error {
	opt, paths, err := m.ingestFlags(args)
	if err != nil {
		return err
	}
	stopProfile, err := startCPUProfile(opt.cpuprofile)
	if err != nil {
		return err
	}
	defer stopProfile()
	a, err := m.Config.start(ctx)
	if err != nil {
		return err
	}
	defer a.Close()
	svc := a.ingester(&m.Config)
	svc.Published, svc.Source, svc.Stdin, svc.AllowSpecial = opt.published, opt.source, m.Stdin, opt.special
	if isTerminal(m.Stderr) {
		svc.Progress = m.Stderr
	}
	res, err := svc.Ingest(ctx, paths)
	if err != nil && res == nil {
		return err
	}
	if perr := writeHeapProfile(opt.memprofile); perr != nil {
		return perr
	}
	m.printIngestProblems(res)
	if opt.asJSON {
		if err := m.printIngestJSON(res); err != nil {
			return err
		}
	} else {
		m.printIngestSummary(res)
	}
	return m.ingestStatus(ctx, res, err)
}

// ingestOptions are the flags of attache ingest that are not Config's.
type ingestOptions struct {
	published, source string
	asJSON, special   bool
	cpuprofile        string // file for a CPU profile of the run
	memprofile        string // file for a profile of the memory in use at the end of the run
}

// ingestFlags parses the flags of attache ingest into m.Config and the
// options, and returns the paths to ingest.
func (m *Main) ingestFlags(args []string) (ingestOptions, []string, error) {
	var opt ingestOptions
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	c := &m.Config
	c.storeFlags(fs)
	fs.StringVar(&opt.published, "published", "", "publication `date` YYYY-MM-DD for inputs that do not state one")
	fs.StringVar(&opt.source, "source", "", "source `name` for inputs that do not state one")
	fs.Int64Var(&c.MaxSize, "max-size", c.MaxSize, "largest input accepted, in `bytes`")
	fs.IntVar(&c.Workers, "workers", c.Workers, "parallel ingest `workers`")
	c.budgetFlag(fs)
	fs.BoolVar(&opt.asJSON, "json", false, "print the summary as JSON")
	fs.BoolVar(&c.AllowPrivateURLs, "allow-private-urls", c.AllowPrivateURLs, "let URL inputs reach loopback, private and link-local addresses")
	fs.StringVar(&opt.cpuprofile, "cpuprofile", "", "write a CPU profile of the run to `file` (go tool pprof)")
	fs.StringVar(&opt.memprofile, "memprofile", "", "write a profile of the memory in use at the end of the run to `file` (go tool pprof)")
	fs.BoolVar(&opt.special, "special-files", false, "also read named pipes and devices (bounded by --max-size and a 30 s deadline each)")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: attache ingest PATH... [flags]\n\nPATH is a file, a folder (read recursively), - for stdin, or an http(s) URL.\nFormats: plain text, HTML, RSS/Atom, JSON lines. A MANIFEST.tsv beside files\n(file, published, source) gives their metadata.\n\nflags:")
		fs.PrintDefaults()
	}
	paths, err := parseArgs(fs, args)
	if err != nil {
		return opt, nil, errUsage
	}
	if len(paths) == 0 {
		fs.Usage()
		return opt, nil, fmt.Errorf("ingest: no input given: %w", errUsage)
	}
	return opt, paths, nil
}

// printIngestProblems lists warnings, failed inputs and articles stored
// without extraction on stderr, one a line.
func (m *Main) printIngestProblems(res *ingest.Result) {
	for _, w := range res.Warnings {
		fmt.Fprintf(m.Stderr, "attache: %s: warning: %s\n", safeText(w.Path, true), safeText(w.Err.Error(), true))
	}
	for _, e := range res.Errors {
		fmt.Fprintf(m.Stderr, "attache: %s: %s\n", safeText(e.Path, true), safeText(e.Err.Error(), true))
	}
	for _, e := range res.NotExtracted {
		fmt.Fprintf(m.Stderr, "attache: %s: stored without extraction: %s (attache reextract tries again)\n", safeText(e.Path, true), safeText(e.Err.Error(), true))
	}
}

// printIngestJSON prints the result as JSON, errors included.
func (m *Main) printIngestJSON(res *ingest.Result) error {
	out := struct {
		*ingest.Result
		Errors       []jsonError `json:"errors"`
		NotExtracted []jsonError `json:"not_extracted"`
	}{Result: res, Errors: []jsonError{}, NotExtracted: []jsonError{}}
	for _, e := range res.Errors {
		out.Errors = append(out.Errors, jsonError{e.Path, e.Err.Error()})
	}
	for _, e := range res.NotExtracted {
		out.NotExtracted = append(out.NotExtracted, jsonError{e.Path, e.Err.Error()})
	}
	return writeJSON(m.Stdout, out)
}

// printIngestSummary prints the counts on one line.
func (m *Main) printIngestSummary(res *ingest.Result) {
	fmt.Fprintf(m.Stdout, "new %d, duplicate %d, near-duplicate %d, failed %d",
		res.New, res.Duplicate, res.NearDuplicate, res.Failed)
	if n := len(res.NotExtracted); n > 0 {
		fmt.Fprintf(m.Stdout, ", not extracted %d", n)
	}
	fmt.Fprintln(m.Stdout)
	if res.Resumed > 0 {
		fmt.Fprintf(m.Stderr, "attache: resolved %d articles an interrupted run had left out of the knowledge base\n", res.Resumed)
	}
}

// ingestStatus is the command's outcome: an interruption explained, the
// run's own error, or a failure when any input failed.
func (m *Main) ingestStatus(ctx context.Context, res *ingest.Result, err error) error {
	if err != nil && ctx.Err() != nil {
		// SIGINT or SIGTERM: what was stored is kept and complete; articles
		// stored but not yet resolved are resolved by the next run.
		fmt.Fprintf(m.Stderr, "attache: interrupted: %d articles stored (%d new, %d near-duplicates); run the same command again to finish\n",
			res.New+res.NearDuplicate, res.New, res.NearDuplicate)
		return errReported
	}
	if err != nil {
		return err
	}
	if res.Failed > 0 {
		return errReported
	}
	return nil
}

// jsonError is one failed input in the JSON summary.
type jsonError struct {
	Path  string `json:"path"`
	Error string `json:"error"`
}
