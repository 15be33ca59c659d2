package events

import (
	"testing"

	"attache"
)

// TestCeremonySitesAndSources covers bodies a ceremony's sentence names
// without making them take part: the body whose ground or base hosts it
// ("at a training ground of the army"), the body that reports it ("the
// district's press service reported", "the ministry said"). With only
// such bodies named, the states that qualify the occasion ("the
// Serbian-Greek exercise") stand for no one either.
func TestCeremonySitesAndSources(t *testing.T) {
	army := ent{attache.Organization, "Hellenic Army", "GR", nil}
	district := ent{attache.Organization, "Western Military District", "RS", nil}
	runClassCases(t, []classCase{{
		name:      "the owner of the training ground and the reporting district take no part",
		published: "2026-05-12",
		text:      "The opening ceremony of the joint Serbian-Greek exercise Balkan Shield was held at a training ground of the Hellenic Army near Larissa on Monday, the Western Military District's press service reported.",
		ents:      []ent{army, district, country("RS", "Serbian"), country("GR", "Greek"), loc("Larissa")},
		not: []want{
			{"ceremony", "*", "*", "Hellenic Army", ""},
			{"ceremony", "*", "*", "Western Military District", ""},
			{"ceremony", "*", "*", "GR", ""},
		},
	}, {
		name:      "the base of a fleet command named through a possessive is a site",
		published: "2026-05-12",
		text:      "Admiral Tomas Reyes opened the drill at a ceremony held at the main base of the Hellenic Army's Northern Command on Monday.",
		ents:      []ent{person("Tomas Reyes", "GR"), army, org("Northern Command")},
		want:      []want{{"ceremony", "*", "*", "Tomas Reyes", ""}},
		not:       []want{{"ceremony", "*", "*", "Northern Command", ""}},
	}, {
		name:      "the ministry that says it is no party of the welcome ceremony",
		published: "2026-05-12",
		text:      "Defence Minister Ana Duarte welcomed her counterpart Jonas Berg with a military ceremony in front of the ministry building on Monday, the Portuguese Ministry of Defence said.",
		ents:      []ent{person("Ana Duarte", "PT"), person("Jonas Berg", "SE"), ent{attache.Organization, "Portuguese Ministry of Defence", "PT", nil}},
		want:      []want{{"ceremony", "*", "*", "Ana Duarte", ""}},
		not:       []want{{"ceremony", "*", "*", "Portuguese Ministry of Defence", ""}},
	}, {
		name:      "a body that presides a ceremony at its own base still takes part",
		published: "2026-05-12",
		text:      "The Hellenic Army held a graduation ceremony at its academy in Athens on Monday.",
		ents:      []ent{army, loc("Athens")},
		want:      []want{{"ceremony", "*", "*", "Hellenic Army", ""}},
	}})
}
