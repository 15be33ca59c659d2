package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"path/filepath"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"

	"attache"
	"attache/ingest"
	"attache/internal/pool"
)

func (m *Main) runReextract(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("reextract", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	c := &m.Config
	c.storeFlags(fs)
	fs.IntVar(&c.Workers, "workers", c.Workers, "parallel extraction `workers`")
	c.budgetFlag(fs)
	asJSON := fs.Bool("json", false, "print the summary as JSON")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), `usage: attache reextract [flags]

Re-runs extraction over every stored article's clean text with the current
extractor and knowledge files, then rebuilds the knowledge base and
re-applies the analysts' corrections.`)
		fs.PrintDefaults()
	}
	if pos, err := parseArgs(fs, args); err != nil {
		return flagErr(err)
	} else if len(pos) > 0 {
		return fmt.Errorf("reextract: unexpected argument %q: %w", pos[0], errUsage)
	}
	a, err := c.start(ctx)
	if err != nil {
		return err
	}
	defer a.Close()
	if err := a.needKnowledgeBase(c); err != nil {
		return err
	}
	arts, _, err := a.store.FindArticles(ctx, attache.ArticleFilter{})
	if err != nil {
		return fmt.Errorf("reextract: %w", err)
	}
	over, err := m.reextractAll(ctx, a, arts)
	if err != nil {
		return err
	}
	stats, err := a.resolver.Rebuild(ctx)
	if err != nil {
		return fmt.Errorf("reextract: %w", err)
	}
	if *asJSON {
		return writeJSON(m.Stdout, stats)
	}
	fmt.Fprintf(m.Stdout, "reextracted %d articles; knowledge base: %d entities, %d events; %d corrections re-applied, %d no longer apply\n",
		len(arts)-over, stats.Entities, stats.Events, stats.Corrections, stats.Skipped)
	if over > 0 {
		fmt.Fprintf(m.Stdout, "%d articles over the extraction budget of %v kept their extraction (try a larger --budget)\n", over, budgetOrDefault(c.Budget))
	}
	return nil
}

// reextractAll runs the extractor again over every article on the
// configured workers and returns how many were over the budget (their
// extraction is left as it was, and said so on stderr).
func (m *Main) reextractAll(ctx context.Context, a *app, arts []*attache.Article) (over int, err error) {
	var bar *progressbar.ProgressBar
	if isTerminal(m.Stderr) && len(arts) > 1 {
		bar = progressbar.NewOptions(len(arts), progressbar.OptionSetWriter(m.Stderr),
			progressbar.OptionSetDescription("reextract"), progressbar.OptionShowCount(),
			progressbar.OptionClearOnFinish(), progressbar.OptionThrottle(100*time.Millisecond))
	}
	var (
		mu    sync.Mutex
		first error
	)
	pool.Each(ctx, len(arts), m.Config.Workers, func(i int) {
		id := arts[i].ID
		err := reextractOne(ctx, a.store, a.extractor, m.Config.Budget, id)
		mu.Lock()
		switch {
		case errors.Is(err, ingest.ErrBudget):
			over++
			fmt.Fprintf(m.Stderr, "attache: %s: %s; extraction left as it was\n", id, err)
		case err != nil && first == nil:
			first = err
		}
		mu.Unlock()
		if bar != nil {
			bar.Add(1)
		}
	})
	if bar != nil {
		bar.Finish()
	}
	if first != nil {
		return over, first
	}
	return over, ctx.Err()
}

// reextractOne runs the extractor over one stored article's clean text,
// within the budget, and stores the new extraction.
func reextractOne(ctx context.Context, st attache.Store, ex ingest.Extractor, budget time.Duration, id string) error {
	a, err := st.Article(ctx, id)
	if err != nil {
		return fmt.Errorf("reextract %s: %w", id, err)
	}
	doc := a.URL
	if doc == "" {
		doc = filepath.Base(a.Path)
	}
	x, err := ingest.ExtractWithin(ctx, ex, budget, doc, a.Text, a.Published)
	if err != nil && ctx.Err() == nil && a.Extraction == nil {
		// Still not extracted: the reason shown is this run's, not the
		// one of the run that stored it.
		if merr := st.MarkNotExtracted(ctx, id, err.Error()); merr != nil {
			return fmt.Errorf("reextract %s: %w", id, merr)
		}
	}
	if err != nil {
		return fmt.Errorf("reextract %s: %w", id, err)
	}
	if err := st.ReplaceExtraction(ctx, id, x); err != nil {
		return fmt.Errorf("reextract %s: %w", id, err)
	}
	return nil
}

// budgetOrDefault is the budget ingest.ExtractWithin applies for b.
func budgetOrDefault(b time.Duration) time.Duration {
	if b <= 0 {
		return ingest.DefaultBudget
	}
	return b
}
