package server

import (
	"sort"
	"unicode/utf8"

	"attache"
)

// segment is a piece of an article's clean text: plain, or a mention of an
// entity. Templates print Text escaped; nothing here is trusted HTML.
type segment struct {
	Text   string
	Entity string             // the entity's name in the article; "" for plain text
	URL    string             // its profile, set by the page
	Type   attache.EntityType // for the highlight colour
}

// highlight cuts text into plain and mention segments from the mentions'
// byte offsets. Mentions that are out of range, split a UTF-8 character, or
// overlap an earlier one are left unhighlighted rather than trusted: the
// offsets come from stored data that may be stale or hostile.
func highlight(text string, ents []attache.Entity) []segment {
	type span struct {
		start, end int
		e          *attache.Entity
	}
	var spans []span
	for i := range ents {
		for _, m := range ents[i].Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				continue
			}
			if !boundary(text, m.Start) || !boundary(text, m.End) {
				continue
			}
			spans = append(spans, span{m.Start, m.End, &ents[i]})
		}
	}
	sort.SliceStable(spans, func(i, j int) bool {
		if spans[i].start != spans[j].start {
			return spans[i].start < spans[j].start
		}
		return spans[i].end > spans[j].end // the longer mention wins a tie
	})
	var out []segment
	pos := 0
	for _, sp := range spans {
		if sp.start < pos {
			continue
		}
		if sp.start > pos {
			out = append(out, segment{Text: text[pos:sp.start]})
		}
		out = append(out, segment{Text: text[sp.start:sp.end], Entity: sp.e.Name, Type: sp.e.Type})
		pos = sp.end
	}
	if pos < len(text) {
		out = append(out, segment{Text: text[pos:]})
	}
	return out
}

// boundary reports whether byte offset i starts a UTF-8 character (or is
// the end of text).
func boundary(text string, i int) bool {
	return i == len(text) || utf8.RuneStart(text[i])
}
