package events

import "testing"

// classCase is one invented sentence (or short text) of a rule class with
// the events it must and must not yield.
type classCase struct {
	name, text, published string
	ents                  []ent
	want                  []want
	not                   []want // events that must not be found
	count                 int    // expected number of events, 0 = not checked
}

// runClassCases detects the events of each case and checks them.
func runClassCases(t *testing.T, cases []classCase) {
	t.Helper()
	d := New(mustKB(t))
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			x := build(tt.text, tt.ents)
			d.Detect(tt.text, tt.published, x)
			for _, w := range tt.want {
				if !found(x.Events, w) {
					t.Errorf("missing %v; got:%s", w, show(x.Events))
				}
			}
			for _, w := range tt.not {
				if found(x.Events, w) {
					t.Errorf("unexpected %v; got:%s", w, show(x.Events))
				}
			}
			if tt.count > 0 && len(x.Events) != tt.count {
				t.Errorf("got %d events, want %d:%s", len(x.Events), tt.count, show(x.Events))
			}
		})
	}
}

// TestClauseOwnership covers dates that belong to the trigger whose clause
// holds them: a date inside a relative clause opened after another trigger
// dates that trigger's event only.
func TestClauseOwnership(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a date in a relative clause dates the signing, not the meeting",
		published: "2025-05-14",
		text:      "Ana Castro and Tomas Ilves held a meeting in Lisbon, which reviewed the logistics agreement signed in Tallinn in March 2022.",
		ents:      []ent{person("Ana Castro", "PT"), person("Tomas Ilves", "EE"), loc("Lisbon"), loc("Tallinn")},
		want: []want{
			{"meeting", "2025", "Lisbon", "Ana Castro", "main"},
			{"agreement", "2022-03", "Tallinn", "-", ""},
		},
		not: []want{{"meeting", "2022-03", "*", "-", ""}},
	}})
}
