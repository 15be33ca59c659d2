package extract

import (
	"strings"
	"testing"
	"time"

	"attache/internal/devgold"
	"attache/internal/scaling"
)

// hostile is one pathological shape of input: a phrase repeated, mostly
// with no sentence end in between. Each shape once made a stage of
// extraction quadratic, or might: runs of dates, datelines, nested names,
// capitals, brackets, quotes, numbers, list commas, abbreviations, and
// thousands of distinct names and events (a "W" in the phrase becomes a
// different made-up word at each repetition).
type hostile struct{ name, phrase, published string }

var hostileShapes = []hostile{
	{"date", "on May 5, ", ""},
	{"date-pub", "on May 5, ", "2024-05-10"},
	{"dateline", "Hanoi (VNA) – ", ""},
	{"ministry", "the Ministry of National Defence of ", ""},
	{"longword", "x", ""},
	{"longcap", "Ab", ""},
	{"digits", "7", ""},
	{"capitals", "Nguyen ", ""},
	{"names", "General Phan Van Giang ", ""},
	{"posts", "Minister of National Defence ", ""},
	{"openparen", "( ", ""},
	{"parens", "(VNA) ", ""},
	{"unclosed", "(Photo ", ""},
	{"quotes", "\" ", ""},
	{"curly", "“Hanoi” ", ""},
	{"daymonth", "5 May 2024 ", ""},
	{"isodate", "2024-05-05, ", ""},
	{"range", "from May 5 to ", ""},
	{"range-pub", "from May 5 to ", "2024-05-10"},
	{"weekday", "on Monday ", "2024-05-10"},
	{"numbers", "1,000 ", ""},
	{"words", "twenty ", ""},
	{"counts", "76 soldiers and ", ""},
	{"leadcounts", "Of the 900 troops, some 300, five of which, up from 60, between 4 and 5 personnel numbering 7, ", ""},
	{"countries", "Vietnam, ", ""},
	{"branches", "the Navy, Coast Guard, and ", ""},
	{"abbrev", "Gen. ", ""},
	{"number", "No. 1 ", ""},
	{"possessive", "Vietnam's ", ""},
	{"dashes", "- ", ""},
	{"lines", "Hanoi\n", ""},
	{"blank", "\n", ""},
	{"sentences", "The minister met the delegation in Hanoi. ", ""},
	{"meeting", "Minister Phan Van Giang met Russian Deputy Minister Alexander Fomin in Hanoi on May 5, ", "2024-05-10"},
	{"fuzz-digits", "000000000000000000000000000000000000000000000000000000000000000\x99", ""},
	{"people", "General Nguyen Van W met Van W. ", ""},
	{"people-pub", "General Nguyen Van W met Van W on May 5. ", "2024-05-10"},
	{"places", "W Lake and the W River. ", ""},
	{"provinces", "W Province, ", ""},
	{"bodies", "the W Ministry of ", ""},
	{"ships", "the W-class frigate ", ""},
	{"signings", "the Ministry of W and the W Army signed a deal. ", "2024-05-10"},
	{"talks", "Minister W and Minister W met. ", ""},
	{"sayings", "He said \"W W\" ", ""},
	{"postlike", "Sec of the ", ""},
	{"familyfirst", "Minister Tanaka Gen met Kim Gen on Monday. ", ""},
	{"familyfirst-many", "Minister W Gen met Kim Gen on Monday. ", ""},
	{"oneword", "Yes. ", ""},
	{"trip-posts", "Minister W visited Hanoi. The minister also visited the academy. ", "2024-05-10"},
	{"send-offs", "General W saw off 200 peacekeepers bound for Mogadishu at Entebbe airport on Friday. ", "2024-05-10"},
	{"forum-sessions", "General Ka addressed the forum's plenary session the previous day. ", "2024-05-10"},
	{"acronyms", "The W Defence Agency (ACR) met. ", ""},
	{"acronym-again", "The W Defence Agency (DA) met. ", ""},
}

// BenchmarkHostile runs the whole pipeline over each hostile shape, about
// 256 KB of it, and over the dev articles ("normal") for comparison: the
// MB/s of every shape should stay within a factor of 3 of normal text.
// cpu-MB/s is the same per second of the process's CPU time (the
// collector's included), steadier on a busy machine.
//
//	go test -run '^$' -bench Hostile -benchtime 5x ./extract
func BenchmarkHostile(b *testing.B) {
	x := mustExtractor(b)
	arts := devgold.Articles(b)
	b.Run("normal", func(b *testing.B) {
		size := 0
		for _, a := range arts {
			size += len(a.Text)
		}
		b.SetBytes(int64(size))
		t0 := scaling.CPUTime()
		for i := 0; i < b.N; i++ {
			for _, a := range arts {
				x.Extract(a.Name, a.Text, a.Published)
			}
		}
		reportCPU(b, size, scaling.CPUTime()-t0)
	})
	for _, h := range hostileShapes {
		s := repeatTo(h.phrase, 256<<10)
		b.Run(h.name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			t0 := scaling.CPUTime()
			for i := 0; i < b.N; i++ {
				x.Extract("hostile", s, h.published)
			}
			reportCPU(b, len(s), scaling.CPUTime()-t0)
		})
	}
}

// reportCPU adds the throughput per second of CPU time, which a machine
// busy with other work changes much less than MB/s by the clock.
func reportCPU(b *testing.B, size int, cpu time.Duration) {
	if cpu > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/cpu.Seconds()/1e6, "cpu-MB/s")
	}
}

// repeatTo repeats phrase until the text holds at least size bytes. Each
// "W" of the phrase becomes a made-up capitalised word, a different one at
// each repetition ("Kb", "Kc", ..., "Kab"), and each "ACR" the same word in
// capitals, an acronym ("KB", "KC", ..., "KAB").
func repeatTo(phrase string, size int) string {
	if !strings.Contains(phrase, "W") && !strings.Contains(phrase, "ACR") {
		return strings.Repeat(phrase, (size+len(phrase)-1)/len(phrase))
	}
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		w := []byte{'K'}
		for n := i; ; n /= 26 {
			w = append(w, byte('a'+n%26))
			if n < 26 {
				break
			}
		}
		b.WriteString(strings.ReplaceAll(strings.ReplaceAll(phrase, "W", string(w)), "ACR", strings.ToUpper(string(w))))
	}
	return b.String()
}

// TestHostileScalesLinearly checks that doubling a hostile text at most
// about doubles the time to extract it: a quadratic stage would quadruple
// it. See internal/scaling for why this does not flake on a busy machine.
// The smaller text is 192 KB: from 96 KB to 192 KB the tokens of a
// punctuation-only shape ("( " repeated) outgrow the caches of a shared
// core, and that step, not the work, showed as 2.7-3.0x on a busy CI run.
func TestHostileScalesLinearly(t *testing.T) {
	x := mustExtractor(t)
	const size = 192 << 10
	for _, h := range hostileShapes {
		small, large := repeatTo(h.phrase, size), repeatTo(h.phrase, 2*size)
		scaling.Doubling(t, h.name,
			func() { x.Extract("hostile", small, h.published) },
			func() { x.Extract("hostile", large, h.published) })
	}
}
