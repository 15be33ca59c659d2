package extract

import (
	"strings"
	"testing"

	"attache"
	"attache/kb"
)

func mustExtractor(t testing.TB) *Extractor {
	t.Helper()
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	x, err := New(k)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// find returns the entity of type typ named (or aliased) name, or nil.
func find(x *attache.Extraction, typ attache.EntityType, name string) *attache.Entity {
	for i, e := range x.Entities {
		if e.Type != typ {
			continue
		}
		if e.Name == name {
			return &x.Entities[i]
		}
		for _, a := range e.Aliases {
			if a == name {
				return &x.Entities[i]
			}
		}
	}
	return nil
}

// TestPersons checks persons, ranks and countries in articles unlike the
// dev set: other countries, services and rank systems.
func TestPersons(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		text, name, rank, country string
	}{
		{"Chinese Defence Minister Dong Jun met his US counterpart in Singapore on Friday.", "Dong Jun", "", "CN"},
		{"US Secretary of Defense Lloyd Austin said the two sides agreed to keep talking.", "Lloyd Austin", "", "US"},
		{"Indonesian Defence Minister Prabowo Subianto received the delegation in Jakarta.", "Prabowo Subianto", "", "ID"},
		{"Indian Army chief Gen. Manoj Pande visited the forward posts.", "Manoj Pande", "General", "IN"},
		{"Japanese Defense Minister Minoru Kihara held talks with the visiting delegation.", "Minoru Kihara", "", "JP"},
		{"Australian Deputy Prime Minister Richard Marles arrived in Manila.", "Richard Marles", "", "AU"},
		{"Russian Colonel General Alexander Fomin attended the forum in Moscow.", "Alexander Fomin", "Colonel General", "RU"},
		{"The exercise was led by Air Vice-Marshal Harvinder Singh of the Royal Australian Air Force.", "Harvinder Singh", "Air Vice-Marshal", ""},
		{"Vice Admiral Tran Thanh Nghiem, Commander of the Vietnam People's Navy, welcomed the ship.", "Tran Thanh Nghiem", "Vice Admiral", "VN"},
		{"Lt. Gen. Nguyen Tan Cuong, Chief of the General Staff, chaired the meeting in Hanoi.", "Nguyen Tan Cuong", "Lieutenant General", "VN"},
		{"Saudi Crown Prince Mohammed bin Salman met the delegation.", "Mohammed bin Salman", "", "SA"},
	}
	for _, tt := range tests {
		got := x.Extract("t", tt.text, "2025-01-01")
		p := find(got, attache.Person, tt.name)
		if p == nil {
			t.Errorf("%q: no person %q in %v", tt.text, tt.name, names(got))
			continue
		}
		if p.Rank != tt.rank {
			t.Errorf("%q: rank of %s = %q, want %q", tt.text, tt.name, p.Rank, tt.rank)
		}
		if tt.country != "" && p.Country != tt.country {
			t.Errorf("%q: country of %s = %q, want %q", tt.text, tt.name, p.Country, tt.country)
		}
	}
}

// TestOrganizations checks organisation patterns, acronyms and missions.
func TestOrganizations(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct{ text, name, alias string }{
		{"India sent a battalion to the UN Interim Force in Lebanon (UNIFIL) last year.", "UN Interim Force in Lebanon", "UNIFIL"},
		{"The Shangri-La Dialogue opened in Singapore on Friday.", "Shangri-La Dialogue", ""},
		{"The Philippine Navy and the Japan Maritime Self-Defense Force held drills.", "Philippine Navy", ""},
		{"Officers of the Bangladesh Army serve with MONUSCO in the Democratic Republic of the Congo.", "MONUSCO", ""},
		{"The Ministry of Foreign Affairs issued a statement.", "Ministry of Foreign Affairs", ""},
		{"Engineers of Brigade 125 repaired the road.", "Brigade 125", ""},
	}
	for _, tt := range tests {
		got := x.Extract("t", tt.text, "")
		o := find(got, attache.Organization, tt.name)
		if o == nil {
			t.Errorf("%q: no organisation %q in %v", tt.text, tt.name, names(got))
			continue
		}
		if tt.alias != "" && find(got, attache.Organization, tt.alias) != o {
			t.Errorf("%q: %q is not an alias of %q", tt.text, tt.alias, tt.name)
		}
	}
}

