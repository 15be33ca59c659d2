package server

import (
	"encoding/json"
	"html"
	"strings"
	"testing"
)

// TestAPICorrectionsPages reads the corrections' log a page at a time:
// newest first, limited, with a next link to the older corrections, and
// the corrections page with a link to them.
func TestAPICorrectionsPages(t *testing.T) {
	s, _ := newCorrectingServer(t)
	h := s.Handler()
	auth := []string{"Authorization", "Bearer " + testToken, "Content-Type", "application/json"}
	names := []string{"Ministry of Mischief", "Ministry of Misrule", "Ministry of Mayhem", "Ministry of Muddle"}
	for i := range 3 {
		w := do(t, h, "POST", "/api/v1/corrections", `{"kind":"rename","entity":"`+names[i]+`","value":"`+names[i+1]+`"}`, auth...)
		if w.Code != 201 {
			t.Fatalf("rename %d: %d %s", i, w.Code, w.Body)
		}
	}
	type page struct {
		Corrections []Correction `json:"corrections"`
		Next        string       `json:"next"`
	}
	get := func(target string) page {
		t.Helper()
		w := do(t, h, "GET", target, "")
		var p page
		if w.Code != 200 || json.Unmarshal(w.Body.Bytes(), &p) != nil {
			t.Fatalf("%s: %d %s", target, w.Code, w.Body)
		}
		return p
	}
	first := get("/api/v1/corrections?limit=2")
	if len(first.Corrections) != 2 || first.Corrections[0].Value != names[3] || first.Corrections[1].Value != names[2] {
		t.Fatalf("first page of 2: %+v, want the two newest renames, newest first", first.Corrections)
	}
	if want := "/api/v1/corrections?after=" + first.Corrections[1].ID + "&limit=2"; first.Next != want {
		t.Errorf("next %q, want %q", first.Next, want)
	}
	last := get(first.Next)
	if len(last.Corrections) != 1 || last.Corrections[0].Value != names[1] || last.Next != "" {
		t.Errorf("last page: %+v, want the oldest rename and no next", last)
	}
	if all := get("/api/v1/corrections"); len(all.Corrections) != 3 || all.Next != "" {
		t.Errorf("default page: %+v, want all 3 and no next", all)
	}
	for _, bad := range []string{"?after=nope", "?limit=0", "?limit=501", "?offset=2", "?before=3"} {
		if w := do(t, h, "GET", "/api/v1/corrections"+bad, ""); w.Code != 400 {
			t.Errorf("%s: %d, want 400", bad, w.Code)
		}
	}
	body := do(t, h, "GET", "/corrections?limit=2", "").Body.String()
	if !strings.Contains(body, `href="`+html.EscapeString("/corrections?after="+first.Corrections[1].ID+"&limit=2")+`" rel="next"`) ||
		strings.Contains(body, names[0]+"</a>") {
		t.Errorf("corrections page of 2: no link to the older ones, or the oldest shown:\n%s", body)
	}
}
