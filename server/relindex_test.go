package server

import (
	"html"
	"regexp"
	"strings"
	"testing"
)

// TestRelationsIndexAndProfiles: the relations index lists pairs with
// counts and links to dossiers at /relations/A/B; names are accepted as
// codes are; a country's profile lists its events, partners, dossiers
// and ledger; a mission's, its ledger and contributing countries, and the
// ledger links each mission to its profile.
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
		{"/entities/country:VN", 200, []string{`id="partners"`, `<a href="/relations/VN/RU">dossier</a>`, `href="/deployments?country=VN"`, "Level-2 Field Hospital", `<a href="/events?country=VN&amp;sort=recent" id="more-events">`}},
		{"/entities/UNMISS", 200, []string{`href="/deployments?mission=UNMISS"`, `<a href="/entities/country:VN">Vietnam</a></td><td class="num">1</td>`, "Level-2 Field Hospital", `id="more-events"`}},
		{"/api/v1/entities/UNMISS", 200, []string{`"mission": "UNMISS"`, `"partners": [`}},
		{"/deployments", 200, []string{`<a href="/entities/UNMISS">profile</a>`}},
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

// TestScopedProfileAllEvents: a country's profile links to the paged
// events list of the country, latest first, a mission's to the events
// naming it and to its deployments in the ledger; each list holds the
// deployment the profile lists. A person's profile, which lists its
// own, has no such link.
func TestScopedProfileAllEvents(t *testing.T) {
	s, st := newTestServer(t, "")
	seedArticles(t, st)
	h := s.Handler()
	for _, c := range []struct{ target, id, list string }{
		{"/entities/country:VN", "more-events", "/events?country=VN&sort=recent"},
		{"/entities/UNMISS", "more-events", "/events?entity=organization%3Aun-mission-in-south-sudan&sort=recent"},
		{"/entities/UNMISS", "more-deployments", "/deployments?mission=UNMISS"},
	} {
		w := do(t, h, "GET", c.target, "")
		m := regexp.MustCompile(`<a href="([^"]+)" id="` + c.id + `">`).FindStringSubmatch(w.Body.String())
		if w.Code != 200 || m == nil {
			t.Errorf("%s: %d, no link %s", c.target, w.Code, c.id)
			continue
		}
		if link := html.UnescapeString(m[1]); link != c.list {
			t.Errorf("%s links to %s, want %s", c.target, link, c.list)
		}
	}
	for _, link := range []string{"/events?country=VN&sort=recent", "/deployments?mission=UNMISS"} {
		list := do(t, h, "GET", link, "")
		if list.Code != 200 || !strings.Contains(list.Body.String(), "Level-2 Field Hospital") {
			t.Errorf("%s: %d, want the list with the profile's deployment", link, list.Code)
		}
	}
	if w := do(t, h, "GET", "/entities/Phan%20Van%20Giang", ""); strings.Contains(w.Body.String(), `id="more-events"`) {
		t.Errorf("a person's profile links to more events")
	}
}
