package events

import (
	"fmt"
	"os"
	"testing"

	txt "attache/extract/text"
)

func TestZZDebugHits(t *testing.T) {
	text := os.Getenv("ZZTEXT")
	if text == "" {
		t.Skip()
	}
	d := mustDetector(t)
	x := build(text, []ent{org("Galle Dialogue 2025 International Maritime Conference"), loc("Shangri-La hotel"), loc("COLOMBO")})
	doc := d.newDoc(text, txt.Tokenize(text), "2025-12-10", x)
	for s := range doc.sents {
		hs, _ := doc.hits(s)
		for _, h := range hs {
			ws := doc.words[s]
			fmt.Printf("s%d %s [%s..%s] opts=%+v\n", s, h.r.typ, ws[h.a].low, ws[h.b-1].low, h.r.pattern)
		}
	}
}
