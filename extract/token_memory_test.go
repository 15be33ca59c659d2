package extract

import (
	"runtime"
	"testing"

	"attache/extract/text"
	"attache/internal/raceflag"
)

// allocatedPerToken returns the bytes extraction allocates per token of s.
func allocatedPerToken(t *testing.T, x *Extractor, s, published string) float64 {
	t.Helper()
	x.Extract("warm", s, published)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	x.Extract("memory", s, published)
	runtime.ReadMemStats(&after)
	return float64(after.TotalAlloc-before.TotalAlloc) / float64(len(text.Tokenize(s)))
}

// TestTokenMemory bounds what extraction allocates per token of a long
// text of dates, datelines, names and plain sentences: every stage reads
// the one slice of tokens extract/text makes, and none copies it into a
// token type of its own (a copy per stage once brought this to 370-580
// B/token). Texts dense in dates get more room: each date found is a
// value of its own; so do one-word sentences ("Yes. Yes. ..."), each a
// sentence span and a name run of its own (grown step by step, the runs
// brought them to 754 B/token).
func TestTokenMemory(t *testing.T) {
	if raceflag.Enabled {
		t.Skip("the race detector's build allocates more than the program does (491 B per token of dates against 413); the plain run checks the bound")
	}
	x := mustExtractor(t)
	limits := map[string]float64{"date": 460, "isodate": 460, "dateline": 350, "ministry": 350, "capitals": 350, "sentences": 350, "oneword": 460}
	for _, h := range hostileShapes {
		limit, ok := limits[h.name]
		if !ok {
			continue
		}
		got := allocatedPerToken(t, x, repeatTo(h.phrase, 256<<10), h.published)
		t.Logf("%s: %.0f B per token (limit %.0f)", h.name, got, limit)
		if got > limit {
			t.Errorf("%s: extraction allocates %.0f B per token, want at most %.0f", h.name, got, limit)
		}
	}
}
