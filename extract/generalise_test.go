package extract

import (
	"testing"

	"attache"
)

// TestPersonNames checks name shapes beyond "Given Family": initials,
// generational suffixes, hyphenated given names, honorifics between a post
// and a name, and short forms that refer back to such names.
func TestPersonNames(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		text, name, alias string // alias: a later short form that must resolve to name
	}{
		{"Secretary of State John F. Kerry arrived in Hanoi. Kerry met the minister.", "John F. Kerry", "Kerry"},
		{"President Rodrigo R. Duterte Jr. spoke. Duterte thanked the troops.", "Rodrigo R. Duterte Jr.", "Duterte"},
		{"Admiral Samuel J. Paparo III toured the base on Monday.", "Samuel J. Paparo III", ""},
		{"External Affairs Minister Dr. K. Natwar Singh hosted the envoys.", "K. Natwar Singh", ""},
		{"Defence Minister Lee Jong-sup met the visiting general. Lee said ties were strong.", "Lee Jong-sup", ""},
		{"Chief of Naval Staff Admiral Karambir Singh retired. Admiral K. Singh had served since 2019.", "Karambir Singh", "K. Singh"},
		{"Prime Minister Shri Atal Bihari Vajpayee opened the session.", "Atal Bihari Vajpayee", ""},
	}
	for _, tt := range tests {
		got := x.Extract("t", tt.text, "")
		p := find(got, attache.Person, tt.name)
		if p == nil {
			t.Errorf("%q: no person %q in %v", tt.text, tt.name, names(got))
			continue
		}
		if tt.alias != "" && find(got, attache.Person, tt.alias) != p {
			t.Errorf("%q: %q is not a form of %q (%v)", tt.text, tt.alias, tt.name, names(got))
		}
	}
}

// TestPersonCountry checks where a person's state comes from when no
// demonym stands right before the name: a list of two officials, a
// delegation "led by", "counterparts", "U.S." inside a title, a post
// before an honorific, and "X's Minister".
func TestPersonCountry(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct{ text, name, country string }{
		{"Malaysian Defence Minister Mohamad Hasan and Thai Defence Minister Sutin Klungsang signed the pact in Bangkok.", "Sutin Klungsang", "TH"},
		{"Brazilian Defence Minister Jose Mucio, French Armed Forces Minister Sebastien Lecornu and Italian Defence Minister Guido Crosetto met in Rome.", "Guido Crosetto", "IT"},
		{"A Turkish military delegation led by Defence Minister Yasar Guler arrived in Baku on Monday.", "Yasar Guler", "TR"},
		{"The Royal Thai Navy, headed by Admiral Adung Phan-iam, sent two frigates.", "Adung Phan-iam", "TH"},
		{"Ministers from Seoul met their Australian counterparts, Defence Minister Richard Marles and Foreign Minister Penny Wong, in Melbourne.", "Penny Wong", "AU"},
		{"U.S. Defense Secretary Pete Hegseth arrived in Manila for talks with the Philippine side.", "Pete Hegseth", "US"},
		{"Nepal hosted Bhutan's Minister for Foreign Affairs Mr. Tandi Dorji in Kathmandu.", "Tandi Dorji", "BT"},
		{"Kenya hosted Germany's Minister for Foreign Affairs Ms. Annalena Baerbock and Minister of Defence Mr. Boris Pistorius in Nairobi.", "Boris Pistorius", "DE"},
		{"Secretary of Defense Chuck Hagel met Malaysian officials in Kuala Lumpur, Malaysia, on Friday.", "Chuck Hagel", "US"},
		{"The defence chiefs of Fiji and the US – Minister for Defence Pio Tikoduadua, U.S. Secretary of Defense Lloyd Austin and others – met in Suva.", "Pio Tikoduadua", "FJ"},
	}
	for _, tt := range tests {
		got := x.Extract("t", tt.text, "")
		p := find(got, attache.Person, tt.name)
		if p == nil {
			t.Errorf("%q: no person %q in %v", tt.text, tt.name, names(got))
			continue
		}
		if p.Country != tt.country {
			t.Errorf("%q: country of %s = %q, want %q (titles %q)", tt.text, tt.name, p.Country, tt.country, p.Titles)
		}
	}
}

