package extract

import (
	"strings"
	"testing"
	"time"
)

// hostile is one pathological shape of input: a phrase repeated with no
// sentence end in between, the kind of text that once made the extractor
// quadratic.
type hostile struct{ name, phrase string }

var hostileShapes = []hostile{
	{"date", "on May 5, "},
	{"dateline", "Hanoi (VNA) – "},
	{"ministry", "the Ministry of National Defence of "},
	{"longword", "x"},
	{"longcap", "Ab"},
	{"digits", "7"},
	{"capitals", "Nguyen "},
	{"names", "General Phan Van Giang "},
	{"posts", "Minister of National Defence "},
	{"openparen", "( "},
	{"parens", "(VNA) "},
	{"unclosed", "(Photo "},
	{"quotes", "\" "},
	{"curly", "“Hanoi” "},
	{"daymonth", "5 May 2024 "},
	{"isodate", "2024-05-05, "},
	{"range", "from May 5 to "},
	{"numbers", "1,000 "},
	{"words", "twenty "},
	{"counts", "76 soldiers and "},
	{"countries", "Vietnam, "},
	{"branches", "the Navy, Coast Guard, and "},
	{"abbrev", "Gen. "},
	{"number", "No. 1 "},
	{"possessive", "Vietnam's "},
	{"dashes", "- "},
	{"lines", "Hanoi\n"},
	{"blank", "\n"},
	{"sentences", "The minister met the delegation in Hanoi. "},
	{"meeting", "Minister Phan Van Giang met Russian Deputy Minister Alexander Fomin in Hanoi on May 5, "},
}

func BenchmarkHostile(b *testing.B) {
	x := mustExtractor(b)
	for _, h := range hostileShapes {
		s := strings.Repeat(h.phrase, 20000)
		b.Run(h.name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for i := 0; i < b.N; i++ {
				x.Extract("hostile", s, "2024-05-10")
			}
		})
	}
}

// repeatTo repeats phrase until the text holds at least size bytes.
func repeatTo(phrase string, size int) string {
	return strings.Repeat(phrase, (size+len(phrase)-1)/len(phrase))
}

// minTime returns the shortest of reps runs of f: the run least disturbed
// by other work on the machine.
func minTime(reps int, f func()) time.Duration {
	best := time.Duration(1<<63 - 1)
	for range reps {
		t0 := time.Now()
		f()
		if d := time.Since(t0); d < best {
			best = d
		}
	}
	return best
}

func TestHostileScalesLinearly(t *testing.T) {
	x := mustExtractor(t)
	for _, h := range hostileShapes {
		small, large := repeatTo(h.phrase, 40_000), repeatTo(h.phrase, 80_000)
		ts := minTime(3, func() { x.Extract("hostile", small, "2024-05-10") })
		tl := minTime(3, func() { x.Extract("hostile", large, "2024-05-10") })
		t.Logf("%-12s %8v %8v %.2f", h.name, ts, tl, float64(tl)/float64(ts))
	}
}
