package extract

import (
	"testing"

	"attache"
)

// TestCityStatesAsPlaces checks that a city-state whose capital bears its
// name is also the location where the text uses the name as a place
// (after a preposition of place, or as the dateline), and the country
// alone where it names the state (possessive, lists of states, subject).
func TestCityStatesAsPlaces(t *testing.T) {
	x := mustExtractor(t)
	cases := []struct {
		text    string
		code    string // the state, always recorded
		place   string // the location expected, "" for none
		comment string
	}{
		{"The two defence ministers met in Singapore on Tuesday to review training.", "SG", "Singapore", "met in"},
		{"SINGAPORE, March 4 (Xinhua) -- The navy chiefs of both countries signed a joint statement on Monday.", "SG", "Singapore", "a dateline"},
		{"The delegation arrived at Monaco on Friday for a two-day working visit.", "MC", "Monaco", "arrived at"},
		{"The forum held in San Marino drew officers from twelve states.", "SM", "San Marino", "held in"},
		{"The chaplains of the army travelled to Vatican City for the pilgrimage of soldiers.", "VA", "Vatican City", "travelled to"},
		{"Singapore's Chief of Defence Force received the visiting admiral.", "SG", "", "a possessive"},
		{"Singapore and Malaysia signed a memorandum on air defence.", "SG", "", "the subject of a treaty"},
		{"Officers from Malaysia, Singapore and Australia joined the drill.", "SG", "", "a list of states"},
		{"The exercise was held in Singapore and Malaysia last month.", "SG", "", "a list after the preposition"},
		{"The Ambassador to Singapore attended the reception.", "SG", "", "an envoy's post"},
		{"Kuwaiti troops arrived in Kuwait on Sunday.", "KW", "", "a capital of its own name: Kuwait City"},
	}
	for _, tt := range cases {
		got := x.Extract("t", tt.text, "")
		if !hasCountry(got, tt.code) {
			t.Errorf("%s: %q: no country %s in %v", tt.comment, tt.text, tt.code, names(got))
		}
		var locs []string
		for _, e := range got.Entities {
			if e.Type == attache.Location {
				locs = append(locs, e.Name)
			}
		}
		switch loc := find(got, attache.Location, tt.place); {
		case tt.place != "" && (loc == nil || loc.Country != tt.code):
			t.Errorf("%s: %q: want location %s (%s), got %v", tt.comment, tt.text, tt.place, tt.code, locs)
		case tt.place == "" && len(locs) > 0:
			t.Errorf("%s: %q: want no location, got %v", tt.comment, tt.text, locs)
		}
	}
}

// hasCountry reports a country entity of code in got.
func hasCountry(got *attache.Extraction, code string) bool {
	for _, e := range got.Entities {
		if e.Type == attache.Country && e.Country == code {
			return true
		}
	}
	return false
}
