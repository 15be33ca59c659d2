package events

import "testing"

// TestOpenedExercises covers a lead where the forces of two states open a
// named or described exercise: the exercise is an event as well as the
// ceremony that opens it. "Opened the exercise" alone tells the opening
// of an exercise told before, no exercise of its own.
func TestOpenedExercises(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the navies of two states opened a named joint exercise",
		published: "2027-07-21",
		text:      "The navies of Thailand and Cambodia opened the Sea Bond 2027 joint exercise on Monday with a ceremony at Sattahip Naval Base.",
		ents:      []ent{country("TH", "Thailand"), country("KH", "Cambodia"), loc("Sattahip Naval Base")},
		want:      []want{{"exercise", "*", "*", "TH", "main"}, {"ceremony", "2027-07-19", "*", "-", "main"}},
	}, {
		name:      "two states opened a described exercise",
		published: "2027-03-10",
		text:      "Kenya and Tanzania on Tuesday opened a joint border security exercise near Namanga.",
		ents:      []ent{country("KE", "Kenya"), country("TZ", "Tanzania"), loc("Namanga")},
		want:      []want{{"exercise", "*", "*", "KE", "main"}},
	}, {
		name:      "the armies opened the binational riverine exercise",
		published: "2027-06-12",
		text:      "The armies of Ecuador and Peru on Friday opened the binational riverine exercise \"Amazonas 2027\" near the town of Iquitos.",
		ents:      []ent{country("EC", "Ecuador"), country("PE", "Peru"), loc("Iquitos")},
		want:      []want{{"exercise", "*", "*", "PE", "main"}},
	}, {
		name:      "opened the exercise alone is the opening only",
		published: "2027-03-10",
		text:      "General Ali Hassan opened the exercise on Tuesday.",
		ents:      []ent{person("Ali Hassan", "", "General Ali Hassan")},
		want:      []want{{"ceremony", "2027-03-09", "*", "Ali Hassan", ""}},
		not:       []want{{"exercise", "*", "*", "*", ""}},
	}})
}
