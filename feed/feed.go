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
}

// Item is one entry of a feed.
type Item struct {
	Title     string
	URL       string // the item's link
	Published string // YYYY-MM-DD of the published (else updated) date, or ""
	HTML      string // content, else description: HTML or plain text
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
		return nil, fmt.Errorf("malformed %s feed: %w", typ, err)
	}
	out := &Feed{Title: strings.TrimSpace(f.Title), Type: typ}
	for _, it := range f.Items {
		item := Item{Title: strings.TrimSpace(it.Title), URL: strings.TrimSpace(it.Link), HTML: it.Content}
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
	if len(out.Items) == 0 {
		return nil, ErrNoItems
	}
	return out, nil
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
