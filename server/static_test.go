package server

import (
	"net/http/httptest"
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

// TestUnauthorizedChallenge: every 401 says how to authenticate.
func TestUnauthorizedChallenge(t *testing.T) {
	s, _ := newTestServer(t, testToken)
	h := s.Handler()
	for _, tc := range []struct{ method, path, remote string }{
		{"POST", "/api/v1/corrections", "127.0.0.1:1"},
		{"GET", "/api/v1/articles", "203.0.113.9:1"},
		{"GET", "/entities", "203.0.113.9:1"},
		{"POST", "/corrections", "127.0.0.1:1"},
	} {
		r := httptest.NewRequest(tc.method, tc.path, strings.NewReader("{}"))
		r.RemoteAddr, r.Host = tc.remote, "localhost"
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != 401 || !strings.HasPrefix(w.Header().Get("WWW-Authenticate"), "Bearer realm=") {
			t.Errorf("%s %s from %s: %d, WWW-Authenticate %q", tc.method, tc.path, tc.remote, w.Code, w.Header().Get("WWW-Authenticate"))
		}
	}
}
