package server

import (
	"net/url"
	"regexp"
	"strings"
	"testing"
)

var csrfInput = regexp.MustCompile(`<input type="hidden" name="csrf" value="([^"]+)">`)

// login signs in through the form and returns the "Cookie" header value.
func login(t *testing.T, s *Server) string {
	t.Helper()
	w := do(t, s.Handler(), "POST", "/login", "token="+testToken, "Content-Type", "application/x-www-form-urlencoded")
	if w.Code != 303 || len(w.Result().Cookies()) != 1 {
		t.Fatalf("login: %d, cookies %v", w.Code, w.Result().Cookies())
	}
	c := w.Result().Cookies()[0]
	return c.Name + "=" + c.Value
}

// csrfOf returns the CSRF token the page's forms carry.
func csrfOf(t *testing.T, body string) string {
	t.Helper()
	m := csrfInput.FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no CSRF token in the page:\n%s", body)
	}
	return m[1]
}

// TestCSRF: the sign-in cookie is a session, not the token; every post
// form carries the session's CSRF token; a post without it, with another
// session's, or with "Origin: null" (a cross-site redirect of a form post)
// is refused even with the cookie.
func TestCSRF(t *testing.T) {
	s, _ := newCorrectingServer(t)
	h := s.Handler()
	cookie := login(t, s)
	if strings.Contains(cookie, testToken) {
		t.Errorf("the sign-in cookie %q stores the write token", cookie)
	}
	hdr := []string{"Cookie", cookie, "Content-Type", "application/x-www-form-urlencoded"}

	// Every post form of every page carries the token.
	for _, page := range []string{"/entities/Phan%20Van%20Giang", "/events", "/corrections"} {
		body := do(t, h, "GET", page, "", hdr...).Body.String()
		forms := strings.Count(body, `<form method="post"`)
		if forms == 0 || strings.Count(body, `name="csrf"`) != forms {
			t.Errorf("%s: %d post forms, %d CSRF fields", page, forms, strings.Count(body, `name="csrf"`))
		}
	}
	token := csrfOf(t, do(t, h, "GET", "/events", "", hdr...).Body.String())
	other := csrfOf(t, do(t, h, "GET", "/events", "", "Cookie", login(t, s)).Body.String())
	if other == token {
		t.Error("two sessions share a CSRF token")
	}

	form := url.Values{"kind": {"rename"}, "entity": {"Alexander Fomin"}, "value": {"A. Fomin"}}
	post := func(csrf string, extra ...string) int {
		t.Helper()
		f := form
		if csrf != "" {
			f = url.Values{}
			for k, v := range form {
				f[k] = v
			}
			f.Set("csrf", csrf)
		}
		return do(t, h, "POST", "/corrections", f.Encode(), append(append([]string{}, hdr...), extra...)...).Code
	}
	if c := post(""); c != 403 {
		t.Errorf("post without CSRF token: %d, want 403", c)
	}
	if c := post(other); c != 403 {
		t.Errorf("post with another session's CSRF token: %d, want 403", c)
	}
	if c := post(token, "Origin", "null"); c != 403 {
		t.Errorf("post with Origin: null: %d, want 403", c)
	}
	if c := post(token, "Origin", "http://127.0.0.1:9999"); c != 403 {
		t.Errorf("post from another origin: %d, want 403", c)
	}
	if c := post(token); c != 303 {
		t.Errorf("post with the token: %d, want 303", c)
	}
	// The API with the bearer token needs no CSRF token, but Origin: null
	// is refused there too.
	api := `{"kind":"rename","entity":"A. Fomin","value":"Alexander Fomin"}`
	if w := do(t, h, "POST", "/api/v1/corrections", api, "Authorization", "Bearer "+testToken, "Origin", "null"); w.Code != 403 {
		t.Errorf("API post with Origin: null: %d, want 403", w.Code)
	}
	if w := do(t, h, "POST", "/api/v1/corrections", api, "Authorization", "Bearer "+testToken); w.Code != 201 && w.Code != 200 {
		t.Errorf("API post: %d %s", w.Code, w.Body)
	}
	// The session cookie alone does not make API writes.
	if w := do(t, h, "POST", "/api/v1/corrections", api, "Cookie", cookie); w.Code != 403 && w.Code != 401 {
		t.Errorf("API post with the cookie only: %d", w.Code)
	}
	// Signing out ends the session.
	if w := do(t, h, "POST", "/logout", url.Values{"csrf": {token}}.Encode(), hdr...); w.Code != 303 {
		t.Fatalf("logout: %d", w.Code)
	}
	if c := post(token); c != 401 {
		t.Errorf("post after sign-out: %d, want 401", c)
	}
}
