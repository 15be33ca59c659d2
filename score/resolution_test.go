package score

import (
	"math"
	"testing"
)

func TestScoreResolution(t *testing.T) {
	g := &ResolutionGold{
		Mentions: []GoldMention{
			{"austin", "a", "Lloyd J. Austin III"}, {"austin", "b", "Lloyd Austin"}, {"austin", "c", "Austin"},
			{"teodoro", "a", "Gilberto Teodoro"}, {"teodoro", "b", "Gilberto C. Teodoro Jr."},
		},
		Reports: []GoldReport{
			{"m", "a", "meeting", "2024-07-30"}, {"m", "b", "meeting", "2024-07-30"},
			{"x", "b", "exercise", "2024-08"}, {"y", "c", "exercise", "2024-08-10"},
		},
	}
	ms := []SysMention{
		{Doc: "a", Names: []string{"Lloyd J. Austin III"}, Entity: "A"},
		{Doc: "b", Names: []string{"Secretary Lloyd Austin"}, Entity: "A"}, // found by suffix
		{Doc: "a", Names: []string{"Gilberto Teodoro"}, Entity: "T"},
		{Doc: "b", Names: []string{"Gilberto C. Teodoro Jr."}, Entity: "A"}, // wrongly joined to Austin
		// "Austin" of c was not extracted: a singleton.
	}
	rs := []SysReport{
		{Doc: "a", Type: "meeting", Date: "2024-07-30", Event: "E1"},
		{Doc: "b", Type: "meeting", Date: "2024-07-30", Event: "E1"},
		{Doc: "b", Type: "exercise", Date: "2024-08", Event: "E2"},
		{Doc: "c", Type: "exercise", Date: "2024-08-10", Event: "E2"}, // wrongly linked
	}
	r := ScoreResolution(g, ms, rs)
	// Items: A1 A2 A3(missing) T1 T2. System clusters {A1,A2,T2} {T1} {A3}.
	// P: A1 2/3, A2 2/3, A3 1, T1 1, T2 1/3 → 11/3 / 5.
	// R: A1 2/3, A2 2/3, A3 1/3, T1 1/2, T2 1/2 → 8/3 / 5.
	if !near(r.EntityP, 11.0/15) || !near(r.EntityR, 8.0/15) {
		t.Errorf("B-cubed P %.3f R %.3f, want %.3f %.3f", r.EntityP, r.EntityR, 11.0/15, 8.0/15)
	}
	if r.MentionsFound != 4 || r.ReportsFound != 4 {
		t.Errorf("found %d mentions, %d reports; want 4, 4", r.MentionsFound, r.ReportsFound)
	}
	if r.GoldLinks != 1 || r.SysLinks != 2 || r.CorrectLinks != 1 || !near(r.LinkP, 0.5) || !near(r.LinkR, 1) {
		t.Errorf("links gold %d sys %d correct %d P %.2f R %.2f, want 1 2 1 0.5 1", r.GoldLinks, r.SysLinks, r.CorrectLinks, r.LinkP, r.LinkR)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
