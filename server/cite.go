package server

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"attache"
)

// citation is what an analyst pastes into a report to cite one fact: the
// article (agency, title, date, address), the sentence that states the
// fact, in three styles.
type citation struct {
	Fact      string `json:"fact"` // what is cited, in words
	Article   string `json:"article"`
	Title     string `json:"title"`
	Source    string `json:"source,omitempty"`
	Published string `json:"published,omitempty"`
	URL       string `json:"url,omitempty"`
	Sentence  string `json:"sentence,omitempty"`
	Plain     string `json:"plain"`
	BibTeX    string `json:"bibtex"`
	CSLJSON   string `json:"csl_json"` // a CSL-JSON array of one item, as text to paste into a reference manager
}

// citationOf reads what a citation request names: GET ...?article=ID and
// either event=N (the N-th event of the article's extraction: its
// evidence sentence) or quote=TEXT (the sentence holding TEXT; several
// alternatives may be given, |-separated: the first found is used), and
// optionally fact=WORDS saying what is cited.
func (s *Server) citationOf(r *http.Request) (*citation, error) {
	v := r.URL.Query()
	id := strings.TrimSpace(v.Get("article"))
	if id == "" || len(id) > 100 {
		return nil, invalid("article: want the id of an article")
	}
	fact, quote := strings.TrimSpace(v.Get("fact")), v.Get("quote")
	if len(fact) > 300 || len(quote) > 1000 {
		return nil, invalid("fact or quote too long")
	}
	a, err := s.store.Article(r.Context(), id)
	if err != nil {
		return nil, err
	}
	c := &citation{Fact: fact, Article: a.ID, Title: a.Title, Source: a.Source, Published: a.Published, URL: a.URL}
	switch {
	case v.Get("event") != "":
		n, err := strconv.Atoi(v.Get("event"))
		if err != nil || a.Extraction == nil || n < 0 || n >= len(a.Extraction.Events) {
			return nil, attache.Errorf(attache.ENOTFOUND, "article %s has no event %q", a.ID, v.Get("event"))
		}
		ev := a.Extraction.Events[n]
		c.Sentence = ev.Evidence
		if c.Fact == "" {
			c.Fact = strings.TrimSpace(strings.Join([]string{ev.Type, ev.Date}, " "))
		}
	case quote != "":
		for _, q := range strings.Split(quote, "|") {
			if c.Sentence = sentenceWith(a, strings.TrimSpace(q)); c.Sentence != "" {
				break
			}
		}
	}
	c.Plain, c.BibTeX, c.CSLJSON = plainCitation(c), bibtexCitation(c), cslCitation(c)
	return c, nil
}

// sentenceWith returns the sentence of a's text that holds q, or "".
func sentenceWith(a *attache.Article, q string) string {
	sp, ok := sentenceSpan(a, q)
	if !ok {
		return ""
	}
	return strings.TrimSpace(a.Text[sp.Start:sp.End])
}

// sentenceSpan returns the byte span of the sentence of a's text that
// holds q: one of the extraction's sentences, or without them the line.
func sentenceSpan(a *attache.Article, q string) (attache.Span, bool) {
	if q == "" {
		return attache.Span{}, false
	}
	i := strings.Index(a.Text, q)
	if i < 0 {
		return attache.Span{}, false
	}
	if a.Extraction != nil {
		for _, sp := range a.Extraction.Sentences {
			if sp.Start <= i && i < sp.End && sp.End <= len(a.Text) && sp.Start >= 0 {
				return sp, true
			}
		}
	}
	start := strings.LastIndex(a.Text[:i], "\n") + 1
	end := strings.Index(a.Text[i:], "\n")
	if end < 0 {
		return attache.Span{Start: start, End: len(a.Text)}, true
	}
	return attache.Span{Start: start, End: i + end}, true
}

// plainCitation: Agency, "Title", date, address. "Sentence"
func plainCitation(c *citation) string {
	var parts []string
	if c.Source != "" {
		parts = append(parts, c.Source)
	}
	parts = append(parts, "“"+c.Title+"”")
	if c.Published != "" {
		parts = append(parts, c.Published)
	}
	if c.URL != "" {
		parts = append(parts, c.URL)
	} else {
		parts = append(parts, "attache article "+c.Article)
	}
	s := strings.Join(parts, ", ") + "."
	if c.Sentence != "" {
		s += " “" + c.Sentence + "”"
	}
	return s
}

// bibtexCitation writes an @online entry (biblatex; BibTeX styles read
// it as @misc), its key made from the agency, year and article id.
func bibtexCitation(c *citation) string {
	key := "attache"
	if c.Source != "" {
		key = bibKey(c.Source)
	}
	if len(c.Published) >= 4 {
		key += c.Published[:4]
	}
	key += "_" + bibKey(c.Article)
	var b strings.Builder
	fmt.Fprintf(&b, "@online{%s,\n", key)
	field := func(name, value string) {
		if value != "" {
			fmt.Fprintf(&b, "  %s = {%s},\n", name, bibEscape(value))
		}
	}
	field("title", c.Title)
	field("organization", c.Source)
	field("date", c.Published)
	field("url", c.URL)
	if c.Sentence != "" {
		field("note", "Quoted: “"+c.Sentence+"”")
	}
	b.WriteString("}")
	return b.String()
}

// bibKey keeps the letters and digits of s.
func bibKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 128 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return "x"
	}
	return b.String()
}

// bibEscape escapes the characters TeX treats specially, so that a title
// with "&" or "%" or braces cannot break the entry.
func bibEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(`\textbackslash{}`)
		case '{', '}', '%', '&', '$', '#', '_':
			b.WriteString(`\` + string(r))
		case '~':
			b.WriteString(`\textasciitilde{}`)
		case '^':
			b.WriteString(`\textasciicircum{}`)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// cslCitation writes one CSL-JSON item (as Zotero, Mendeley and pandoc
// read) in an array.
func cslCitation(c *citation) string {
	item := map[string]any{"id": "attache-" + c.Article, "type": "article-newspaper", "title": c.Title}
	if c.Source != "" {
		item["container-title"] = c.Source
		item["publisher"] = c.Source
	}
	if c.URL != "" {
		item["URL"] = c.URL
	}
	if parts := dateParts(c.Published); parts != nil {
		item["issued"] = map[string]any{"date-parts": [][]int{parts}}
	}
	if c.Sentence != "" {
		item["note"] = "Quoted: “" + c.Sentence + "”"
	}
	out, _ := json.MarshalIndent([]any{item}, "", "  ") // maps of strings and ints always marshal
	return string(out)
}

// dateParts turns "2024-12-26" into [2024 12 26], "2024" into [2024].
func dateParts(date string) []int {
	var parts []int
	for _, p := range strings.Split(date, "-") {
		n, err := strconv.Atoi(p)
		if err != nil {
			return nil
		}
		parts = append(parts, n)
	}
	return parts
}

// handleAPICite returns a citation of one fact:
// GET /api/v1/cite?article=&event= or ?article=&quote=
func (s *Server) handleAPICite(w http.ResponseWriter, r *http.Request) error {
	c, err := s.citationOf(r)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, c)
	return nil
}

// handleCitePage shows a citation in the three styles, each with a copy
// button: GET /cite?article=&event= or ?article=&quote=
func (s *Server) handleCitePage(w http.ResponseWriter, r *http.Request) error {
	c, err := s.citationOf(r)
	if err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "cite", "Cite", struct {
		*citation
		JSON string // the same citation from the API
	}{c, "/api/v1/cite?" + r.URL.RawQuery})
}
