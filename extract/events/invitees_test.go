package events

import "testing"

// TestInviteeByTitle covers an invitee named by demonym and title: "the
// Kenyan defence chief" is the person of Kenya whose title says so, not
// the minister of Kenya named first.
func TestInviteeByTitle(t *testing.T) {
	d := mustDetector(t)
	text := "Minister Ana Ruiz held talks with Kenyan Defence Cabinet Secretary Mary Wanjiru and with the Chief of Defence Forces, General Paul Otieno, in Nairobi on April 9.\n" +
		"Ruiz invited the Kenyan defence chief to attend the Santiago air show next year."
	x := build(text, []ent{person("Ana Ruiz", "CL", "Ana Ruiz", "Ruiz"), person("Mary Wanjiru", "KE"), person("Paul Otieno", "KE"), country("KE", "Kenyan"), loc("Nairobi")})
	for i := range x.Entities {
		switch x.Entities[i].Name {
		case "Mary Wanjiru":
			x.Entities[i].Titles = []string{"Defence Cabinet Secretary"}
		case "Paul Otieno":
			x.Entities[i].Titles = []string{"Chief of Defence Forces"}
		}
	}
	d.Detect(text, "2025-04-10", x)
	if !found(x.Events, want{"invitation", "*", "*", "Paul Otieno", ""}) || found(x.Events, want{"invitation", "*", "*", "Mary Wanjiru", ""}) {
		t.Errorf("want the chief invited, not the minister; got:%s", show(x.Events))
	}
}

// TestInvitees covers an invited state ("invited France") and "her
// counterpart": parties of the invitation.
func TestInvitees(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "an invited state is a party of the invitation",
		published: "2025-04-10",
		text:      "Minister Ana Ruiz invited France to take part in the Santiago air show next year.",
		ents:      []ent{person("Ana Ruiz", "CL"), country("FR", "France")},
		want:      []want{{"invitation", "*", "*", "FR", ""}},
	}, {
		name:      "her counterpart is the other state's minister of the talks",
		published: "2025-05-06",
		text: "Chilean Defence Minister Ana Ruiz held talks with Peruvian Defence Minister Luis Vega in Lima on May 5.\n" +
			"Ruiz invited her counterpart to visit Santiago.",
		ents: []ent{person("Ana Ruiz", "CL", "Ana Ruiz", "Ruiz"), person("Luis Vega", "PE"), country("CL", "Chilean"), country("PE", "Peruvian"), loc("Lima"), loc("Santiago")},
		want: []want{{"invitation", "*", "*", "Luis Vega", ""}},
	}})
}
