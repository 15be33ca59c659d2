package events

import (
	"testing"

	"attache"
)

// TestPortCallGuests covers the exercise and the welcome of a port-call
// story told through the ships or "the two navies" rather than the navy
// that sent them, in the shapes agencies write: the calling navy takes
// part in both, and "the two navies" brings the host's navy too.
func TestPortCallGuests(t *testing.T) {
	navy := func(name, code string) ent { return ent{attache.Organization, name, code, nil} }
	ents := []ent{navy("Indian Navy", "IN"), navy("Philippine Navy", "PH"),
		country("IN", "Indian"), country("PH", "Philippines", "Philippine"), loc("Manila"), loc("Bataan"), loc("Pier 15"),
		person("Ramon Cruz", "PH")}
	lead := "Three ships of the Indian Navy arrived in Manila on Monday for a four-day goodwill visit to the Philippines. "
	runClassCases(t, []classCase{{
		name:      "the two navies hold a passing exercise",
		published: "2026-06-09",
		text:      lead + "Officers of the Philippine Navy met the ships at the pier. Before leaving on Friday, the two navies will conduct a passing exercise off Bataan.",
		ents:      ents,
		want:      []want{{"exercise", "*", "*", "Indian Navy", ""}, {"exercise", "*", "*", "Philippine Navy", ""}},
	}, {
		name:      "the ships hold an exercise with the host's navy",
		published: "2026-06-09",
		text:      lead + "After leaving Manila, the Indian ships will hold a passage exercise with the Philippine Navy off Bataan.",
		ents:      ents,
		want:      []want{{"exercise", "*", "*", "Indian Navy", ""}},
	}, {
		name:      "the ships are welcomed with honours",
		published: "2026-06-09",
		text:      lead + "The destroyer and the two frigates were welcomed with traditional honours at Pier 15 by Rear Admiral Ramon Cruz.",
		ents:      ents,
		want:      []want{{"ceremony", "*", "*", "Indian Navy", ""}},
	}, {
		name:      "no port call: a minister's visit lends no navy to a later drill",
		published: "2026-06-09",
		text: "Indian Defence Minister Ramon Cruz arrived in Manila on Monday for a visit to the Philippines with officers of the Indian Navy. " +
			"Ships of the two countries will hold a passing exercise off Bataan next month.",
		ents: []ent{navy("Indian Navy", "IN"), country("IN", "Indian"), country("PH", "Philippines"),
			loc("Manila"), loc("Bataan"), person("Ramon Cruz", "IN")},
		want: []want{{"exercise", "*", "*", "IN", ""}},
		not:  []want{{"exercise", "*", "*", "Indian Navy", ""}},
	}})
}
