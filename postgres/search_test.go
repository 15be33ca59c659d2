package postgres

import "testing"

// TestTSQuery: what a user types becomes a to_tsquery expression of
// folded, quoted words that cannot be a syntax error.
func TestTSQuery(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"ha noi", "'ha' & 'noi'"},
		{"Hà Nội", "'ha' & 'noi'"},
		{`"HA NOI" peacekeep*`, "('ha' <-> 'noi') & 'peacekeep':*"},
		{"Level-2", "('level' <-> '2')"},
		{"'; DROP TABLE articles; --", "'drop' & 'table' & 'articles'"},
		{"NOT exercise | x & !y", "'not' & 'exercise' & 'x' & 'y'"},
		{`"" * ^ --`, ""},
		{"e\x00x", "'e' & 'x'"},
		{`a"b"c`, "'a' & 'b' & 'c'"},
	} {
		if got := tsQuery(parseQuery(c.in)); got != c.want {
			t.Errorf("tsQuery(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestWindowSnippet(t *testing.T) {
	got := windowSnippet("Delegates met in Hà Nội on Monday.", parseQuery("ha noi"))
	if want := "Delegates met in \x02Hà\x03 \x02Nội\x03 on Monday."; got != want {
		t.Errorf("snippet %q, want %q", got, want)
	}
}

// TestDateBound: the bound is above every date with a prefix up to the
// limit and below the next one, in byte order as in a locale's.
func TestDateBound(t *testing.T) {
	for _, c := range []struct {
		to, want string
		ok       bool
	}{
		{"2024", "2025", true},
		{"2024-11", "2024-12", true},
		{"2024-12", "2024-13", true},
		{"2024-09-30", "2024-09-31", true},
		{"2024-01-09", "2024-01-10", true},
		{"9999", "", false},
	} {
		got, ok := dateBound(c.to)
		if got != c.want || ok != c.ok {
			t.Errorf("dateBound(%q) = %q, %v; want %q, %v", c.to, got, ok, c.want, c.ok)
		}
		if ok && !(c.to+"-31/9999-12-31" < got) {
			t.Errorf("dateBound(%q) = %q is not above the dates it should keep", c.to, got)
		}
	}
}
