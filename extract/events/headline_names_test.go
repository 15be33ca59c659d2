package events

import (
	"bufio"
	"strings"
	"testing"
)

// TestHeadlineNamesFile reads the embedded headline.tsv and rejects a
// line without its three columns.
func TestHeadlineNamesFile(t *testing.T) {
	names, err := headlineNames()
	if err != nil || len(names) == 0 {
		t.Fatalf("embedded %s: %d lines, %v", HeadlineFile, len(names), err)
	}
	if _, err := parseHeadlineNames(bufio.NewScanner(strings.NewReader("ceremony\topen\n"))); err == nil {
		t.Error("a line of two columns was taken")
	}
}

// TestHeadlineNamedEvents covers body events a headline names by another
// verb: the opening or closing ceremony of an exercise the headline opens
// or ends, the send-off of troops the headline sends, the memorandum
// signed at talks whose headline says the sides agreed. Each is main;
// the same event under a headline that names only the talks, or a
// ceremony on another day, stays reported.
func TestHeadlineNamedEvents(t *testing.T) {
	ents := []ent{person("Ivo Marek", "RU"), person("Jan Wrona", "PL"), loc("Brenn"),
		org("Ruritanian Army"), org("Polish Army"), country("PL", "Poland", "Polish"), loc("Lebanon")}
	ex := "\n\nBRENN, June 1 - The Ruritanian Army and the Polish Army began their joint exercise Iron Lake 2026 at Brenn on Monday."
	talks := "\n\nBRENN, June 1 - Defence Minister Ivo Marek held talks with his Polish counterpart Jan Wrona in Brenn on Monday."
	cases := []classCase{
		{name: "opening ceremony under an opening headline", published: "2026-06-01", ents: ents,
			text: "Ruritanian, Polish armies open joint exercise Iron Lake 2026" + ex + "\n\nThe opening ceremony was presided over by General Ivo Marek.",
			want: []want{{"ceremony", "*", "*", "Ivo Marek", "main"}}},
		{name: "a drill that kicks off, opened by a minister", published: "2026-06-01", ents: ents,
			text: "Iron Lake 2026 exercise kicks off in Brenn" + ex + "\n\nMinister Jan Wrona attended the opening ceremony, held on the training ground.",
			want: []want{{"ceremony", "*", "*", "Jan Wrona", "main"}}},
		{name: "closing ceremony under a headline that wraps up", published: "2026-06-01", ents: ents,
			text: "Ruritania, Poland wrap up Iron Lake 2026 exercise" + ex + "\n\nThe closing ceremony was held at Brenn, presided over by General Ivo Marek.",
			want: []want{{"ceremony", "*", "*", "Ivo Marek", "main"}}},
		{name: "a send-off under a departure headline", published: "2026-06-01", ents: ents,
			text: "Polish peacekeepers leave for Lebanon\n\nBRENN, June 1 - A contingent of 200 Polish peacekeepers left Brenn for the UNIFIL mission in Lebanon on Monday." +
				"\n\nGeneral Ivo Marek saw off the troops at a send-off ceremony at the airport.",
			want: []want{{"ceremony", "*", "*", "Ivo Marek", "main"}}},
		{name: "a memorandum signed at talks whose sides agree", published: "2026-06-01", ents: ents,
			text: "Ruritania, Poland agree to expand training ties" + talks + "\n\nThe two ministers also signed a memorandum of understanding on officer training.",
			want: []want{{"agreement", "*", "*", "-", "main"}}},
		{name: "a memorandum under a headline naming only the talks", published: "2026-06-01", ents: ents,
			text: "Ruritanian defence minister holds talks with Polish counterpart" + talks + "\n\nThe two ministers also signed a memorandum of understanding on officer training.",
			want: []want{{"agreement", "*", "*", "-", "reported"}}},
		{name: "a closing ceremony weeks later under an opening headline", published: "2026-06-01", ents: ents,
			text: "Ruritanian, Polish armies open joint exercise Iron Lake 2026" + ex + "\n\nThe exercise will end with a closing ceremony on June 20.",
			not:  []want{{"ceremony", "*", "*", "-", "main"}}},
	}
	runClassCases(t, cases)
}