// TestExclusions checks what must not become an entity.
func TestExclusions(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct{ text, not string }{
		{"Hanoi (VNA) – The delegates agreed on the plan.", "VNA"},
		{"The minister stressed that the Party leads the army.", "Party"},
		{"However, Delegates stressed the importance of trust.", "Delegates"},
		{"They marked the 70th anniversary of the Dien Bien Phu Victory.", "Dien Bien Phu"},
	}
	for _, tt := range tests {
		got := x.Extract("t", tt.text, "")
		for _, e := range got.Entities {
			if e.Name == tt.not {
				t.Errorf("%q: unexpected %s %q", tt.text, e.Type, e.Name)
			}
		}
	}
}

// TestQuantities checks counts and what is not a count.
func TestQuantities(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		text string
		want []attache.Quantity
	}{
		{"Vietnam has sent 76 individuals, including eight women.", []attache.Quantity{{Value: 76, Unit: "individuals"}, {Value: 8, Unit: "women"}}},
		{"It sent over 250 officers and doctors to South Sudan.", []attache.Quantity{{Value: 250, Unit: "officers and doctors"}}},
		{"A 50-year-old officer marked the 80th anniversary in 2024 with Rotation 6.", nil},
		{"The two countries signed three agreements.", []attache.Quantity{{Value: 3, Unit: "agreements"}}},
		{"Bangladesh deployed a 120-strong contingent to MINUSCA.", []attache.Quantity{{Value: 120, Unit: "contingent"}}},
		{"More than 1,000 troops from Ghana joined the drill.", []attache.Quantity{{Value: 1000, Unit: "troops"}}},
		{"The Royal Malaysian Navy sent two frigates and three high-speed patrol boats.", []attache.Quantity{{Value: 2, Unit: "frigates"}, {Value: 3, Unit: "high-speed patrol boats"}}},
		{"Over three weeks the crews will fly 20 km from the coast.", nil},
		{"The plan costs $5 million, 15% of the budget, or 2.5 percent of GDP.", nil},
		{"Egypt and Jordan met. The two sides and the three defence ministers agreed.", nil},
		{"It brought together the ten ASEAN member states and the five original sites.", []attache.Quantity{{Value: 10, Unit: "ASEAN member states"}, {Value: 5, Unit: "original sites"}}},
		{"The deal raises the number of agreed training sites in Kenya to six.", []attache.Quantity{{Value: 6, Unit: "agreed training sites"}}},
		{"Under Resolution 2086 the Engineering Company 3 left.", nil},
		{"The forum runs five Experts' Working Groups.", []attache.Quantity{{Value: 5, Unit: "Experts' Working Groups"}}},
		{"Nepal sent 40 Nepali Army officers; the 40 officers left.", []attache.Quantity{{Value: 40, Unit: "Nepali Army officers"}}},
		{"Thailand sends 300 troops to border\n\nThe Royal Thai Army sent three hundred soldiers.", []attache.Quantity{{Value: 300, Unit: "soldiers"}}},
		{"The platoon has two officers and twenty-five other ranks.", []attache.Quantity{{Value: 2, Unit: "officers"}, {Value: 25, Unit: "other ranks"}}},
	}
	for _, tt := range tests {
		checkQuantities(t, x, tt.text, tt.want)
	}
}

// checkQuantities reports where the counts x reads in text differ from
// want in number, value or unit.
func checkQuantities(t *testing.T, x *Extractor, text string, want []attache.Quantity) {
	t.Helper()
	got := x.Extract("t", text, "").Quantities
	if len(got) != len(want) {
		t.Errorf("%q: got %+v, want %+v", text, got, want)
		return
	}
	for i := range got {
		if got[i].Value != want[i].Value || got[i].Unit != want[i].Unit {
			t.Errorf("%q: got %+v, want %+v", text, got[i], want[i])
		}
	}
}

// TestSentences checks abbreviation-aware sentence splitting.
func TestSentences(t *testing.T) {
	x := mustExtractor(t)
	s := "Sen. Lieut. Gen. Hoang Xuan Chien met Lt. Col. J. Smith of the U.S. Army. Engineering Unit No. 3 left.\nA new line"
	got := x.Extract("t", s, "").Sentences
	var parts []string
	for _, sp := range got {
		parts = append(parts, s[sp.Start:sp.End])
	}
	want := []string{"Sen. Lieut. Gen. Hoang Xuan Chien met Lt. Col. J. Smith of the U.S. Army.", "Engineering Unit No. 3 left.", "A new line"}
	if strings.Join(parts, "|") != strings.Join(want, "|") {
		t.Errorf("sentences:\n got %q\nwant %q", parts, want)
	}
}

func names(x *attache.Extraction) []string {
	var out []string
	for _, e := range x.Entities {
		out = append(out, string(e.Type)+":"+e.Name)
	}
	return out
}
