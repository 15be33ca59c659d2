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
	d := mustDetector(t)
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

// TestExerciseForces covers the forces of the exercise an article is
// about: those the opening sentences name as taking part are its
// participants, those named in a person's title are not.
func TestExerciseForces(t *testing.T) {
	d := mustDetector(t)
	text := "Polish and Czech troops began the joint exercise Steel Bridge 2025 at the Karsk training area on Tuesday.\n\n" +
		"Of the 600 personnel involved, 300 come from the Polish Land Forces and the rest from the Czech Army.\n\n" +
		"The opening ceremony was attended by General Ivo Marek, Commander of the Czech Air Force."
	x := build(text, []ent{org("Polish Land Forces"), org("Czech Army"), person("Ivo Marek", "CZ"), org("Czech Air Force"), loc("Karsk training area"),
		country("PL", "Polish"), country("CZ", "Czech")})
	x.Entities[2].Titles = []string{"Commander of the Czech Air Force"}
	d.Detect(text, "2025-06-03", x)
	var ex *attache.Event
	for i := range x.Events {
		if x.Events[i].Type == "exercise" && x.Events[i].Salience == "main" {
			ex = &x.Events[i]
		}
	}
	if ex == nil {
		t.Fatalf("no main exercise:%s", show(x.Events))
	}
	has := map[string]bool{}
	for _, p := range ex.Participants {
		has[p] = true
	}
	if !has["Polish Land Forces"] || !has["Czech Army"] {
		t.Errorf("participants %v, want both forces taking part", ex.Participants)
	}
	if has["Czech Air Force"] {
		t.Errorf("participants %v: the air force of a guest's title takes no part", ex.Participants)
	}
}
