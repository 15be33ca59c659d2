package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"attache"
)

// minIDPrefix is the shortest id prefix "attache show" accepts, so that a
// typo does not silently pick some article.
const minIDPrefix = 6

// shownArticle is "attache show --json": the article without its original
// bytes (only their size), with its extraction.
type shownArticle struct {
	ID            string              `json:"id"`
	URL           string              `json:"url,omitempty"`
	Path          string              `json:"path,omitempty"`
	Title         string              `json:"title"`
	Source        string              `json:"source"`
	Published     string              `json:"published"`
	Format        string              `json:"format"`
	OriginalBytes int                 `json:"original_bytes"`
	Text          string              `json:"text"`
	Removed       []removal           `json:"removed"`
	SimHash       string              `json:"simhash"`
	DuplicateOf   string              `json:"duplicate_of,omitempty"`
	IngestedAt    *time.Time          `json:"ingested_at,omitempty"`
	Extraction    *attache.Extraction `json:"extraction"`
	NotExtracted  string              `json:"not_extracted,omitempty"` // why there is no extraction
}

type removal struct {
	Kind string `json:"kind"`
	Text string `json:"text"`
}

func (m *Main) runShow(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("show", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	m.Config.storeFlags(fs)
	asJSON := fs.Bool("json", false, "print as JSON")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: attache show [flags] ID\n\nPrints one article: metadata, clean text, what cleaning removed and the\nextraction. ID may be a unique prefix of at least %d characters.\n", minIDPrefix)
		fs.PrintDefaults()
	}
	pos, err := parseArgs(fs, args)
	if err != nil {
		return flagErr(err)
	}
	if len(pos) != 1 {
		fs.Usage()
		return fmt.Errorf("show: want one article id: %w", errUsage)
	}
	st, err := m.Config.openStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	a, err := findArticle(ctx, st, pos[0])
	if err != nil {
		return fmt.Errorf("show: %s", userError(err))
	}
	if *asJSON {
		return writeJSON(m.Stdout, toShown(a))
	}
	printArticle(m.Stdout, a)
	return nil
}

// findArticle loads the article with the given id or unique id prefix.
func findArticle(ctx context.Context, st attache.Store, id string) (*attache.Article, error) {
	a, err := st.Article(ctx, id)
	if attache.ErrorCode(err) != attache.ENOTFOUND {
		return a, err
	}
	if len(id) < minIDPrefix {
		return nil, attache.Errorf(attache.ENOTFOUND, "no article %q (an id prefix needs at least %d characters)", id, minIDPrefix)
	}
	list, total, err := st.FindArticles(ctx, attache.ArticleFilter{IDPrefix: id, Limit: 5})
	if err != nil {
		return nil, err
	}
	switch total {
	case 0:
		return nil, attache.Errorf(attache.ENOTFOUND, "no article %q", id)
	case 1:
		return st.Article(ctx, list[0].ID)
	}
	var ids []string
	for _, a := range list {
		ids = append(ids, a.ID)
	}
	return nil, attache.Errorf(attache.EINVALID, "id prefix %q matches %d articles (%s...): give more characters", id, total, strings.Join(ids, ", "))
}

func toShown(a *attache.Article) shownArticle {
	s := shownArticle{ID: a.ID, URL: a.URL, Path: a.Path, Title: a.Title, Source: a.Source, Published: a.Published,
		Format: a.Format, OriginalBytes: len(a.Original), Text: a.Text, Removed: []removal{},
		SimHash: fmt.Sprintf("%016x", a.SimHash), DuplicateOf: a.DuplicateOf, Extraction: a.Extraction,
		NotExtracted: a.NotExtracted}
	for _, r := range a.Removed {
		s.Removed = append(s.Removed, removal{Kind: r.Kind, Text: r.Text})
	}
	if !a.IngestedAt.IsZero() {
		s.IngestedAt = &a.IngestedAt
	}
	return s
}

