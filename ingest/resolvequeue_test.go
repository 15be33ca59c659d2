package ingest

import (
	"testing"
	"unsafe"

	"attache"
)

// TestForResolutionKeepsNoText: what waits for resolution (and what
// resolution then keeps for the whole base) shares no memory with the
// article's text: a name or evidence sentence cut out of it would keep all
// of it alive.
func TestForResolutionKeepsNoText(t *testing.T) {
	text := "General Lan Tran met the delegation of Peru in Lima. They signed a plan."
	a := &attache.Article{ID: "a1", Published: "2024-05-06", Text: text, Extraction: &attache.Extraction{
		Doc: "a1.txt",
		Entities: []attache.Entity{{ID: "e1", Type: attache.Person, Name: text[8:16], Aliases: []string{text[12:16]},
			Rank: text[:7], Titles: []string{text[17:20]}, Mentions: []attache.Mention{{Start: 8, End: 16, Text: text[8:16]}}}},
		Events: []attache.Event{{Type: "meeting", Place: text[47:51], Participants: []string{text[8:16], text[41:45]},
			Evidence: text[:52]}},
	}}
	r := forResolution(a)
	from := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	inText := func(s string) bool {
		p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		return s != "" && p >= from && p < from+uintptr(len(text))
	}
	var all []string
	for _, e := range r.Extraction.Entities {
		all = append(all, e.Name, e.Rank)
		all = append(all, e.Aliases...)
		all = append(all, e.Titles...)
		if e.Mentions != nil {
			t.Errorf("entity %s keeps its mentions", e.ID)
		}
	}
	for _, ev := range r.Extraction.Events {
		all = append(all, ev.Place, ev.Evidence)
		all = append(all, ev.Participants...)
	}
	for _, s := range all {
		if inText(s) {
			t.Errorf("%q points into the article's text", s)
		}
	}
	if r.Extraction.Entities[0].Name != "Lan Tran" || r.Extraction.Events[0].Evidence != text[:52] {
		t.Errorf("copies differ: %+v", r.Extraction)
	}
}
