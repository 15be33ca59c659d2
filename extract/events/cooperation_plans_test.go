package events

import "testing"

// TestCooperationPlansAreNoPositions covers agreements to do more together,
// told in the several shapes agencies use: a plan of joint work takes no
// position on a dispute or a policy, so it is no statement
// (testdata/reports/README.md), while a position agreed in the same talks
// stays one.
func TestCooperationPlansAreNoPositions(t *testing.T) {
	ents := []ent{country("GH", "Ghana"), country("NG", "Nigeria"), person("Kofi Mensah", "GH"), person("Ade Bello", "NG"), loc("Abuja")}
	plans := []string{
		"Admiral Kofi Mensah and Admiral Ade Bello held talks in Abuja on Monday and agreed to step up joint patrols along the coast.",
		"During the talks in Abuja on Monday, the two chiefs agreed to boost cooperation in training and intelligence sharing.",
		"Kofi Mensah and Ade Bello met in Abuja on Monday. The two sides agreed to develop cooperation in military education and to revive their joint commission.",
	}
	var cases []classCase
	for _, text := range plans {
		cases = append(cases, classCase{
			name: text[:40], published: "2026-03-24", text: text, ents: ents,
			not: []want{{"statement", "*", "*", "-", ""}},
		})
	}
	cases = append(cases, classCase{
		name:      "a position agreed in the same talks",
		published: "2026-03-24",
		text:      "Kofi Mensah and Ade Bello held talks in Abuja on Monday and agreed to expand joint training. Both sides agreed that maritime disputes must be settled peacefully under international law.",
		ents:      ents,
		want:      []want{{"statement", "*", "*", "Kofi Mensah", ""}},
	})
	runClassCases(t, cases)
}

// TestNewAreasAreNoPositions covers a visit or pact said to open new
// fields of work: no position, though "open" is a position word in "free
// and open seas".
func TestNewAreasAreNoPositions(t *testing.T) {
	ents := []ent{country("GH", "Ghana"), country("NG", "Nigeria"), person("Kofi Mensah", "GH"), person("Ade Bello", "NG"), loc("Abuja")}
	runClassCases(t, []classCase{{
		name:      "a visit said to open new areas",
		published: "2026-03-24",
		text:      "Admiral Kofi Mensah held talks with Admiral Ade Bello in Abuja on Monday. The navy said the visit would open new areas of cooperation in ship repair.",
		ents:      ents,
		not:       []want{{"statement", "*", "*", "-", ""}},
	}, {
		name:      "a pact noted to open new avenues",
		published: "2026-03-24",
		text:      "Kofi Mensah and Ade Bello met in Abuja on Monday. Kofi Mensah noted that the memorandum opens new avenues for joint training.",
		ents:      ents,
		not:       []want{{"statement", "*", "*", "-", ""}},
	}, {
		name:      "free and open seas stay a position",
		published: "2026-03-24",
		text:      "Kofi Mensah and Ade Bello met in Abuja on Monday. Kofi Mensah said the Gulf of Guinea must remain free and open to all shipping.",
		ents:      ents,
		want:      []want{{"statement", "*", "*", "-", ""}},
	}})
}
