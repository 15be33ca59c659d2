package events

import "testing"

// TestNumberedTalks covers numbered talks with a name of their own ("hold
// 9th Defence Policy Talks"): a dialogue, not a meeting.
func TestNumberedTalks(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "numbered named talks in a headline",
		published: "2026-04-22",
		text: "Chile, Peru hold 9th Defence Policy Talks\n\n" +
			"Vice Minister Ana Ruiz and Vice Minister Luis Soto co-chaired the 9th Chile-Peru Defence Policy Talks in Lima on April 21.",
		ents: []ent{person("Ana Ruiz", "CL"), person("Luis Soto", "PE"), loc("Lima"),
			country("CL", "Chile"), country("PE", "Peru")},
		want: []want{{"dialogue", "2026-04-21", "*", "Ana Ruiz", ""}},
		not:  []want{{"meeting", "*", "*", "-", ""}},
	}})
}
