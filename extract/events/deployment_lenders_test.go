package events

import "testing"

// TestDeploymentLenders covers the rule that a deployment lends no place
// to the events told around it: its place is where the troops go, while
// the send-off and the speeches happen at home.
func TestDeploymentLenders(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a send-off told after troops leave for a mission is not held in the mission's country",
		published: "2025-09-09",
		text: "A battalion of 800 Ruritanian peacekeepers left on Tuesday for South Sudan to serve with the United Nations Mission in South Sudan.\n\n" +
			"The troops were seen off at a ceremony by General Ivo Marek, who urged them to protect civilians.",
		ents: []ent{person("Ivo Marek", "CZ"), country("SS", "South Sudan"), org("United Nations Mission in South Sudan")},
		want: []want{{"deployment", "*", "SS", "-", "main"}},
		not:  []want{{"ceremony", "*", "SS", "-", ""}},
	}})
}
