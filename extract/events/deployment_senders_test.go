package events

import "testing"

// TestDeploymentSenders covers the state sending a deployment when its
// sentence names none before the verb: the state of the official who sees
// the troops off, not the mission's country the article names most.
func TestDeploymentSenders(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "troops leaving for a mission are the sending official's state's",
		published: "2025-11-05",
		text: "General Luis Vega saw off the engineering company bound for South Sudan in Lima on November 4.\n" +
			"The company will serve with the UN Mission in South Sudan, which has kept peace in South Sudan since 2011.\n" +
			"The first group of 60 troops will leave for Juba on November 12.",
		ents: []ent{person("Luis Vega", "PE"), country("SS", "South Sudan"), org("UN Mission in South Sudan"), loc("Lima"), loc("Juba")},
		want: []want{{"deployment", "2025-11-12", "*", "PE", ""}},
		not:  []want{{"deployment", "2025-11-12", "*", "SS", ""}},
	}})
}
