package events

import "testing"

// TestShipWelcomes covers visiting ships told as given a welcome: "were
// accorded a ceremonial welcome by the host navy" is a welcome ceremony
// at the port, as "were welcomed" is; a delegation given a warm welcome
// is no ship's welcome.
func TestShipWelcomes(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "ships accorded a ceremonial welcome by the host navy",
		published: "2027-05-04",
		text:      "Two Brazilian Navy frigates arrived at the Port of Walvis Bay on Monday. The ships were accorded a ceremonial welcome by the Namibian Navy.",
		ents:      []ent{org("Brazilian Navy"), org("Namibian Navy"), loc("Port of Walvis Bay")},
		want:      []want{{"ceremony", "2027-05-03", "*", "Namibian Navy", ""}},
	}, {
		name:      "a submarine given a ceremonial reception",
		published: "2027-05-04",
		text:      "The submarine was given a ceremonial reception by the Royal Thai Navy at Sattahip on Tuesday.",
		ents:      []ent{org("Royal Thai Navy"), loc("Sattahip")},
		want:      []want{{"ceremony", "2027-05-04", "Sattahip", "Royal Thai Navy", ""}},
	}, {
		name:      "near miss: a delegation accorded a warm welcome",
		published: "2027-05-04",
		text:      "The delegation was accorded a warm welcome by the Namibian Defence Force on Monday.",
		ents:      []ent{org("Namibian Defence Force")},
		not:       []want{{"ceremony", "*", "*", "*", ""}},
	}})
}
