package extract

import (
	"testing"

	"attache"
)

// TestPostsInNameLists covers lists of officials in which each name is
// followed by its post ("A, Chief of Staff of X, B, Commander of Y, and
// C, ..."): each post, and the state its body names, is the person's
// before it, not the next one's; a body the knowledge base lists twice
// for one state still names that state.
func TestPostsInNameLists(t *testing.T) {
	x := mustExtractor(t)
	cases := []struct{ text, name, title, country string }{
		{"MUSCAT – General Tariq Awan of Pakistan also met Vice Admiral Said Al Maamari, Chief of Staff of the Sultan's Armed Forces, Major General Nasser Al Zadjali, Commander of the Royal Army of Oman, and Air Vice Marshal Hilal Al Harthy, Commander of the Royal Air Force of Oman.",
			"Said Al Maamari", "Chief of Staff of the Sultan's Armed Forces", "OM"},
		{"MUSCAT – General Tariq Awan of Pakistan also met Vice Admiral Said Al Maamari, Chief of Staff of the Sultan's Armed Forces, Major General Nasser Al Zadjali, Commander of the Royal Army of Oman, and Air Vice Marshal Hilal Al Harthy, Commander of the Royal Air Force of Oman.",
			"Nasser Al Zadjali", "Commander of the Royal Army of Oman", "OM"},
		{"ISLAMABAD – Present were General Ali Khan, Chief of Army Staff, Admiral Omar Baig, Chief of Naval Staff, and Air Marshal Zaheer Shah.",
			"Ali Khan", "Chief of Army Staff", ""},
		// the post before a name with none after it stays that name's
		{"MUSCAT – He met the Chief of Staff of the Sultan's Armed Forces, Vice Admiral Said Al Maamari, and the Commander of the Royal Army of Oman, Major General Nasser Al Zadjali.",
			"Nasser Al Zadjali", "Commander of the Royal Army of Oman", "OM"},
		// a national body listed twice in the knowledge base
		{"MOSCOW – Colonel General Ivan Petrov of Russia held talks with the Chief of Staff of the Myanmar Armed Forces, General Kyaw Zin Oo, and the Ethiopian defence chief, Field Marshal Abebe Girma.",
			"Kyaw Zin Oo", "Chief of Staff of the Myanmar Armed Forces", "MM"},
	}
	for _, tt := range cases {
		got := x.Extract("t", tt.text, "")
		p := find(got, attache.Person, tt.name)
		if p == nil {
			t.Errorf("%q: no person %q in %v", tt.text, tt.name, names(got))
			continue
		}
		if len(p.Titles) != 1 || p.Titles[0] != tt.title {
			t.Errorf("%q: %s has titles %q, want [%q]", tt.text, tt.name, p.Titles, tt.title)
		}
		if tt.country != "" && p.Country != tt.country {
			t.Errorf("%q: %s serves %q, want %q", tt.text, tt.name, p.Country, tt.country)
		}
	}
}
