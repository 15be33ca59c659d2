package webpage

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Page is the readable content of an HTML page.
type Page struct {
	Title     string // the page's title, "" when it has none
	Text      string // main content as plain text
	Published string // publication date YYYY-MM-DD from the page's metadata, or ""
}

// Extract finds the main content of an HTML page. pageURL (may be "")
// resolves relative links. When readability finds no article, the text of
// the whole body is used. It fails only when the page has no text at all.
func Extract(data []byte, pageURL string) (Page, error) {
	var u *url.URL
	if pageURL != "" {
		u, _ = url.Parse(pageURL) // a bad URL only loses link resolution
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return Page{}, fmt.Errorf("parse html: %w", err)
	}
	var p Page
	if art, err := readability.FromDocument(doc, u); err == nil && art.Node != nil {
		p.Title = strings.TrimSpace(art.Title())
		p.Text = NodeText(art.Node)
		if t, err := art.PublishedTime(); err == nil && !t.IsZero() {
			p.Published = t.Format("2006-01-02")
		}
	}
	if strings.TrimSpace(p.Text) == "" {
		// readability modifies the tree it reads: parse again.
		doc, _ = html.Parse(bytes.NewReader(data))
		p.Text = NodeText(doc)
		if p.Title == "" {
			p.Title = title(doc)
		}
	}
	if strings.TrimSpace(p.Text) == "" {
		return Page{}, fmt.Errorf("html page has no text")
	}
	return p, nil
}

// title returns the text of the first <title> element.
func title(n *html.Node) string {
	if n.Type == html.ElementNode && n.DataAtom == atom.Title && n.FirstChild != nil {
		return strings.TrimSpace(n.FirstChild.Data)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if t := title(c); t != "" {
			return t
		}
	}
	return ""
}
