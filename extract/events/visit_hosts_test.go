package events

import "testing"

// TestVisitHosts covers the host of a visit told in the visit's own
// sentence: the subject of "hosted", "received" or "welcomed" whose guest
// is named before the trigger, and the person called on after a sentence
// opened by "On Tuesday," (a time, not the "on" of a call). The host
// receives the visit; the guest alone visits. A visitor who meets someone
// during the visit still visits.
func TestVisitHosts(t *testing.T) {
	ents := []ent{person("Pal Sandor", "HU"), person("Ivo Raic", "HR"), person("Mark Toth", "HU"), loc("Budapest")}
	runClassCases(t, []classCase{{
		name:      "the host of a dinner for a guest who arrived on a visit",
		published: "2026-05-04",
		text: "Defence Minister Pal Sandor hosted Croatian Defence Minister Ivo Raic to a dinner in Budapest on Sunday, " +
			"shortly after the Croatian minister arrived on a three-day official visit.",
		ents: ents,
		want: []want{{"visit", "*", "*", "Ivo Raic", ""}},
		not:  []want{{"visit", "*", "*", "Pal Sandor", ""}},
	}, {
		name:      "the person called on in a sentence opened by a day",
		published: "2026-05-04",
		text: "Croatian Defence Minister Ivo Raic is in Budapest on a three-day official visit.\n" +
			"On Tuesday, Minister Ivo Raic will call on Prime Minister Pal Sandor and visit the army's training base.",
		ents: ents,
		want: []want{{"visit", "2026-05-05", "*", "Ivo Raic", ""}},
		not:  []want{{"visit", "*", "*", "Pal Sandor", ""}},
	}, {
		name:      "a visitor who meets an official during the visit still visits",
		published: "2026-05-04",
		text:      "During the visit, Ivo Raic also met the head of the armaments agency, Mark Toth, and toured the facilities of the state shipyard.",
		ents:      ents,
		want:      []want{{"visit", "*", "*", "Ivo Raic", ""}},
	}, {
		name:      "a trip told after a stop of it stays the trip",
		published: "2026-05-04",
		text: "Croatian Defence Minister Ivo Raic and Hungarian Defence Minister Pal Sandor signed a training plan in Budapest on Monday.\n" +
			"On Tuesday, Ivo Raic will visit the Tata Training Base.\n" +
			"Pal Sandor hosted Ivo Raic to a dinner on Sunday, shortly after the Croatian minister arrived on a three-day official visit.",
		ents: append(ents, loc("Tata Training Base")),
		want: []want{{"visit", "2026-05-05", "Tata Training Base", "Ivo Raic", ""}, {"visit", "2026-05-03/2026-05-05", "*", "Ivo Raic", ""}},
	}})
}
