package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"attache/feed"
	"attache/webpage"
)

// Document is one article as read from an input, before cleaning.
type Document struct {
	Path      string // where it was read: a file, "stdin", a URL; "FILE#3" for feed item 3, "FILE:12" for line 12
	URL       string
	Title     string // from the feed, page or JSON record; "" for plain text
	Source    string
	Published string // YYYY-MM-DD or ""
	Format    string // text, html, rss, atom, jsonl
	Original  []byte
	Text      string // plain text, not yet cleaned
	Encoding  string // the encoding the input was decoded from, and how it was told; "" for plain UTF-8
}

// docError is a failure of one document inside an input (a JSON line, a
// feed item): the rest of the input is still read.
type docError struct {
	Path string
	Err  error
}

// parse turns the bytes of one input into documents. name is the path
// shown in messages, pageURL the URL it came from (or "").
func parse(name, pageURL, format string, data []byte) ([]Document, []docError, error) {
	switch format {
	case FormatText:
		return []Document{{Path: name, URL: pageURL, Format: FormatText, Original: data, Text: string(data)}}, nil, nil
	case FormatHTML:
		p, err := webpage.Extract(data, pageURL)
		if err != nil {
			return nil, nil, err
		}
		return []Document{{Path: name, URL: pageURL, Title: p.Title, Published: p.Published, Format: FormatHTML, Original: data, Text: p.Text}}, nil, nil
	case FormatFeed:
		return parseFeed(name, data)
	case FormatJSONL:
		return parseJSONL(name, data)
	}
	return nil, nil, fmt.Errorf("unknown format %q", format)
}

func parseFeed(name string, data []byte) ([]Document, []docError, error) {
	f, err := feed.Parse(data)
	if err != nil {
		return nil, nil, err
	}
	var docs []Document
	var errs []docError
	for _, b := range f.Bad {
		errs = append(errs, docError{fmt.Sprintf("%s#%d", name, b.Index), b.Err})
	}
	for _, it := range f.Items {
		path := fmt.Sprintf("%s#%d", name, it.Index)
		text := webpage.Text(it.HTML)
		if strings.TrimSpace(text) == "" {
			errs = append(errs, docError{path, fmt.Errorf("feed item %q has no content", it.Title)})
			continue
		}
		docs = append(docs, Document{Path: path, URL: it.URL, Title: it.Title, Source: f.Title,
			Published: it.Published, Format: f.Type, Original: []byte(it.HTML), Text: text})
	}
	return docs, errs, nil
}

// record is one line of a JSON lines input.
type record struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Source    string `json:"source"`
	Text      string `json:"text"`
	HTML      string `json:"html"`
}

func parseJSONL(name string, data []byte) ([]Document, []docError, error) {
	var docs []Document
	var errs []docError
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), len(data)+1)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		path := fmt.Sprintf("%s:%d", name, n)
		d, err := parseRecord(path, line)
		if err != nil {
			errs = append(errs, docError{path, err})
			continue
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("read json lines: %w", err)
	}
	return docs, errs, nil
}

func parseRecord(path string, line []byte) (Document, error) {
	var r record
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&r); err != nil {
		return Document{}, fmt.Errorf("bad JSON line: %w", err)
	}
	if dec.More() {
		return Document{}, fmt.Errorf("bad JSON line: more than one value")
	}
	pub, err := parseDate(r.Published)
	if err != nil {
		return Document{}, err
	}
	d := Document{Path: path, URL: r.URL, Title: strings.TrimSpace(r.Title), Source: strings.TrimSpace(r.Source),
		Published: pub, Format: FormatJSONL, Original: append([]byte(nil), line...)}
	switch {
	case strings.TrimSpace(r.Text) != "":
		d.Text = r.Text
	case strings.TrimSpace(r.HTML) != "":
		p, err := webpage.Extract([]byte(r.HTML), r.URL)
		if err != nil {
			return Document{}, err
		}
		d.Text = p.Text
		if d.Title == "" {
			d.Title = p.Title
		}
	default:
		return Document{}, fmt.Errorf(`no "text" or "html"`)
	}
	return d, nil
}

// parseDate accepts YYYY-MM-DD or an RFC 3339 time and returns the date.
func parseDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t.Format("2006-01-02"), nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.Format("2006-01-02"), nil
	}
	return "", fmt.Errorf("bad published date %q: want YYYY-MM-DD", s)
}
