package server

import (
	"net/http/httptest"
	"testing"
)

// TestHostAllowList: a request whose Host names anything but this machine
// (an IP literal, localhost) or a configured name is refused with 421, so
// that a DNS-rebinding page (attacker.example resolving to 127.0.0.1)
// cannot read the knowledge base from a browser on this machine.
func TestHostAllowList(t *testing.T) {
	s, _ := newTestServer(t, testToken)
	h := s.Handler()
	get := func(host string) int {
		r := httptest.NewRequest("GET", "/api/v1/articles", nil)
		r.RemoteAddr = "127.0.0.1:40000"
		r.Host = host
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w.Code
	}
	for host, want := range map[string]int{
		"attacker.example":       421,
		"attacker.example:8080":  421,
		"localhost.evil.example": 421,
		"":                       421,
		"127.0.0.1:8080":         200,
		"localhost:8080":         200,
		"LOCALHOST":              200,
		"[::1]:8080":             200,
		"10.1.2.3":               200,
		"kb.example.org":         421,
	} {
		if got := get(host); got != want {
			t.Errorf("Host %q: %d, want %d", host, got, want)
		}
	}
}

// TestHostAllowListConfigured: a name the operator configured is served.
func TestHostAllowListConfigured(t *testing.T) {
	st := mustOpenStore(t)
	s, err := New(Config{Store: st, Token: testToken, Hosts: []string{"kb.example.org", "Intel.Example.Net:8443"}})
	if err != nil {
		t.Fatal(err)
	}
	for host, want := range map[string]int{
		"kb.example.org":     200,
		"kb.example.org:443": 200,
		"intel.example.net":  200,
		"other.example.org":  421,
	} {
		r := httptest.NewRequest("GET", "/api/v1/articles", nil)
		r.RemoteAddr = "127.0.0.1:40000"
		r.Host = host
		w := httptest.NewRecorder()
		s.Handler().ServeHTTP(w, r)
		if w.Code != want {
			t.Errorf("Host %q: %d, want %d", host, w.Code, want)
		}
	}
}

// TestReadsNeedToken: behind a reverse proxy every client comes from
// loopback, so the server can be told to ask for the token on reads too.
func TestReadsNeedToken(t *testing.T) {
	st := mustOpenStore(t)
	s, err := New(Config{Store: st, Token: testToken, ReadsNeedToken: true})
	if err != nil {
		t.Fatal(err)
	}
	h := s.Handler()
	if w := do(t, h, "GET", "/api/v1/articles", ""); w.Code != 401 {
		t.Errorf("loopback read without token: %d, want 401", w.Code)
	}
	if w := do(t, h, "GET", "/api/v1/articles", "", "Authorization", "Bearer "+testToken); w.Code != 200 {
		t.Errorf("read with token: %d", w.Code)
	}
	if w := do(t, h, "GET", "/login", ""); w.Code != 200 {
		t.Errorf("sign-in page: %d", w.Code)
	}
	if w := do(t, h, "GET", "/static/style.css", ""); w.Code != 200 {
		t.Errorf("style sheet: %d", w.Code)
	}
}