// printArticle writes the human-readable view. Every piece of article
// text goes through safeText.
func printArticle(w io.Writer, a *attache.Article) {
	field := func(name, value string) {
		if value != "" {
			fmt.Fprintf(w, "%-12s %s\n", name+":", safeText(value, true))
		}
	}
	field("ID", a.ID)
	field("Title", a.Title)
	field("Published", orDash(a.Published))
	field("Source", orDash(a.Source))
	field("Format", a.Format)
	field("Path", a.Path)
	field("URL", a.URL)
	if !a.IngestedAt.IsZero() {
		field("Ingested", a.IngestedAt.UTC().Format(time.RFC3339))
	}
	field("Duplicate of", a.DuplicateOf)
	if a.NotExtracted != "" {
		field("Not extracted", a.NotExtracted+"; attache reextract tries again")
	}
	fmt.Fprintf(w, "%-12s %d bytes original, %d bytes clean\n", "Size:", len(a.Original), len(a.Text))

	fmt.Fprintf(w, "\n== Text ==\n%s\n", strings.TrimSpace(safeText(a.Text, false)))

	fmt.Fprintf(w, "\n== Removed by cleaning (%d) ==\n", len(a.Removed))
	for _, r := range a.Removed {
		fmt.Fprintf(w, "  %-15s %s\n", safeText(r.Kind, true), cutRunes(safeText(r.Text, true), 100))
	}
	if a.Extraction == nil && a.NotExtracted != "" {
		fmt.Fprintf(w, "\n== Extraction ==\n  none: %s (attache reextract tries again)\n", safeText(a.NotExtracted, true))
		return
	}
	if a.Extraction == nil {
		fmt.Fprintln(w, "\n== Extraction ==\n  none (run attache extract)")
		return
	}
	printExtraction(w, a.Extraction)
}

func printExtraction(w io.Writer, x *attache.Extraction) {
	fmt.Fprintf(w, "\n== Extraction: %d entities, %d events, %d quantities ==\n", len(x.Entities), len(x.Events), len(x.Quantities))
	for _, typ := range []attache.EntityType{attache.Person, attache.Organization, attache.Location, attache.Country} {
		var lines []string
		for _, e := range x.Entities {
			if e.Type != typ {
				continue
			}
			line := safeText(e.Name, true)
			if e.Rank != "" {
				line = safeText(e.Rank, true) + " " + line
			}
			if e.Country != "" && typ != attache.Country {
				line += " (" + safeText(e.Country, true) + ")"
			}
			if len(e.Titles) > 0 {
				line += ": " + safeText(strings.Join(e.Titles, "; "), true)
			}
			if len(e.Aliases) > 0 {
				line += " [aka " + safeText(strings.Join(e.Aliases, ", "), true) + "]"
			}
			lines = append(lines, line)
		}
		if len(lines) > 0 {
			fmt.Fprintf(w, "%s (%d):\n", typ, len(lines))
			for _, l := range lines {
				fmt.Fprintf(w, "  %s\n", l)
			}
		}
	}
	if len(x.Events) > 0 {
		fmt.Fprintf(w, "events (%d):\n", len(x.Events))
		for _, e := range x.Events {
			line := fmt.Sprintf("%-21s %-11s %-10s", safeText(orDash(e.Date), true), safeText(e.Type, true), safeText(e.Salience, true))
			if e.Name != "" {
				line += " " + safeText(e.Name, true)
			}
			if e.Place != "" {
				line += " @ " + safeText(e.Place, true)
			}
			if len(e.Participants) > 0 {
				line += " — " + safeText(strings.Join(e.Participants, ", "), true)
			}
			fmt.Fprintf(w, "  %s\n", line)
		}
	}
	if len(x.Quantities) > 0 {
		var qs []string
		for _, q := range x.Quantities {
			qs = append(qs, fmt.Sprintf("%d %s", q.Value, safeText(q.Unit, true)))
		}
		fmt.Fprintf(w, "quantities: %s\n", strings.Join(qs, ", "))
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
