package extract

import (
	"testing"

	"attache"
)

// TestInnerAndEndNameForms covers two more short forms of a name named
// in full before: an inner word of a long Portuguese or Spanish name
// ("Múcio" of "José Múcio Monteiro Filho") and the first and last words
// of a name with a middle name or patronymic ("Sergei Shoigu" of "Sergei
// Kuzhugetovich Shoigu"). Each is the person already named; a word of
// another, shorter name is not.
func TestInnerAndEndNameForms(t *testing.T) {
	x := mustExtractor(t)
	cases := []struct {
		text  string
		names []string // every person the text names, in full
	}{
		{"Defence Minister José Múcio Monteiro Filho arrived in Lima on Monday. Múcio said the talks went well.", []string{"José Múcio Monteiro Filho"}},
		{"General Luis Alberto Vega Ruiz received the delegation. Vega said the navies would train together.", []string{"Luis Alberto Vega Ruiz"}},
		{"Defence Minister Sergei Kuzhugetovich Shoigu met the delegation. Sergei Shoigu said ties were strong.", []string{"Sergei Kuzhugetovich Shoigu"}},
		// three words: no inner short form, so "Marek" stays its own person
		{"General Jan Marek Wrona met the delegation. Colonel Marek said the drill went well.", []string{"Jan Marek Wrona", "Marek"}},
	}
	for _, tt := range cases {
		got := x.Extract("t", tt.text, "")
		var persons []string
		for _, e := range got.Entities {
			if e.Type == attache.Person {
				persons = append(persons, e.Name)
			}
		}
		if len(persons) != len(tt.names) {
			t.Errorf("%q: persons %q, want %q", tt.text, persons, tt.names)
			continue
		}
		for _, want := range tt.names {
			found := false
			for _, p := range persons {
				found = found || p == want
			}
			if !found {
				t.Errorf("%q: persons %q, want %q", tt.text, persons, tt.names)
			}
		}
	}
}
