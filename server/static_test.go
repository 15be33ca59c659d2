package server

import (
	"strings"
	"testing"
)

// TestStaticNoListing: the embedded assets are served, their folder is
// not listed.
func TestStaticNoListing(t *testing.T) {
	s, _ := newTestServer(t, "")
	h := s.Handler()
	if w := do(t, h, "GET", "/static/app.js", ""); w.Code != 200 {
		t.Errorf("app.js: %d", w.Code)
	}
	for _, p := range []string{"/static/", "/static", "/static/./"} {
		w := do(t, h, "GET", p, "")
		if w.Code == 200 || strings.Contains(w.Body.String(), "app.js") {
			t.Errorf("%s: %d lists the folder: %q", p, w.Code, w.Body.String())
		}
	}
}
