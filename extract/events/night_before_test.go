package events

import "testing"

// TestNightBefore covers dates told as an offset from the event told
// before in other words than "day": "the night before", "the previous
// evening", "the following morning"; and a rotation carried out by an
// aircraft "with N relief troops".
func TestNightBefore(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the night before is the day before the event told",
		published: "2025-12-10",
		text:      "MONTEVIDEO, Dec 10 – Minister Ana Lazo on Tuesday welcomed home 190 peacekeepers of the Uruguay Battalion at Carrasco. The same aircraft had left the night before with 186 relief troops for Goma.",
		ents:      []ent{person("Ana Lazo", "UY"), org("Uruguay Battalion"), loc("Carrasco"), loc("Goma"), loc("MONTEVIDEO")},
		want:      []want{{"deployment", "2025-12-08", "*", "-", ""}},
	}, {
		name:      "the following morning is the day after",
		published: "2025-05-08",
		text:      "Minister Ana Lazo met General Juan Perez in Montevideo on Tuesday. The following morning, Lazo visited Punta Lobos.",
		ents:      []ent{person("Ana Lazo", "UY"), person("Juan Perez", "AR"), loc("Montevideo"), loc("Punta Lobos")},
		want:      []want{{"visit", "2025-05-07", "*", "-", ""}},
	}})
}
