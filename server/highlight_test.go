package server

import (
	"strings"
	"testing"

	"attache"
)

func TestHighlight(t *testing.T) {
	text := "Đại tướng Phan Văn Giang met Fomin."
	ent := func(name string, ms ...[2]int) attache.Entity {
		e := attache.Entity{Name: name, Type: attache.Person}
		for _, m := range ms {
			e.Mentions = append(e.Mentions, attache.Mention{Start: m[0], End: m[1]})
		}
		return e
	}
	giang := strings.Index(text, "Phan")
	tests := []struct {
		name string
		ents []attache.Entity
		want []string // segment texts, entity ones in brackets
	}{
		{"none", nil, []string{text}},
		{"one", []attache.Entity{ent("Phan Văn Giang", [2]int{giang, giang + len("Phan Văn Giang")})},
			[]string{"Đại tướng ", "[Phan Văn Giang]", " met Fomin."}},
		{"overlap keeps the first, longest", []attache.Entity{ent("Phan Văn Giang", [2]int{giang, giang + len("Phan Văn Giang")}), ent("Giang", [2]int{giang + len("Phan Văn "), giang + len("Phan Văn Giang")})},
			[]string{"Đại tướng ", "[Phan Văn Giang]", " met Fomin."}},
		{"out of range ignored", []attache.Entity{ent("X", [2]int{-1, 3}, [2]int{5, 500}, [2]int{7, 7})}, []string{text}},
		{"inside a character ignored", []attache.Entity{ent("X", [2]int{1, 4})}, []string{text}},
		{"at the end", []attache.Entity{ent("Fomin", [2]int{len(text) - 6, len(text) - 1})},
			[]string{text[:len(text)-6], "[Fomin]", "."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range highlight(text, tt.ents) {
				if s.Entity != "" {
					got = append(got, "["+s.Text+"]")
				} else {
					got = append(got, s.Text)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// FuzzHighlight: whatever the offsets, the segments put back together are
// the text, and every segment is valid UTF-8 when the text is.
func FuzzHighlight(f *testing.F) {
	f.Add("Phan Văn Giang met Fomin in Hà Nội", 0, 14, 10, 20)
	f.Add("", 0, 0, -5, 99)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int) {
		ents := []attache.Entity{{Name: "a", Mentions: []attache.Mention{{Start: s1, End: e1}, {Start: s2, End: e2}}}}
		var b strings.Builder
		for _, s := range highlight(text, ents) {
			b.WriteString(s.Text)
		}
		if b.String() != text {
			t.Fatalf("segments give %q, want %q", b.String(), text)
		}
	})
}
