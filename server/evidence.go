package server

import (
	"net/url"
	"sort"
	"strconv"
	"strings"

	"attache"
)

// An evidence link names an event of an article by its position in the
// article's extraction (attache.EventSource.Idx): the query asks the page
// to highlight that event's sentence, the fragment scrolls to it. Every
// evidence sentence of the page is also an anchor named by its byte
// offsets ("s-120-245"), so that a sentence can be cited without the
// event.

// evidenceURL is the address of event idx's sentence in article id.
func evidenceURL(id string, idx int) string {
	n := strconv.Itoa(idx)
	return "/articles/" + url.PathEscape(id) + "?ev=" + n + "#ev-" + n
}

// factURL is the article page scrolled to the sentence that holds the
// first of quotes found in it, highlighted: the source link of a fact
// that keeps no offsets (a rank or post).
func factURL(id string, quotes ...string) string {
	var qs []string
	for _, q := range quotes {
		for _, x := range strings.Split(q, "|") {
			if x = strings.TrimSpace(x); x != "" {
				qs = append(qs, x)
			}
		}
	}
	return "/articles/" + url.PathEscape(id) + "?quote=" + strings.ReplaceAll(url.QueryEscape(strings.Join(qs, "|")), "+", "%20") + "#focus"
}

// evidenceSpan is one evidence sentence of an article and the events (by
// position in the extraction) it states.
type evidenceSpan struct {
	Start, End int
	Events     []int
}

// evidenceSpans collects the events' sentences in text order, one span per
// sentence however many events it states. Offsets out of range, splitting
// a UTF-8 character or overlapping an earlier sentence are left out: they
// come from stored data that may be stale.
func evidenceSpans(text string, evs []attache.Event) []evidenceSpan {
	var spans []evidenceSpan
	for i, ev := range evs {
		if ev.Start < 0 || ev.End > len(text) || ev.Start >= ev.End || !boundary(text, ev.Start) || !boundary(text, ev.End) {
			continue
		}
		spans = append(spans, evidenceSpan{Start: ev.Start, End: ev.End, Events: []int{i}})
	}
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	var out []evidenceSpan
	for _, sp := range spans {
		if n := len(out); n > 0 {
			last := &out[n-1]
			if sp.Start == last.Start && sp.End == last.End {
				last.Events = append(last.Events, sp.Events...)
				continue
			}
			if sp.Start < last.End {
				continue
			}
		}
		out = append(out, sp)
	}
	return out
}

// block is a run of an article's text: an evidence sentence, or the text
// between two of them, cut into plain and mention segments.
type block struct {
	Evidence   bool
	Start, End int   // byte offsets of an evidence sentence
	Events     []int // the events it states
	Focus      bool  // the sentence the link asked for
	Segments   []segment
}

// blocks groups the segments of text (which cover it in order) into
// evidence sentences and the text between them. A mention that crosses a
// sentence's edge is cut there and shown as plain text. focus is the
// event whose sentence is highlighted, or -1.
func blocks(segs []segment, spans []evidenceSpan, focus int) []block {
	var cuts []int
	for _, sp := range spans {
		cuts = append(cuts, sp.Start, sp.End)
	}
	var out []block
	add := func(seg segment, start int) {
		span := spanAt(spans, start)
		if n := len(out); n > 0 && out[n-1].Evidence == (span != nil) && (span == nil || out[n-1].Start == span.Start) {
			out[n-1].Segments = append(out[n-1].Segments, seg)
			return
		}
		b := block{Segments: []segment{seg}}
		if span != nil {
			b.Evidence, b.Start, b.End, b.Events = true, span.Start, span.End, span.Events
			for _, e := range span.Events {
				b.Focus = b.Focus || e == focus
			}
		}
		out = append(out, b)
	}
	pos := 0
	for _, seg := range segs {
		start, end := pos, pos+len(seg.Text)
		pos = end
		inside := []int{start}
		for _, c := range cuts {
			if c > start && c < end && c != inside[len(inside)-1] {
				inside = append(inside, c)
			}
		}
		if len(inside) == 1 {
			add(seg, start)
			continue
		}
		inside = append(inside, end)
		for i := 0; i+1 < len(inside); i++ {
			a, b := inside[i]-start, inside[i+1]-start
			add(segment{Text: seg.Text[a:b]}, inside[i])
		}
	}
	return out
}

// spanAt returns the evidence sentence holding byte offset at, or nil.
func spanAt(spans []evidenceSpan, at int) *evidenceSpan {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].End > at })
	if i < len(spans) && spans[i].Start <= at {
		return &spans[i]
	}
	return nil
}