// TestCreditsAndLabels checks that agency credits in any case or place,
// ships, geographic names holding a country and domain words inside
// organisation names yield no entity.
func TestCreditsAndLabels(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		text string
		typ  attache.EntityType
		not  string
	}{
		{"Jakarta (ANTARA) - The navy received two ships.\n\n(ANTARA)", attache.Organization, "ANTARA"},
		{"TOKYO, March 3 Kyodo - Japan and Vietnam agreed to talks.\n==Kyodo", attache.Organization, "Kyodo"},
		{"The ministers met in New Delhi.\n\nPIB Delhi", attache.Location, "Delhi"},
		{"The destroyer USS Ralph Johnson called at Cam Ranh.", attache.Person, "Ralph Johnson"},
		{"Patrols in the Gulf of Thailand and the South China Sea were discussed by Cambodia and Vietnam.", attache.Country, "Thailand"},
		{"The Royal United Services Institute for Defence Studies hosted the panel.", attache.Location, "Defence Studies"},
	}
	for _, tt := range tests {
		got := x.Extract("t", tt.text, "")
		for _, e := range got.Entities {
			if e.Type == tt.typ && (e.Name == tt.not || e.Type == attache.Country && e.Name == tt.not) {
				t.Errorf("%q: unexpected %s %q", tt.text, e.Type, e.Name)
			}
		}
	}
}

// TestPlacesNotSwallowed checks that a city stays a city when a venue in
// it is named loosely: "UN headquarters in New York".
func TestPlacesNotSwallowed(t *testing.T) {
	x := mustExtractor(t)
	for _, tt := range []struct{ text, place, country string }{
		{"Four officers work at the UN headquarters in New York.", "New York", "US"},
		{"The envoy spoke at NATO headquarters in Brussels on Monday.", "Brussels", "BE"},
	} {
		got := x.Extract("t", tt.text, "")
		p := find(got, attache.Location, tt.place)
		if p == nil {
			t.Errorf("%q: no location %q in %v", tt.text, tt.place, names(got))
			continue
		}
		if p.Country != tt.country {
			t.Errorf("%q: country of %s = %q, want %q", tt.text, tt.place, p.Country, tt.country)
		}
	}
}

// TestKnownPlacesAndStates checks gazetteer choices that are easy to get
// wrong: bare "Congo" in peacekeeping news is DR Congo, a province and the
// city named after it stay two places, and an oblast is a place of its own.
func TestKnownPlacesAndStates(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		text string
		typ  attache.EntityType
		name string // for countries: the ISO code
		not  string // a name that must not be found as typ
	}{
		{"Bangladeshi peacekeepers have served in Congo and Mali.", attache.Country, "CD", "CG"},
		{"Troops from Congo-Brazzaville joined the mission.", attache.Country, "CG", "CD"},
		{"The ship sailed from Preah Sihanouk province to Sihanoukville port.", attache.Location, "Sihanoukville", ""},
		{"The ship sailed from Preah Sihanouk province to Sihanoukville port.", attache.Location, "Preah Sihanouk", ""},
		{"The drill was held in Moscow Region near Alabino.", attache.Location, "Moscow Region", "Moscow"},
	}
	for _, tt := range tests {
		got := x.Extract("t", tt.text, "")
		has := func(name string) bool {
			for _, e := range got.Entities {
				if e.Type == tt.typ && (e.Name == name || e.Country == name && tt.typ == attache.Country) {
					return true
				}
			}
			return find(got, tt.typ, name) != nil
		}
		if !has(tt.name) {
			t.Errorf("%q: no %s %q in %v", tt.text, tt.typ, tt.name, names(got))
		}
		if tt.not != "" && has(tt.not) {
			t.Errorf("%q: unexpected %s %q in %v", tt.text, tt.typ, tt.not, names(got))
		}
	}
}
