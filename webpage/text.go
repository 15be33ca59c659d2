// Package webpage turns HTML into the plain text attache stores: the main
// content of a page (through codeberg.org/readeck/go-readability/v2), or
// every text node of a fragment such as a feed item. Scripts, styles and
// other executable or invisible markup never reach the text. It also
// fetches http(s) URLs with a timeout and a size limit.
package webpage

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipped elements: their content is never text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Svg: true, atom.Math: true, atom.Object: true,
	atom.Embed: true, atom.Head: true, atom.Button: true, atom.Select: true,
	atom.Form: true, atom.Nav: true,
}

// blocks start and end a paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Blockquote: true, atom.Pre: true,
	atom.Table: true, atom.Tr: true, atom.Figure: true, atom.Figcaption: true,
	atom.Header: true, atom.Footer: true, atom.Main: true, atom.Aside: true,
	atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Hr: true, atom.Address: true,
}

// Text returns the plain text of an HTML document or fragment: one
// paragraph per block element, separated by blank lines, white space
// collapsed, no markup.
func Text(src string) string {
	nodes, err := html.ParseFragment(strings.NewReader(src), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil { // the tokenizer accepts any input; only a reader error gets here
		return ""
	}
	var w textWriter
	for _, n := range nodes {
		w.node(n)
	}
	return w.String()
}

// NodeText returns the plain text of a parsed node, as Text does.
func NodeText(n *html.Node) string {
	var w textWriter
	w.node(n)
	return w.String()
}

// textWriter collects paragraphs.
type textWriter struct {
	paras []string
	cur   strings.Builder
}

func (w *textWriter) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
		return
	case html.CommentNode, html.DoctypeNode:
		return
	case html.ElementNode:
		if skipped[n.DataAtom] {
			return
		}
		if n.DataAtom == atom.Br {
			w.cur.WriteByte(brMark)
			return
		}
	}
	block := n.Type == html.ElementNode && blocks[n.DataAtom]
	if block {
		w.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c)
	}
	if block {
		w.flush()
	}
}

// brMark stands for a <br> in the text being collected. The HTML parser
// turns NUL bytes of the page into U+FFFD, so it cannot come from the page.
const brMark = '\x00'

// flush ends the current paragraph, collapsing white space (newlines of
// the source included) within the lines that <br> separates.
func (w *textWriter) flush() {
	var lines []string
	for _, l := range strings.Split(w.cur.String(), string(rune(brMark))) {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			lines = append(lines, l)
		}
	}
	w.cur.Reset()
	if len(lines) > 0 {
		w.paras = append(w.paras, strings.Join(lines, "\n"))
	}
}

func (w *textWriter) String() string {
	w.flush()
	return strings.Join(w.paras, "\n\n")
}
