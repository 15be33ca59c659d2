package main

import (
	"context"
	"flag"
	"fmt"

	"attache/ingest"
)

func (m *Main) runIngest(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	c := &m.Config
	c.storeFlags(fs)
	published := fs.String("published", "", "publication `date` YYYY-MM-DD for inputs that do not state one")
	source := fs.String("source", "", "source `name` for inputs that do not state one")
	fs.Int64Var(&c.MaxSize, "max-size", c.MaxSize, "largest input accepted, in `bytes`")
	fs.IntVar(&c.Workers, "workers", c.Workers, "parallel ingest `workers`")
	c.budgetFlag(fs)
	asJSON := fs.Bool("json", false, "print the summary as JSON")
	fs.BoolVar(&c.AllowPrivateURLs, "allow-private-urls", c.AllowPrivateURLs, "let URL inputs reach loopback, private and link-local addresses")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the run to `file` (go tool pprof)")
	special := fs.Bool("special-files", false, "also read named pipes and devices (bounded by --max-size and a 30 s deadline each)")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: attache ingest PATH... [flags]\n\nPATH is a file, a folder (read recursively), - for stdin, or an http(s) URL.\nFormats: plain text, HTML, RSS/Atom, JSON lines. A MANIFEST.tsv beside files\n(file, published, source) gives their metadata.\n\nflags:")
		fs.PrintDefaults()
	}
	paths, err := parseArgs(fs, args)
	if err != nil {
		return errUsage
	}
	if len(paths) == 0 {
		fs.Usage()
		return fmt.Errorf("ingest: no input given: %w", errUsage)
	}
	stopProfile, err := startCPUProfile(*cpuprofile)
	if err != nil {
		return err
	}
	defer stopProfile()
	k, err := c.loadKB()
	if err != nil {
		return err
	}
	ex, err := c.newExtractor(k)
	if err != nil {
		return err
	}
	st, err := c.openStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()

	svc := &ingest.Service{
		Store: st, Extractor: ex, Workers: c.Workers, MaxSize: c.MaxSize,
		Published: *published, Source: *source, Stdin: m.Stdin, Resolver: ingestResolver(st, k),
		AllowSpecial: *special, AllowPrivateURLs: c.AllowPrivateURLs,
		Budget: c.Budget,
	}
	if isTerminal(m.Stderr) {
		svc.Progress = m.Stderr
	}
	res, err := svc.Ingest(ctx, paths)
	if err != nil && res == nil {
		return err
	}
	for _, w := range res.Warnings {
		fmt.Fprintf(m.Stderr, "attache: %s: warning: %s\n", safeText(w.Path, true), safeText(w.Err.Error(), true))
	}
	for _, e := range res.Errors {
		fmt.Fprintf(m.Stderr, "attache: %s: %s\n", safeText(e.Path, true), safeText(e.Err.Error(), true))
	}
	for _, e := range res.NotExtracted {
		fmt.Fprintf(m.Stderr, "attache: %s: stored without extraction: %s (attache reextract tries again)\n", safeText(e.Path, true), safeText(e.Err.Error(), true))
	}
	if *asJSON {
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
		if err := writeJSON(m.Stdout, out); err != nil {
			return err
		}
	} else {
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
