package extract

import "testing"

// TestCallsToldAsOccasions covers a call a sentence tells as the occasion
// of what was discussed ("discussed X in a telephone conversation", "over
// a video call"), end to end: the topic verb before it makes no event of
// its own and must not cost the call its own. A topic verb with no call
// after it makes no talks.
func TestCallsToldAsOccasions(t *testing.T) {
	x := mustExtractor(t)
	for _, tt := range []struct{ text, date string }{
		{"Ministers speak\n\nDefence Minister Ana Ruiz and her Chilean counterpart Pedro Soto discussed border security in a telephone conversation on Wednesday, the ministry said.", "2027-08-04"},
		{"Cooperation reviewed\n\nMinister Ana Ruiz discussed naval training with Minister Pedro Soto over a video call on August 3.", "2027-08-03"},
		{"Patrols reviewed\n\nDefence Minister Ana Ruiz and Defence Minister Pedro Soto of Chile discussed joint patrols during a phone call on Tuesday.", "2027-08-03"},
		{"Ministers discuss arms industry\n\nJAKARTA — Defence Minister Sjafrie Sjamsoeddin and his Japanese counterpart Gen Nakatani discussed joint production of frigates in a telephone conversation on Tuesday, the ministry said on Thursday.", "2027-08-03"},
		{"Plans reviewed\n\nMinister Ana Ruiz discussed the new patrol boats in Lima on Wednesday.", ""},
	} {
		got := x.Extract("t", tt.text, "2027-08-05")
		var meetings []string
		for _, e := range got.Events {
			if e.Type == "meeting" {
				meetings = append(meetings, e.Date)
			}
		}
		switch {
		case tt.date == "" && len(meetings) > 0:
			t.Errorf("%q: meetings %v, want none", tt.text, meetings)
		case tt.date != "" && (len(meetings) != 1 || meetings[0] != tt.date):
			t.Errorf("%q: meetings %v, want one of %s", tt.text, meetings, tt.date)
		}
	}
}
