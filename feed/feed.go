// Package feed reads RSS and Atom feeds through github.com/mmcdole/gofeed:
// each item becomes one article with its title, link, publication date
// and content.
package feed

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// Feed is a parsed feed.
type Feed struct {
	Title string
	Type  string // rss or atom
	Items []Item
	Bad   []ItemError // malformed items left out, when the rest could be read
}

// ItemError is a malformed item of a feed that was otherwise read.
type ItemError struct {
	Index int // 1-based position among the feed's items
	Err   error
}

// Item is one entry of a feed.
type Item struct {
	Title     string
	URL       string // the item's link
	Published string // YYYY-MM-DD of the published (else updated) date, or ""
	HTML      string // content, else description: HTML or plain text
	Index     int    // 1-based position among the feed's items (malformed ones count)
}

// ErrNoItems is returned for a well-formed feed without items.
var ErrNoItems = errors.New("feed has no items")

// Sniff reports whether data looks like an RSS or Atom document.
func Sniff(data []byte) bool {
	t := gofeed.DetectFeedType(bytes.NewReader(data))
	return t == gofeed.FeedTypeRSS || t == gofeed.FeedTypeAtom
}

// Parse reads an RSS or Atom feed.
func Parse(data []byte) (*Feed, error) {
	var typ string
	switch gofeed.DetectFeedType(bytes.NewReader(data)) {
	case gofeed.FeedTypeRSS:
		typ = "rss"
	case gofeed.FeedTypeAtom:
		typ = "atom"
	default:
		return nil, errors.New("malformed feed: not RSS or Atom")
	}
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		out, ok := salvage(data, typ)
		if !ok {
			return nil, fmt.Errorf("malformed %s feed: %w", typ, err)
		}
		return out, nil
	}
	out := &Feed{Title: strings.TrimSpace(f.Title), Type: typ}
	addItems(out, f.Items, 1)
	if len(out.Items) == 0 {
		return nil, ErrNoItems
	}
	return out, nil
}

// addItems appends gofeed's items to out, numbering them from first.
func addItems(out *Feed, items []*gofeed.Item, first int) {
	for i, it := range items {
		item := Item{Title: strings.TrimSpace(it.Title), URL: strings.TrimSpace(it.Link), HTML: it.Content, Index: first + i}
		if strings.TrimSpace(item.HTML) == "" {
			item.HTML = it.Description
		}
		switch {
		case it.PublishedParsed != nil:
			item.Published = localDate(it.Published, *it.PublishedParsed)
		case it.UpdatedParsed != nil:
			item.Published = localDate(it.Updated, *it.UpdatedParsed)
		}
		out.Items = append(out.Items, item)
	}
}

// salvage reads a feed that does not parse as a whole item by item: each
// <item> (RSS) or <entry> (Atom) is parsed on its own inside the feed's
// header, so that one malformed item loses only itself. It fails when no
// item can be read (a broken header, or every item broken).
func salvage(data []byte, typ string) (*Feed, bool) {
	tag, closing := "item", "</channel></rss>"
	if typ == "atom" {
		tag, closing = "entry", "</feed>"
	}
	open, end := []byte("<"+tag), []byte("</"+tag+">")
	starts := tagStarts(data, open)
	if len(starts) == 0 {
		return nil, false
	}
	header := data[:starts[0]]
	out := &Feed{Type: typ}
	for i, s := range starts {
		limit := len(data)
		if i+1 < len(starts) {
			limit = starts[i+1]
		}
		var err error
		var f *gofeed.Feed
		if e := bytes.Index(data[s:limit], end); e < 0 {
			err = fmt.Errorf("malformed %s: no closing </%s>", tag, tag)
		} else {
			doc := make([]byte, 0, len(header)+e+len(end)+len(closing))
			doc = append(append(append(doc, header...), data[s:s+e+len(end)]...), closing...)
			f, err = gofeed.NewParser().Parse(bytes.NewReader(doc))
			// An item read out of a broken document must stand on its own:
			// one with no content is more likely a fragment of the break.
			if err == nil && (len(f.Items) != 1 || strings.TrimSpace(f.Items[0].Content+f.Items[0].Description) == "") {
				err = fmt.Errorf("malformed %s", tag)
			}
		}
		if err != nil {
			out.Bad = append(out.Bad, ItemError{Index: i + 1, Err: err})
			continue
		}
		if out.Title == "" {
			out.Title = strings.TrimSpace(f.Title)
		}
		addItems(out, f.Items, i+1)
	}
	return out, len(out.Items) > 0
}

// tagStarts returns the offsets of each opening tag <tag> or <tag ...>
// (not <tags>).
func tagStarts(data, open []byte) []int {
	var out []int
	for off := 0; ; {
		i := bytes.Index(data[off:], open)
		if i < 0 {
			return out
		}
		at := off + i
		if next := at + len(open); next < len(data) && (data[next] == '>' || data[next] == ' ' || data[next] == '\t' || data[next] == '\n' || data[next] == '\r' || data[next] == '/') {
			out = append(out, at)
		}
		off = at + len(open)
	}
}

// localDate is the calendar date of a feed time in the zone the feed wrote
// it in: gofeed's parsed times are in UTC, which moves an item published
// at 01:00 in Hanoi to the previous day.
func localDate(raw string, parsed time.Time) string {
	raw = strings.TrimSpace(raw)
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC3339, "Mon, 2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 -0700"} {
		if t, err := time.Parse(layout, raw); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return parsed.Format("2006-01-02")
}
