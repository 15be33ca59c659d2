package extract

import (
	"testing"

	"attache"
)

// TestHeldoutClassesTwo covers the second round of classes the blind
// held-out set showed, with other names, bodies and countries.
func TestHeldoutClassesTwo(t *testing.T) {
	runEntityCases(t, []entityCase{
		// a rank word qualifying a head, and a name going on past its domain word
		{text: "Officers of the General Command of the Qatar Armed Forces attended.",
			typ: attache.Organization, name: "General Command of the Qatar Armed Forces"},
		{text: "The Saudi Authority for Military Industries and the Agency for Defence Procurement signed a deal.",
			typ: attache.Organization, name: "Agency for Defence Procurement", notTyp: attache.Organization, notName: "Agency for Defence"},
		// an exhibition listed with the forums is an event, not a body
		{text: "The Langkawi International Maritime and Aerospace Exhibition (LIMA) opened in Langkawi on Tuesday.",
			typ: attache.Location, name: "Langkawi", notTyp: attache.Organization, notName: "Langkawi International Maritime and Aerospace Exhibition"},
		// a name in apposition after its post
		{text: "The deal was welcomed by the Minister of Defence, Pedro Alvarez Soto, on Monday.",
			typ: attache.Person, name: "Pedro Alvarez Soto"},
		{text: "The talks were opened by the Australian Ambassador to Indonesia, Penny Williams.",
			typ: attache.Person, name: "Penny Williams"},
		// a site named by a known place and a facility word
		{text: "The frigate docked at the Toulon Naval Complex on Friday.",
			typ: attache.Location, name: "Toulon Naval Complex"},
	})
}

// TestPersonCountryClasses checks whose state a person takes: the
// demonym in their own title over a country in the title of the person
// named before them, none for a UN post, and no ministry inferred from
// a foreign minister's title.
func TestPersonCountryClasses(t *testing.T) {
	x := mustExtractor(t)
	cases := []struct{ text, name, country string }{
		{"HANOI — Prime Minister of Vietnam Pham Minh Chinh and Japanese Prime Minister Fumio Kishida signed the plan in Hanoi.",
			"Fumio Kishida", "JP"},
		{"INDONESIA — Indonesian troops serve under the MONUSCO Head of Mission and Force Commander, Lt Gen Otavio Rodrigues, in Goma. Indonesia sent 1,000 troops.",
			"Otavio Rodrigues", ""},
	}
	for _, c := range cases {
		got := x.Extract("t", c.text, "")
		p := find(got, attache.Person, c.name)
		if p == nil {
			t.Errorf("no person %s in %v", c.name, names(got))
			continue
		}
		if p.Country != c.country {
			t.Errorf("country of %s = %q, want %q", c.name, p.Country, c.country)
		}
	}
	got := x.Extract("t", "JAKARTA — Indonesia's Defence Minister Budi Santoso hosted visiting Chinese State Councilor and Minister of National Defense General Dong Jun in Jakarta. Indonesia and China agreed.", "")
	for _, e := range got.Entities {
		if e.Type == attache.Organization && e.Name == "Ministry of National Defense" {
			t.Errorf("ministry inferred for a foreign minister: %+v", e)
		}
	}
}
