package resolve_test

import (
	"strings"
	"testing"

	"attache"
	"attache/resolve"
)

// TestWhyApart: the explanation of a refused link names the condition
// that refused it: the date, the participants (a second host), the type.
func TestWhyApart(t *testing.T) {
	k := defaultKB(t)
	marles, sjafrie, albanese := personOf("Richard Marles", "AU"), personOf("Sjafrie Sjamsoeddin", "ID"), personOf("Anthony Albanese", "AU")
	meet := func(id, date string, ents []attache.Entity, names ...string) *attache.Article {
		return article(id, date, ents, []attache.Event{{Type: "meeting", Date: date, Participants: names, Salience: "main"}})
	}
	as := []*attache.Article{
		meet("a1", "2025-11-12", []attache.Entity{marles, sjafrie}, "Richard Marles", "Sjafrie Sjamsoeddin"),
		meet("a2", "2025-11-12", []attache.Entity{albanese, sjafrie}, "Anthony Albanese", "Sjafrie Sjamsoeddin"),
		meet("a3", "2025-12-20", []attache.Entity{marles, sjafrie}, "Richard Marles", "Sjafrie Sjamsoeddin"),
		article("a4", "2025-11-12", []attache.Entity{marles, sjafrie}, []attache.Event{
			{Type: "exercise", Date: "2025-11-12", Participants: []string{"Richard Marles", "Sjafrie Sjamsoeddin"}, Salience: "main"}}),
	}
	b := resolve.Build(k, as)
	for _, c := range []struct{ x, y, want string }{
		{"event:a1#0", "event:a2#0", "two hosts"},
		{"event:a1#0", "event:a3#0", "date 2025-11-12 / 2025-12-20"},
		{"event:a1#0", "event:a4#0", "type meeting / exercise"},
		{"event:a1#0", "event:a1#0", ""},
	} {
		got := b.WhyApart(c.x, c.y)
		if (c.want == "") != (got == "") || !strings.Contains(got, c.want) {
			t.Errorf("WhyApart(%s, %s) = %q, want it to hold %q", c.x, c.y, got, c.want)
		}
	}
}
