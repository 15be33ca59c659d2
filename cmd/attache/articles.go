package main

import (
	"context"
	"flag"
	"fmt"
	"text/tabwriter"

	"attache"
)

// articleRow is one line of "attache articles --json".
type articleRow struct {
	ID          string `json:"id"`
	Published   string `json:"published"`
	Source      string `json:"source"`
	Title       string `json:"title"`
	DuplicateOf string `json:"duplicate_of,omitempty"`
	// NotExtracted says why the article is stored without extraction
	NotExtracted string `json:"not_extracted,omitempty"`
}

func (m *Main) runArticles(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("articles", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	m.Config.storeFlags(fs)
	var f attache.ArticleFilter
	fs.StringVar(&f.From, "from", "", "only articles published on or after `date` (YYYY[-MM[-DD]])")
	fs.StringVar(&f.To, "to", "", "only articles published on or before `date` (YYYY[-MM[-DD]])")
	fs.StringVar(&f.Source, "source", "", "only articles from this `source`")
	fs.IntVar(&f.Limit, "limit", 50, "at most `n` articles (0: all)")
	fs.IntVar(&f.Offset, "offset", 0, "skip the first `n` articles")
	asJSON := fs.Bool("json", false, "print as JSON")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: attache articles [flags]\n\nLists stored articles, newest publication first.")
		fs.PrintDefaults()
	}
	rest, err := parseArgs(fs, args)
	if err != nil {
		return flagErr(err)
	}
	if len(rest) > 0 {
		fs.Usage()
		return fmt.Errorf("articles: unexpected argument %q: %w", rest[0], errUsage)
	}
	st, err := m.Config.openStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	list, total, err := st.FindArticles(ctx, f)
	if err != nil {
		return fmt.Errorf("articles: %s", userError(err))
	}
	rows := make([]articleRow, 0, len(list))
	for _, a := range list {
		rows = append(rows, articleRow{ID: a.ID, Published: a.Published, Source: safeText(a.Source, true),
			Title: safeText(a.Title, true), DuplicateOf: a.DuplicateOf, NotExtracted: safeText(a.NotExtracted, true)})
	}
	if *asJSON {
		return writeJSON(m.Stdout, struct {
			Total    int          `json:"total"`
			Articles []articleRow `json:"articles"`
		}{total, rows})
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tPUBLISHED\tSOURCE\tTITLE")
	for _, r := range rows {
		date := r.Published
		if date == "" {
			date = "-"
		}
		title := r.Title
		if r.DuplicateOf != "" {
			title += " (near-duplicate of " + shortID(r.DuplicateOf) + ")"
		}
		title = cutRunes(title, 90)
		if r.NotExtracted != "" {
			title += " (not extracted)" // after the cut, never cut off; attache show ID tells why
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", shortID(r.ID), date, r.Source, title)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "%d of %d articles\n", len(rows), total)
	return nil
}

// cutRunes shortens s to n runes, marking the cut with an ellipsis.
func cutRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
