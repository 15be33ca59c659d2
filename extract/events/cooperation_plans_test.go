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
