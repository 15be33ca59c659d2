package events

import "testing"

// TestMechanismEditionsParties covers the parties of a standing
// mechanism's or forum's edition: one still to come ("agreed to hold the next
// meeting of ...") or recalled in the background ("which last met in
// 2019") binds the two states and the mechanism, not the persons who
// speak of it; one held now, or recalled with its co-chairs, keeps its
// persons.
func TestMechanismEditionsParties(t *testing.T) {
	a, b := person("Dauren Kos", "KZ"), person("Kerim Vali", "AZ")
	runClassCases(t, []classCase{{
		name:      "agreed to hold the next meeting",
		published: "2026-06-10",
		text:      "Minister Dauren Kos and Minister Kerim Vali agreed to hold the next meeting of the Joint Working Group on Military Cooperation in Baku in November.",
		ents:      []ent{a, b, country("KZ", "Kazakhstan"), country("AZ", "Azerbaijan"), org("Joint Working Group on Military Cooperation"), loc("Baku")},
		want:      []want{{"dialogue", "*", "*", "-", ""}},
		not:       []want{{"dialogue", "*", "*", "Dauren Kos", ""}, {"dialogue", "*", "*", "Kerim Vali", ""}},
	}, {
		name:      "would also host the third dialogue",
		published: "2026-06-10",
		text:      "General Dauren Kos said Kazakhstan would also host the third defence policy dialogue with Azerbaijan in Astana later this year.",
		ents:      []ent{a, country("KZ", "Kazakhstan"), country("AZ", "Azerbaijan"), loc("Astana")},
		want:      []want{{"dialogue", "*", "*", "-", ""}},
		not:       []want{{"dialogue", "*", "*", "Dauren Kos", ""}},
	}, {
		name:      "an edition recalled in the background",
		published: "2026-06-10",
		text:      "Minister Dauren Kos received Minister Kerim Vali in Astana on Tuesday. During the talks, the two ministers reviewed the decisions of the 6th meeting of the Joint Defence Cooperation Committee held in Baku in January 2024.",
		ents:      []ent{a, b, loc("Astana"), loc("Baku"), org("Joint Defence Cooperation Committee")},
		want:      []want{{"dialogue", "2024-01", "*", "-", "background"}},
		not:       []want{{"dialogue", "2024-01", "*", "Dauren Kos", ""}},
	}, {
		name:      "agreed to meet again at a forum",
		published: "2026-03-10",
		text:      "Secretary Dauren Kos and Minister Kerim Vali agreed to meet again at the Shangri-La Dialogue in Singapore in May.",
		ents:      []ent{a, b, org("Shangri-La Dialogue"), loc("Singapore")},
		not:       []want{{"conference", "*", "*", "Dauren Kos", ""}, {"conference", "*", "*", "Kerim Vali", ""}},
	}, {
		name:      "an edition to come is not the talks that both sides speak in",
		published: "2025-12-03",
		text: "Minister Dauren Kos received Minister Kerim Vali in Astana on Tuesday. " +
			"During their talks, the two sides agreed to hold the first defence policy dialogue in Baku next year. " +
			"The two sides agreed that disputes must be settled peacefully in line with international law.",
		ents: []ent{a, b, country("KZ", "Kazakhstan"), country("AZ", "Azerbaijan"), loc("Astana"), loc("Baku")},
		want: []want{{"statement", "*", "*", "Kerim Vali", ""}},
		not:  []want{{"statement", "*", "*", "AZ", ""}},
	}, {
		name:      "an edition held now keeps the persons who hold it",
		published: "2026-06-10",
		text:      "Deputy Minister Dauren Kos held the fifth defence policy dialogue with Deputy Minister Kerim Vali in Astana on Tuesday.",
		ents:      []ent{a, b, loc("Astana")},
		want:      []want{{"dialogue", "2026-06-09", "*", "Kerim Vali", ""}},
	}, {
		name:      "co-chairs of an edition keep their part",
		published: "2026-06-10",
		text:      "Minister Dauren Kos and Minister Kerim Vali co-chaired the 9th meeting of the Joint Commission on Defence Industry in Astana on Tuesday.",
		ents:      []ent{a, b, org("Joint Commission on Defence Industry"), loc("Astana")},
		want:      []want{{"dialogue", "2026-06-09", "*", "Dauren Kos", ""}},
	}})
}
