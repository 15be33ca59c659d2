package events

import "testing"

// TestTitleSubjects covers a clause whose subject is a title told before
// ("the Defence Secretary called on X", "The CJCSC also met Y"): the
// person who holds that title, not a person of that clause.
func TestTitleSubjects(t *testing.T) {
	d := mustDetector(t)
	tests := []struct {
		name, text, title, want string
	}{
		{"a title", "Defence Secretary Ana Ruiz arrived in Santiago on June 24 for talks.\n" +
			"On the sidelines of the talks, the Defence Secretary called on Army Commander General Luis Vega.",
			"Peruvian Defence Secretary", "Ana Ruiz"},
		{"an acronym of a title", "Admiral Ana Ruiz arrived in Santiago on June 24 for talks.\n" +
			"The CJCSC also held talks with Army Commander General Luis Vega in Santiago.",
			"Chairman of the Joint Chiefs of Staff Committee (CJCSC)", "Ana Ruiz"},
		{"the initials of a title, in separate meetings", "Admiral Ana Ruiz arrived in Santiago on June 24 for talks.\n" +
			"The CJCSC also held separate meetings with Army Commander General Luis Vega and Navy Commander Admiral Tor Lund.",
			"Chairman Joint Chiefs of Staff Committee", "Ana Ruiz"},
	}
	for _, tt := range tests {
		x := build(tt.text, []ent{person("Ana Ruiz", "PE"), person("Luis Vega", "CL"), person("Tor Lund", "CL"), loc("Santiago")})
		x.Entities[0].Titles = []string{tt.title}
		d.Detect(tt.text, "2025-06-25", x)
		found := false
		for _, e := range x.Events {
			if e.Type != "meeting" || !contains(e.Participants, "Luis Vega") {
				continue
			}
			found = true
			if !contains(e.Participants, tt.want) {
				t.Errorf("%s: meeting %v, want %s", tt.name, e.Participants, tt.want)
			}
		}
		if !found {
			t.Errorf("%s: no meeting with Luis Vega:%s", tt.name, show(x.Events))
		}
	}
}
