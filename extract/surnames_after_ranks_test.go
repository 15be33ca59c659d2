package extract

import (
	"testing"

	"attache"
)

// TestSurnamesThatArePlaceWords checks that a surname which is also a
// place word ("Park") reads as a name right after a rank, written in full
// or abbreviated, and still ends a place's name elsewhere.
func TestSurnamesThatArePlaceWords(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The send-off was presided over by Army Chief of Staff Gen. Park Jae-sung.",
			typ: attache.Person, name: "Park Jae-sung", notTyp: attache.Location, notName: "Gen. Park"},
		{text: "The delegation was received by Lieutenant General Park Min-jun in Seoul.",
			typ: attache.Person, name: "Park Min-jun", notTyp: attache.Location, notName: "Lieutenant General Park"},
		{text: "The officers laid wreaths at the Heroes Park in the capital.",
			typ: attache.Location, name: "Heroes Park"},
	})
}

// TestTitleNamesInHonorificChains checks that the proper word of a title
// between an honorific and a rank ("Pehin Datu Singamanteri Major
// General") is no person: the name comes after the rank.
func TestTitleNamesInHonorificChains(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The minister, Pehin Datu Singamanteri Major General (Retired) Dato Paduka Haji Ismail bin Haji Omar, received the guests.",
			typ: attache.Person, name: "Ismail bin Haji Omar", notTyp: attache.Person, notName: "Singamanteri"},
	})
}

// TestLowerCaseUnitNames checks units named by one proper word and a
// lower-case unit noun ("the Hanbit unit"), with a rotation's ordinal,
// and that a demonym before the noun makes no unit.
func TestLowerCaseUnitNames(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "Some 270 troops of the Onnuri unit returned home on Sunday.",
			typ: attache.Organization, name: "Onnuri unit"},
		{text: "The country's 14th Saebyeok unit left for Lebanon on Monday.",
			typ: attache.Organization, name: "14th Saebyeok unit"},
		{text: "A Korean unit will arrive next month.",
			notTyp: attache.Organization, notName: "Korean unit"},
		{text: "The engineers joined the unit in March.",
			notTyp: attache.Organization, notName: "the unit"},
	})
}

// TestFamilyNamesThatArePlaceWordsAlone checks that such a surname alone,
// after the person was named in full with a hyphenated given name, is
// that person again ("Park said", "Minister Park"), while the same word
// ending a place's name is not.
func TestFamilyNamesThatArePlaceWordsAlone(t *testing.T) {
	x := mustExtractor(t)
	cases := []struct {
		text, name string
		mentions   int
	}{
		{"Defense Minister Park Ji-hoon met his Thai counterpart on Monday. Later, Park hosted a dinner for the guest.", "Park Ji-hoon", 2},
		{"Vice Minister Hall Min-su opened the forum. The next day, Minister Hall visited the navy.", "Hall Min-su", 2},
		{"General Park Ye-jin laid a wreath on Tuesday. The delegation then toured Olympic Park.", "Park Ye-jin", 1},
	}
	for _, tt := range cases {
		got := x.Extract("t", tt.text, "")
		found := false
		for _, e := range got.Entities {
			if e.Type == attache.Person && e.Name == tt.name {
				found = true
				if len(e.Mentions) != tt.mentions {
					t.Errorf("%q: %s has %d mentions, want %d", tt.text, tt.name, len(e.Mentions), tt.mentions)
				}
			}
		}
		if !found {
			t.Errorf("%q: no person %s: %v", tt.text, tt.name, names(got))
		}
	}
}
