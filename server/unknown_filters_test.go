package server

import (
	"encoding/json"
	"testing"
)

// TestAPIUnknownFilterValues: a filter value that names nothing the base
// or the knowledge files know (a mission no deployment names, a country
// code of no country, an entity no article names) is refused with the usual
// error body rather than answered with an empty list, which would read as
// "nothing there". A known value with no match answers 200.
func TestAPIUnknownFilterValues(t *testing.T) {
	s, st := newTestServer(t, testToken)
	seedArticles(t, st)
	for _, c := range []struct {
		target string
		status int
		code   string
	}{
		{"/api/v1/deployments?mission=NOPE", 400, "invalid"},
		{"/api/v1/deployments?mission=nope&country=VN", 400, "invalid"},
		{"/deployments?mission=NOPE", 400, ""},
		{"/api/v1/entities?country=XX", 400, "invalid"},
		{"/api/v1/search?q=defence&entity=Nobody", 404, "not_found"},
		{"/api/v1/search?q=giang&entity=Nobody+Atall", 404, "not_found"},
		{"/?entity=Nobody", 404, ""},
		{"/api/v1/search?q=giang&entity=Russia", 200, ""},
		{"/api/v1/search?q=nowordlikethis&entity=Russia", 200, ""},
		{"/api/v1/deployments?mission=unmiss", 200, ""},
		{"/api/v1/deployments?mission=UNMISS&country=FR", 200, ""},
		{"/api/v1/entities?country=FR", 200, ""},
	} {
		w := do(t, s.Handler(), "GET", c.target, "")
		var body errorBody
		json.Unmarshal(w.Body.Bytes(), &body)
		if w.Code != c.status || (c.code != "" && body.Error.Code != c.code) {
			t.Errorf("%s: %d %q, want %d %q\n%s", c.target, w.Code, body.Error.Code, c.status, c.code, w.Body)
		}
	}
}
