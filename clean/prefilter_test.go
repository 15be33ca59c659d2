package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestPrefilters: the literal checks run before the line regexps never
// skip a line the regexp would match, and endSignature matched from
// lastDashRun finds what it finds on the whole line. Lines are built at
// random from the pieces the patterns look for.
func TestPrefilters(t *testing.T) {
	pieces := []string{". — ", " – ", "VNAtion", "agreed", ".", "!", "?", "\"", "”", " ", "\t", "–", "—", "-", "VNA", "VNS", "/", "tion", "ảnh", "ẢNH", "1", "(", ")", "Photo", ":", "/.", "nh", "NH"}
	rng := rand.New(rand.NewPCG(1, 2))
	matched := map[string]int{}
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		l := b.String()
		for name, re := range map[string]interface{ MatchString(string) bool }{"glued": gluedSignature, "marker": captionMarker, "end": endSignature} {
			if re.MatchString(l) {
				matched[name]++
			}
		}
		if gluedSignature.MatchString(l) && !stopThenDash(l) {
			t.Errorf("%q: gluedSignature matches, stopThenDash says no", l)
		}
		if captionMarker.MatchString(l) && !hasNH(l) {
			t.Errorf("%q: captionMarker matches, hasNH says no", l)
		}
		if endMark.MatchString(l) && !strings.Contains(l, "/.") {
			t.Errorf("%q: endMark matches without \"/.\"", l)
		}
		if photoCredit.MatchString(l) && !(strings.Contains(l, "(") && strings.Contains(l, ":")) {
			t.Errorf("%q: photoCredit matches without \"(\" and \":\"", l)
		}
		want := endSignature.FindStringIndex(l)
		got := []int(nil)
		if from := lastDashRun(l); from >= 0 {
			if loc := endSignature.FindStringIndex(l[from:]); loc != nil {
				got = []int{from + loc[0], from + loc[1]}
			}
		}
		if len(want) != len(got) || want != nil && (want[0] != got[0] || want[1] != got[1]) {
			t.Errorf("%q: endSignature at %v on the line, %v from lastDashRun", l, want, got)
		}
	}
	for _, name := range []string{"glued", "marker", "end"} {
		if matched[name] < 10 {
			t.Errorf("only %d random lines match %s: the test checks too little", matched[name], name)
		}
	}
}
