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
