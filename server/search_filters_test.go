package server

import (
	"strings"
	"testing"
)

// TestSearchFindsProfilesAndFiltersOnEvents: a search lists matching
// profiles above the articles; event dates filter on when events
// happened, not when articles were published; every filter in force is
// shown with a link that removes it.
func TestSearchFindsProfilesAndFiltersOnEvents(t *testing.T) {
	s, st := newTestServer(t, "")
	meeting, _ := seedArticles(t, st)
	h := s.Handler()
	for _, c := range []struct {
		target    string
		status    int
		want, not []string
	}{
		{"/?q=giang", 200, []string{`id="profiles"`, `<a href="/entities/person:phan-van-giang">Phan Văn Giang</a>`}, nil},
		{"/?q=%22fomin%22", 200, []string{`<a href="/entities/person:alexander-fomin">Alexander Fomin</a>`}, nil},
		{"/?q=giang&offset=20", 200, nil, []string{`id="profiles"`}},
		// The meeting was on 2024-12-26, the deployment on 2024-05-05.
		{"/?event_from=2024-12-01&event_to=2024-12-31", 200, []string{"/articles/" + meeting, `events from: <strong>2024-12-01</strong>`,
			`<a href="/?event_to=2024-12-31" class="remove"`, `<a href="/?event_from=2024-12-01" class="remove"`}, []string{"Field hospital rotation"}},
		{"/?event_to=2024-05", 200, []string{"Field hospital rotation"}, []string{"/articles/" + meeting}},
		{"/?q=dialogue&entity=Giang&type=dialogue", 200, []string{`entity: <strong>Giang</strong>`,
			`<a href="/?q=dialogue&amp;type=dialogue" class="remove"`, `<a href="/?entity=Giang&amp;q=dialogue" class="remove"`}, nil},
		{"/?event_from=last+year", 400, []string{"event_from"}, nil},
		{"/?type=party", 400, []string{"unknown event type"}, nil},
		{"/api/v1/search?q=giang", 200, []string{`"entities": [`, `"id": "person:phan-van-giang"`}, nil},
		{"/api/v1/search?q=dialogue&event_from=2025", 200, []string{`"hits": []`}, nil},
		{"/api/v1/search?q=dialogue&event_to=2024-13", 400, []string{"event_to"}, nil},
	} {
		w := do(t, h, "GET", c.target, "")
		body := w.Body.String()
		if w.Code != c.status {
			t.Errorf("%s: %d, want %d\n%.400s", c.target, w.Code, c.status, body)
			continue
		}
		for _, want := range c.want {
			if !strings.Contains(body, want) {
				t.Errorf("%s lacks %s", c.target, want)
			}
		}
		for _, not := range c.not {
			if strings.Contains(body, not) {
				t.Errorf("%s shows %s", c.target, not)
			}
		}
	}
}
