package extract

import (
	"slices"
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
		short string   // a form of the first person's name, or ""
	}{
		{"Defence Minister José Múcio Monteiro Filho arrived in Lima on Monday. The talks went well, Múcio said.", []string{"José Múcio Monteiro Filho"}, "Múcio"},
		{"General Luis Alberto Vega Ruiz received the delegation. The navies would train together, Vega said.", []string{"Luis Alberto Vega Ruiz"}, "Vega"},
		{"Defence Minister Sergei Kuzhugetovich Shoigu met the delegation. Sergei Shoigu said ties were strong.", []string{"Sergei Kuzhugetovich Shoigu"}, "Sergei Shoigu"},
		// three words: no inner short form, so "Marek" stays its own person
		{"General Jan Marek Wrona met the delegation. Colonel Marek said the drill went well.", []string{"Jan Marek Wrona", "Marek"}, ""},
	}
	for _, tt := range cases {
		got := x.Extract("t", tt.text, "")
		var persons []string
		for _, e := range got.Entities {
			if e.Type != attache.Person {
				continue
			}
			persons = append(persons, e.Name)
			if e.Name == tt.names[0] && tt.short != "" && !slices.Contains(e.Aliases, tt.short) {
				t.Errorf("%q: %s has forms %q, want also %q", tt.text, e.Name, e.Aliases, tt.short)
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
