package events

import "testing"

// TestRecalledEvents covers events a later report tells again with their
// own date, so that resolution can link them to the first report: talks
// referred to with their parties, date and place, an exercise reported by
// its last day and how long it ran, and the name of an exercise.
func TestRecalledEvents(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "talks referred to with their parties and own date are an event of that date",
		published: "2025-02-12",
		text: "Jakarta and Seoul agree to build frigates together\n\n" +
			"Sjafrie Sjamsoeddin and Kim Yong-hyun agreed at the talks in Jakarta on February 10 to build two frigates together.",
		ents: []ent{person("Sjafrie Sjamsoeddin", "ID"), person("Kim Yong-hyun", "KR"), loc("Jakarta")},
		want: []want{{"meeting", "2025-02-10", "Jakarta", "Kim Yong-hyun", ""}},
	}, {
		name:      "the talks with no date of their own refer back to nothing",
		published: "2025-02-12",
		text:      "Sjafrie Sjamsoeddin and Kim Yong-hyun said the talks were useful.",
		ents:      []ent{person("Sjafrie Sjamsoeddin", "ID"), person("Kim Yong-hyun", "KR")},
		not:       []want{{"meeting", "*", "*", "-", ""}},
	}, {
		name:      "an exercise that ended after weeks of training spans them",
		published: "2025-03-22",
		text:      "Exercise Southern Shield ended at Lyon on March 21 after two weeks of training.",
		ents:      []ent{loc("Lyon")},
		want:      []want{{"exercise", "2025-03-07/2025-03-21", "*", "-", ""}},
	}, {
		name:      "an exercise that ended after days of drills",
		published: "2025-03-22",
		text:      "The joint exercise concluded on March 21 after five days of drills.",
		want:      []want{{"exercise", "2025-03-17/2025-03-21", "*", "-", ""}},
	}})
}

// TestExerciseName checks that an exercise written with capitals carries
// its name, which resolution uses to join reports of its first and last
// days.
func TestExerciseName(t *testing.T) {
	d := mustDetector(t)
	for text, want := range map[string]string{
		"Exercise Southern Shield 2025 began at Lyon on March 7.": "Exercise Southern Shield 2025",
		"The Cobra Gold Exercise opened on Tuesday.":              "Cobra Gold Exercise",
		"The two navies held a joint exercise on Tuesday.":        "",
	} {
		x := build(text, nil)
		d.Detect(text, "2025-03-08", x)
		if len(x.Events) != 1 || x.Events[0].Name != want {
			t.Errorf("%q: got %s, want one exercise named %q", text, show(x.Events), want)
		}
	}
}
