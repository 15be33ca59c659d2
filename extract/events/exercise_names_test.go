package events

import "testing"

// TestExerciseNamedElsewhereInSentence covers an exercise whose trigger
// is a plain phrase ("weeks of combined training") while the sentence
// names it as "the X Y exercise": the report takes that name, so that it
// joins the other agency's report of the named exercise. Names made of an
// entity mention, a single word, or two different names stay unnamed.
func TestExerciseNamedElsewhereInSentence(t *testing.T) {
	d := mustDetector(t)
	cases := []struct {
		name, text string
		ents       []ent
		want       string
	}{{
		name: "a name after the trigger phrase",
		text: "Drills end\n\nChilean and Peruvian marines ended two weeks of combined training in Chile on Friday as the Southern Trident Lance exercise closed at Iquique.",
		ents: []ent{country("CL", "Chilean", "Chile"), country("PE", "Peruvian"), loc("Iquique")},
		want: "Southern Trident Lance",
	}, {
		name: "an army named before the noun is no exercise name",
		text: "Drills end\n\nSoldiers ended a week of combined training on Friday as the Chilean Army exercise closed at Iquique.",
		ents: []ent{country("CL", "Chilean"), org("Chilean Army"), loc("Iquique")},
		want: "",
	}, {
		name: "two names in one sentence name neither",
		text: "Drills end\n\nMarines ended two weeks of combined training on Friday as the Southern Trident Lance exercise and the Blue Harbour Shield drills closed at Iquique.",
		ents: []ent{loc("Iquique")},
		want: "",
	}, {
		name: "a name after the lower-case noun",
		text: "Drills go on\n\nChilean and Peruvian marines carried out a landing drill near Iquique on Tuesday as part of the two-week exercise Southern Lance, the navy said.",
		ents: []ent{country("CL", "Chilean"), country("PE", "Peruvian"), loc("Iquique")},
		want: "Southern Lance",
	}, {
		name: "one word after the noun, then a year",
		text: "Drills open\n\nThe tenth edition of the Chile-Peru joint military exercise Tridente 2027 opened at Iquique on Monday.",
		ents: []ent{country("CL", "Chile"), country("PE", "Peru"), loc("Iquique")},
		want: "Tridente 2027",
	}, {
		name: "a weekday after the noun is no name",
		text: "Drills end\n\nChilean and Peruvian marines ended two weeks of combined training at Iquique after the navy closed the exercise Friday.",
		ents: []ent{country("CL", "Chilean"), country("PE", "Peruvian"), loc("Iquique")},
		want: "",
	}, {
		name: "a mention after the noun is no name",
		text: "Drills end\n\nChilean and Peruvian marines ended two weeks of combined training at Iquique on Friday, closing the exercise Chilean officers had planned.",
		ents: []ent{country("CL", "Chilean"), loc("Iquique")},
		want: "",
	}}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			x := build(tt.text, tt.ents)
			d.Detect(tt.text, "2027-09-04", x)
			got, n := "", 0
			for _, e := range x.Events {
				if e.Type == "exercise" {
					got, n = e.Name, n+1
				}
			}
			if n == 0 {
				t.Fatalf("no exercise found; got:%s", show(x.Events))
			}
			if got != tt.want {
				t.Errorf("name %q, want %q; got:%s", got, tt.want, show(x.Events))
			}
		})
	}
}
