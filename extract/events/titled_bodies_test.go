package events

import (
	"testing"

	"attache"
)

// TestTitledBodies covers bodies named in a person's title: "Rear Admiral
// X, Commander of the Baltic Fleet, attended the ceremony" is the
// admiral's ceremony, not the fleet's; a body that is no one's title
// still takes part.
func TestTitledBodies(t *testing.T) {
	d := New(mustKB(t))
	text := "The welcome ceremony at the pier was attended by Rear Admiral Tor Lund, Commander of the Baltic Fleet, and by the crew of the Estonian Navy."
	x := build(text, []ent{person("Tor Lund", "SE"), org("Baltic Fleet"), org("Estonian Navy")})
	x.Entities[0].Titles = []string{"Commander of the Baltic Fleet"}
	d.Detect(text, "2025-05-02", x)
	var cer *attache.Event
	for i := range x.Events {
		if x.Events[i].Type == "ceremony" {
			cer = &x.Events[i]
		}
	}
	if cer == nil {
		t.Fatalf("no ceremony found:%s", show(x.Events))
	}
	has := map[string]bool{}
	for _, p := range cer.Participants {
		has[p] = true
	}
	if !has["Tor Lund"] || !has["Estonian Navy"] {
		t.Errorf("participants %v, want Tor Lund and the Estonian Navy", cer.Participants)
	}
	if has["Baltic Fleet"] {
		t.Errorf("participants %v: the fleet in the admiral's title is no actor", cer.Participants)
	}
}

// TestGroupSpeakers covers what "the two sides" or "the ministers" say
// after co-chaired talks: the speakers are the co-chairs, not the states
// the dialogue binds.
func TestGroupSpeakers(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the two sides of a co-chaired dialogue are its co-chairs",
		published: "2025-05-14",
		text: "Ana Castro and Tomas Ilves co-chaired the 3rd Portugal-Estonia defence policy dialogue in Lisbon on Tuesday.\n\n" +
			"The two sides agreed that disputes must be resolved peacefully in accordance with international law.",
		ents: []ent{person("Ana Castro", "PT"), person("Tomas Ilves", "EE"), loc("Lisbon"), country("PT", "Portugal"), country("EE", "Estonia")},
		want: []want{
			{"dialogue", "*", "*", "PT", ""},
			{"statement", "*", "*", "Ana Castro", ""},
		},
		not: []want{{"statement", "*", "*", "PT", ""}},
	}})
}
