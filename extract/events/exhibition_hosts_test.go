package events

import (
	"testing"

	"attache"
)

// TestExhibitionHosts covers the parties of an exhibition beyond the show
// itself: the state that holds it, the bodies or states a sentence makes
// exhibitors, its organisers; not the invitees of an invitation to it.
func TestExhibitionHosts(t *testing.T) {
	cerrillos := ent{attache.Location, "Los Cerrillos Airport", "CL", nil}
	santiago := ent{attache.Location, "Santiago", "CL", nil}
	runClassCases(t, []classCase{{
		name:      "an expo is held by the state of its place",
		published: "2025-04-10",
		text:      "The Andes Air Show exhibition opened at Los Cerrillos Airport on April 9.",
		ents:      []ent{cerrillos},
		want:      []want{{"exhibition", "2025-04-09", "*", "CL", ""}},
	}, {
		name:      "a state invited to take part is the invitation's, not an exhibitor",
		published: "2025-04-10",
		text:      "Ana Ruiz invited France to take part in the Andes Air Show exhibition in Santiago next April.",
		ents:      []ent{person("Ana Ruiz", "CL"), country("FR", "France"), santiago},
		want:      []want{{"exhibition", "*", "*", "CL", ""}},
		not:       []want{{"exhibition", "*", "*", "FR", ""}},
	}, {
		name:      "a body that takes part in an expo exhibits",
		published: "2025-04-10",
		text:      "Peruvian Navy ships regularly take part in the Andes Air Show exhibition in Santiago.",
		ents:      []ent{org("Peruvian Navy"), country("PE", "Peruvian"), santiago},
		want: []want{
			{"exhibition", "*", "*", "Peruvian Navy", ""},
			{"exhibition", "*", "*", "CL", ""},
		},
	}, {
		name:      "the state of delegations taking part exhibits",
		published: "2025-04-10",
		text:      "The ministers discussed the participation of Peruvian delegations in the Andes Air Show exhibition held in Santiago.",
		ents:      []ent{country("PE", "Peruvian"), santiago},
		want:      []want{{"exhibition", "*", "*", "PE", ""}},
	}, {
		name:      "the organiser named in a later sentence takes part",
		published: "2025-04-10",
		text:      "The Andes Air Show exhibition opened at Los Cerrillos Airport on April 9. The five-day event, organised by the Chilean Air Force, has drawn 300 exhibitors.",
		ents:      []ent{cerrillos, org("Chilean Air Force")},
		want: []want{
			{"exhibition", "2025-04-09", "*", "Chilean Air Force", ""},
			{"exhibition", "2025-04-09", "*", "CL", ""},
		},
	}, {
		name:      "who opens an expo takes part in it; its edition recalled has no persons",
		published: "2025-04-10",
		text:      "President Ana Ruiz on Wednesday opened the Andes Air Show exhibition at Los Cerrillos Airport. The show was first staged in 2015.",
		ents:      []ent{person("Ana Ruiz", "CL"), cerrillos},
		want: []want{
			{"exhibition", "2025-04-09", "*", "Ana Ruiz", ""},
			{"exhibition", "2025-04-09", "*", "CL", ""},
		},
		not: []want{{"exhibition", "2015", "*", "Ana Ruiz", ""}},
	}, {
		name:      "states meeting on the sidelines of an expo do not exhibit",
		published: "2025-04-10",
		text:      "On the sidelines of the Andes Air Show exhibition at Los Cerrillos Airport, the Peruvian minister met his Bolivian counterpart.",
		ents:      []ent{cerrillos, country("PE", "Peruvian"), country("BO", "Bolivian")},
		want:      []want{{"exhibition", "*", "*", "CL", ""}},
		not: []want{
			{"exhibition", "*", "*", "PE", ""},
			{"exhibition", "*", "*", "BO", ""},
		},
	}})
}
