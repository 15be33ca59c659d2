package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
	"time"

	"attache/extract/text"
	"attache/ingest"
	"attache/internal/jsonout"
	"attache/score"
)

func (m *Main) runExtract(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	c := &m.Config
	published := fs.String("published", "", "publication `date` YYYY-MM-DD, used when the text has no \"date YYYY-MM-DD\" first line")
	format := fs.String("format", "gold", "output `format`: gold (the EXTRACTION.md record) or json (the full record with offsets)")
	c.kbFlag(fs)
	fs.Int64Var(&c.MaxSize, "max-size", c.MaxSize, "largest input accepted, in `bytes`")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: attache extract FILE|- [flags]\n\nAnalyse one plain-text article (- reads stdin) without storing it and print\nits entities, events and quantities. A first line \"date YYYY-MM-DD\" gives the\npublication date and is dropped.\n\nflags:")
		fs.PrintDefaults()
	}
	pos, err := parseArgs(fs, args)
	if err != nil {
		return flagErr(err)
	}
	if len(pos) != 1 {
		fs.Usage()
		return fmt.Errorf("extract: want one FILE or -, got %d arguments: %w", len(pos), errUsage)
	}
	if *format != "gold" && *format != "json" {
		return fmt.Errorf("extract: unknown --format %q (want gold or json): %w", *format, errUsage)
	}
	if *published != "" && !isDay(*published) {
		return fmt.Errorf("extract: --published %q is not a date YYYY-MM-DD: %w", *published, errUsage)
	}

	defer collectLessOften()()

	// The knowledge and the extractor (tens of milliseconds of start-up)
	// are built while the input is read and cleaned: on two cores a large
	// input is ready sooner.
	type built struct {
		a   *app
		err error
	}
	ready := make(chan built, 1)
	go func() {
		a, err := c.startExtraction()
		ready <- built{a, err}
	}()
	name, raw, err := m.readArticle(ctx, pos[0])
	if err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	art, warnings, err := ingest.PrepareText(name, raw)
	if err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	for _, w := range warnings {
		fmt.Fprintf(m.Stderr, "attache: %s: warning: %s\n", name, w)
	}
	if art.Published == "" {
		art.Published = *published
	}
	// the tokens need no knowledge: made here while it is still loading
	toks := text.Tokenize(art.Text)
	b := <-ready
	if b.err != nil {
		return b.err
	}
	x, err := b.a.extractor.ExtractTokensContext(context.Background(), filepath.Base(name), art.Text, art.Published, toks)
	if err != nil {
		return fmt.Errorf("extract: %w", err) // never: the context is never done
	}

	// evidence sentences read better with their quotes and ampersands
	// unescaped
	if *format == "json" {
		return jsonout.Write(m.Stdout, x, false)
	}
	return jsonout.Write(m.Stdout, score.FromExtraction(x), false)
}

// readArticle reads one article file (or stdin for "-") with ingest's
// checks and --max-size, for the commands that analyse without storing.
func (m *Main) readArticle(ctx context.Context, path string) (name string, data []byte, err error) {
	in := &ingest.Service{MaxSize: m.Config.MaxSize, Stdin: m.Stdin}
	return in.ReadFile(ctx, path)
}

// extractGCPercent is the collector's target heap growth while extract
// runs (the runtime's default is 100).
const extractGCPercent = 400

// collectLessOften raises the collector's target for the one article extract
// analyses and returns the function that restores it. Most of that heap is
// the article's tokens, mentions and record, which live to the end: at the
// default target the collector scans them again and again, a fifth of the
// command's CPU on a long article, for about 15 % more peak memory at the
// 10 MiB size limit. A GOGC set by the user is left alone. Runs that
// overlap (tests call Main.Run in parallel) share one raise: the first
// sets it, the last restores the target found before.
func collectLessOften() (restore func()) {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	gcRaise.Lock()
	defer gcRaise.Unlock()
	if gcRaise.runs == 0 {
		gcRaise.old = debug.SetGCPercent(extractGCPercent)
	}
	gcRaise.runs++
	return func() {
		gcRaise.Lock()
		defer gcRaise.Unlock()
		if gcRaise.runs--; gcRaise.runs == 0 {
			debug.SetGCPercent(gcRaise.old)
		}
	}
}

// gcRaise counts the extract runs under collectLessOften's raise.
var gcRaise struct {
	sync.Mutex
	runs int // runs under way
	old  int // the target before the first of them
}

func isDay(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}
