package main

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"attache"
)

func (m *Main) runSearch(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	m.Config.storeFlags(fs)
	var q attache.SearchQuery
	fs.StringVar(&q.From, "from", "", "only articles published on or after `date` (YYYY[-MM[-DD]])")
	fs.StringVar(&q.To, "to", "", "only articles published on or before `date` (YYYY[-MM[-DD]])")
	fs.StringVar(&q.Source, "source", "", "only articles from this `source` (VNA)")
	fs.StringVar(&q.Entity, "entity", "", "only articles naming this entity (`name`, any spelling or diacritics)")
	fs.StringVar((*string)(&q.Type), "type", "", "only articles with an event of this `type` (meeting, visit, deployment, ...)")
	fs.StringVar(&q.EventFrom, "event-from", "", "only articles reporting an event that starts on or after `date` (YYYY[-MM[-DD]])")
	fs.StringVar(&q.EventTo, "event-to", "", "only articles reporting an event that starts on or before `date` (YYYY[-MM[-DD]])")
	fs.IntVar(&q.Limit, "limit", 20, "at most `n` hits")
	asJSON := fs.Bool("json", false, "print hits as JSON")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), `usage: attache search [flags] QUERY

Words must all match (diacritics and case are ignored); "quoted phrases"
match in order; a trailing * matches a prefix (peacekeep*). With filters
only and no words, lists the matching articles newest first.`)
		fs.PrintDefaults()
	}
	words, err := parseArgs(fs, args)
	if err != nil {
		return flagErr(err)
	}
	q.Query = strings.Join(words, " ")
	if strings.TrimSpace(q.Query) == "" && q.From == "" && q.To == "" && q.Source == "" && q.Entity == "" && q.Type == "" && q.EventFrom == "" && q.EventTo == "" {
		fs.Usage()
		return fmt.Errorf("search: give a query or a filter: %w", errUsage)
	}
	st, err := m.Config.openStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	hits, err := st.Search(ctx, q)
	if err != nil {
		return fmt.Errorf("search: %s", userError(err))
	}
	if *asJSON {
		// JSON readers get the snippet with its markers as [ and ] and the
		// text made safe, like the terminal output.
		out := make([]attache.SearchHit, len(hits))
		for i, h := range hits {
			h.Title = safeText(h.Title, true)
			h.Source = safeText(h.Source, true)
			h.Snippet = highlight(h.Snippet, false)
			out[i] = h
		}
		return writeJSON(m.Stdout, out)
	}
	if len(hits) == 0 {
		fmt.Fprintln(m.Stdout, "no matches")
		return nil
	}
	ansi := isTerminal(m.Stdout)
	for _, h := range hits {
		date := h.Published
		if date == "" {
			date = "----------"
		}
		fmt.Fprintf(m.Stdout, "%s  %s  %s  %s\n", shortID(h.ID), date, safeText(h.Source, true), cutRunes(safeText(h.Title, true), 100))
		fmt.Fprintf(m.Stdout, "    %s\n\n", highlight(h.Snippet, ansi))
	}
	return nil
}

// shortID is the first 16 characters of an id: enough to be unique in
// practice, and accepted by "attache show".
func shortID(id string) string {
	if len(id) > 16 {
		return id[:16]
	}
	return id
}

// userError returns the message of an attache error (a bad date, an empty
// query), or the whole error otherwise.
func userError(err error) string {
	if attache.ErrorCode(err) != attache.EINTERNAL {
		return attache.ErrorMessage(err)
	}
	return err.Error()
}
