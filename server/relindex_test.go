package server

import (
	"strings"
	"testing"
)

// TestRelationsIndexAndProfiles: the relations index lists pairs with
// counts and links to dossiers at /relations/A/B; names are accepted as
// codes are; a country's profile lists its events, partners, dossiers
// and ledger; a mission's, its ledger and contributing countries.
func TestRelationsIndexAndProfiles(t *testing.T) {
	s, st := newTestServer(t, "")
	seedArticles(t, st)
	h := s.Handler()
	for _, c := range []struct {
		target string
		status int
		want   []string
	}{
		{"/api/v1/relations", 200, []string{`"a": "RU"`, `"b": "VN"`, `"events": 2`, `"a_name": "Russia"`}},
		{"/api/v1/relations?country=vietnam", 200, []string{`"country": "VN"`, `"a": "VN"`, `"b": "RU"`}},
		{"/api/v1/relations?country=Atlantis", 404, []string{"no country named"}},
		{"/api/v1/relations?limit=0", 400, []string{"limit"}},
		{"/api/v1/relations/Vietnam/Russia", 200, []string{`"total": 2`}},
		{"/relations", 200, []string{`<a href="/relations/RU/VN">dossier</a>`, `<td class="num">2</td>`}},
		{"/relations/VN", 200, []string{`Relations of <a href="/entities/country:VN">Vietnam</a>`, `<a href="/relations/VN/RU">dossier</a>`}},
		{"/relations/Vietnam/Russia", 200, []string{"2 events between"}},
		{"/entities/country:VN", 200, []string{`id="partners"`, `<a href="/relations/VN/RU">dossier</a>`, `href="/deployments?country=VN"`, "Level-2 Field Hospital"}},
		{"/entities/UNMISS", 200, []string{`href="/deployments?mission=UNMISS"`, `<a href="/entities/country:VN">Vietnam</a></td><td class="num">1</td>`, "Level-2 Field Hospital"}},
		{"/api/v1/entities/UNMISS", 200, []string{`"mission": "UNMISS"`, `"partners": [`}},
	} {
		w := do(t, h, "GET", c.target, "")
		if w.Code != c.status {
			t.Errorf("%s: %d, want %d\n%.500s", c.target, w.Code, c.status, w.Body)
			continue
		}
		for _, want := range c.want {
			if !strings.Contains(w.Body.String(), want) {
				t.Errorf("%s lacks %s", c.target, want)
			}
		}
	}
}
