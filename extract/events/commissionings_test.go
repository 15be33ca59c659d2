package events

import "testing"

// TestCommissionings covers ships and facilities put into service, in the
// several ways agencies tell it, and officers commissioned into a
// regiment, which are no ceremony.
func TestCommissionings(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a navy chief commissions two patrol vessels",
		published: "2026-09-16",
		text:      "Navy Chief of Staff Admiral Rudi Hartono commissioned two offshore patrol vessels at Tanjung Priok port on Tuesday.",
		ents:      []ent{person("Rudi Hartono", "ID"), loc("Tanjung Priok port")},
		want:      []want{{"ceremony", "2026-09-15", "Tanjung Priok port", "Rudi Hartono", ""}},
	}, {
		name:      "a navy commissions a frigate, the verb in the present",
		published: "2026-09-16",
		text:      "The Royal Navy of Oman commissions its third frigate in Muscat on Wednesday.",
		ents:      []ent{orgOf("Royal Navy of Oman", "OM"), loc("Muscat")},
		want:      []want{{"ceremony", "2026-09-16", "Muscat", "-", ""}},
	}, {
		name:      "a general commissions a field hospital",
		published: "2026-08-18",
		text:      "The army chief, General Musa Bello, commissioned a new field hospital in Maiduguri on Monday.",
		ents:      []ent{person("Musa Bello", "NG"), loc("Maiduguri")},
		want:      []want{{"ceremony", "2026-08-17", "*", "Musa Bello", ""}},
	}, {
		name:      "an officer commissioned into a regiment is no ceremony",
		published: "2026-08-18",
		text:      "He was commissioned into the Royal Malay Regiment in 1988 and later commanded a brigade whose boats patrol the coast.",
		not:       []want{{"ceremony", "*", "*", "-", ""}},
	}, {
		name:      "a newly commissioned ship told for what it does is no ceremony",
		published: "2026-08-18",
		text:      "The newly commissioned frigate will patrol the Strait of Malacca.",
		ents:      []ent{loc("Strait of Malacca")},
		not:       []want{{"ceremony", "*", "*", "-", ""}},
	}})
}
