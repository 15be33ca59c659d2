package extract

import (
	"testing"

	"attache"
)

// entityCase is one sentence with a name that must be found as typ and,
// optionally, one that must not be found as notTyp.
type entityCase struct {
	text    string
	typ     attache.EntityType
	name    string             // for countries: the ISO code; "" for none
	notTyp  attache.EntityType // "" when nothing is forbidden
	notName string
}

// runEntityCases checks each case against a real extractor.
func runEntityCases(t *testing.T, cases []entityCase) {
	t.Helper()
	x := mustExtractor(t)
	has := func(got *attache.Extraction, typ attache.EntityType, name string) bool {
		for _, e := range got.Entities {
			if e.Type == typ && (e.Name == name || typ == attache.Country && e.Country == name) {
				return true
			}
		}
		return find(got, typ, name) != nil
	}
	for _, tt := range cases {
		got := x.Extract("t", tt.text, "")
		if tt.name != "" && !has(got, tt.typ, tt.name) {
			t.Errorf("%q: no %s %q in %v", tt.text, tt.typ, tt.name, names(got))
		}
		if tt.notName != "" && has(got, tt.notTyp, tt.notName) {
			t.Errorf("%q: unexpected %s %q in %v", tt.text, tt.notTyp, tt.notName, names(got))
		}
	}
}

// TestOrgsInPosts checks that the staff named inside a post ("Chief of the
// Naval Staff") is no organisation, and that a date after it is not read
// as the "on ..." part of a name.
func TestOrgsInPosts(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"Admiral Dinesh Tripathi took over as Chief of the Naval Staff on April 30, 2024.", attache.Person, "Dinesh Tripathi", attache.Organization, "Naval Staff"},
		{"General Asim Munir became Chief of the Army Staff on Tuesday.", attache.Person, "Asim Munir", attache.Organization, "Army Staff"},
		{"Air Marshal Zaheer Babar Sidhu was named Chief of the Air Staff on March 19.", attache.Person, "Zaheer Babar Sidhu", attache.Organization, "Air Staff on March 19"},
		{"Air Marshal Zaheer Babar Sidhu was named Chief of the Air Staff on March 19.", attache.Person, "Zaheer Babar Sidhu", attache.Organization, "Air Staff"},
		// a body that goes on past the post is still a body
		{"Nikolai Patrushev, Secretary of the Security Council of the Russian Federation, arrived.", attache.Organization, "Security Council of the Russian Federation", "", ""},
	})
}

// TestGenericUnits checks that a kind of unit after "a"/"an" is no named
// organisation, while the same words after "the" still name one.
func TestGenericUnits(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"Bangladesh sent a Formed Police Unit to the UN Mission in South Sudan.", attache.Organization, "UN Mission in South Sudan", attache.Organization, "Formed Police Unit"},
		{"Nepal will deploy an Engineering Company to Lebanon next month.", attache.Country, "NP", attache.Organization, "Engineering Company"},
		{"The Ghanaian Battalion handed over its sector on Monday.", attache.Organization, "Ghanaian Battalion", "", ""},
	})
}

// TestFacilities checks sites: a shipyard, headquarters or base one is
// "at" or "in" is a place, an operator's base named after a town is a
// place, and a lower-case facility word stays in the name.
func TestFacilities(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"The patrol vessels were handed over at the Garden Reach Shipyard in Kolkata.", attache.Location, "Garden Reach Shipyard", attache.Organization, "Garden Reach Shipyard"},
		{"The chief was received at Naval Headquarters (Integrated Headquarters) in New Delhi.", attache.Location, "Naval Headquarters", attache.Organization, "Naval Headquarters"},
		{"The Tanzanian contingent flew from RAF Base Brize Norton to Entebbe.", attache.Location, "RAF Base Brize Norton", "", ""},
		{"F-16s operated from RAAF Base Williamtown and RAAF Base Amberley.", attache.Location, "RAAF Base Amberley", "", ""},
		{"Jets were shown to the guests at the nearby Chkalovsky airfield.", attache.Location, "Chkalovsky airfield", "", ""},
		// not at a site: the company that builds ships stays a company
		{"Hyundai Heavy Industries and the Garden Reach Shipyard signed a deal.", attache.Organization, "Garden Reach Shipyard", attache.Location, "Garden Reach Shipyard"},
	})
}

// TestNestedOrgs checks that an organ "of the" body it belongs to is one
// name, and that a post "of the" body leaves the body on its own.
func TestNestedOrgs(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"Zhao Leji, chairman of the Standing Committee of the National People's Congress, met the guests.", attache.Organization, "Standing Committee of the National People's Congress", attache.Organization, "National People's Congress"},
		{"Cai Qi, a member of the Political Bureau of the Communist Party of China Central Committee, attended.", attache.Organization, "Political Bureau of the Communist Party of China Central Committee", attache.Organization, "Central Committee"},
		{"He Weidong, Vice Chairman of the Central Military Commission, received the Pakistani delegation.", attache.Organization, "Central Military Commission", "", ""},
	})
}

// TestWarNamesAndForeignBodies checks that a war's demonym adds no state
// and that a country name inside another state's known body adds none.
func TestWarNamesAndForeignBodies(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"Veterans of the Korean War from Thailand gathered in Bangkok.", attache.Country, "TH", attache.Country, "KR"},
		{"Kim Jong Un, General Secretary of the Workers' Party of Korea, met Russian officials.", attache.Country, "RU", attache.Country, "KR"},
		{"The bill must be approved by the Diet before it takes effect in Japan.", attache.Organization, "Diet", "", ""},
	})
}

// TestSameNameMerged checks that a known place also read inside an
// organisation name is one entity, not two.
func TestSameNameMerged(t *testing.T) {
	x := mustExtractor(t)
	got := x.Extract("t", "Indian troops serve with the United Nations Interim Security Force for Abyei (UNISFA). Violence in Abyei has fallen.", "")
	n := 0
	for _, e := range got.Entities {
		if e.Type == attache.Location && e.Name == "Abyei" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("Abyei found %d times as a location, want 1: %v", n, names(got))
	}
}

// TestFormerTitles checks posts held before: in a "who previously served
// as" clause, "who was ... until", and "during his tenure as ...". They
// are titles marked former, and still say whose official the person was.
func TestFormerTitles(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct{ text, name, former, country string }{
		{"Sergei Shoigu, who previously served as Russian Minister of Defence, arrived in Tehran.", "Sergei Shoigu", "Russian Minister of Defence", "RU"},
		{"Ben Wallace, who was British Defence Secretary until 2023, spoke in Kyiv.", "Ben Wallace", "British Defence Secretary", "GB"},
		{"During his tenure as Indonesian Defence Minister, Prabowo Subianto visited Paris.", "Prabowo Subianto", "Indonesian Defence Minister", "ID"},
	}
	for _, tt := range tests {
		got := x.Extract("t", tt.text, "")
		p := find(got, attache.Person, tt.name)
		if p == nil {
			t.Errorf("%q: no person %q in %v", tt.text, tt.name, names(got))
			continue
		}
		found := false
		for _, f := range p.Former {
			found = found || f == tt.former
		}
		if !found {
			t.Errorf("%q: former titles %q, want %q", tt.text, p.Former, tt.former)
		}
		if p.Country != tt.country {
			t.Errorf("%q: country %q, want %q", tt.text, p.Country, tt.country)
		}
	}
}
