package extract

import (
	"testing"

	"attache"
)

// TestCompanionCountry covers a delegation member whose state the text
// leaves open: they serve the state of the person they travel with, not
// the host's.
func TestCompanionCountry(t *testing.T) {
	x := mustExtractor(t)
	cases := []struct{ text, name, want string }{
		{"HANOI – Defence Minister Tran Van Nam received his Chilean counterpart Jorge Rivas in Hanoi on Monday. Rivas travelled with the Undersecretary of Defence, Pablo Soto.",
			"Pablo Soto", "CL"},
		{"BANGKOK – Thai officials received the Malaysian Defence Minister Ahmad Hassan on Monday. Hassan was accompanied by the Chief of Navy, Admiral Rahim Osman, and senior officers.",
			"Rahim Osman", "MY"},
		// every companion of a list, the subject named by its demonym
		{"LIMA – Minister Ana Ruiz met her Chilean counterpart on Monday. The Chilean minister was accompanied by the Chief of the Joint Staff of Chile, Vice Admiral Tomas Vial, and the Undersecretary for Defence, Pablo Soto.",
			"Pablo Soto", "CL"},
		{"NAIROBI – The Kenyan delegation, led by General Paul Otieno, was received by Ugandan officials. The Kenyan defence chief travelled with Brigadier Ruth Wanjiku and Colonel Simon Kiptoo.",
			"Simon Kiptoo", "KE"},
		// a companion with a state of their own keeps it
		{"BANGKOK – The Malaysian Defence Minister Ahmad Hassan, accompanied by Singapore's Chief of Navy Rear Admiral Lim Wee Kiat, toured the base.",
			"Lim Wee Kiat", "SG"},
	}
	for _, tt := range cases {
		got := x.Extract("t", tt.text, "")
		p := find(got, attache.Person, tt.name)
		if p == nil {
			t.Errorf("%q: no person %q in %v", tt.text, tt.name, names(got))
			continue
		}
		if p.Country != tt.want {
			t.Errorf("%q: %s serves %q, want %q", tt.text, tt.name, p.Country, tt.want)
		}
	}
}
