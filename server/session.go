package server

import (
	"net/http"
	"strings"
)

// handleLoginPage shows the sign-in form: GET /login
func (s *Server) handleLoginPage(w http.ResponseWriter, r *http.Request) error {
	return s.render(w, r, http.StatusOK, "login", "Sign in", loginPage{Next: safeNext(r.URL.Query().Get("next"))})
}

// loginPage is the data of the sign-in page.
type loginPage struct {
	Failed bool
	Next   string // where to go after signing in
}

// handleLogin checks the token and keeps it in an HttpOnly, SameSite=Strict
// cookie so that the correction forms can be used: POST /login
func (s *Server) handleLogin(w http.ResponseWriter, r *http.Request) error {
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	if err := r.ParseForm(); err != nil {
		return invalid("bad form: %v", err)
	}
	tok := strings.TrimSpace(r.PostForm.Get("token"))
	if !s.validToken(tok) {
		w.Header().Set("Cache-Control", "no-store")
		return s.render(w, r, http.StatusUnauthorized, "login", "Sign in", loginPage{Failed: true, Next: safeNext(r.PostForm.Get("next"))})
	}
	http.SetCookie(w, &http.Cookie{Name: tokenCookie, Value: tok, Path: "/", HttpOnly: true,
		SameSite: http.SameSiteStrictMode, MaxAge: int(cookieLifetime.Seconds()), Secure: r.TLS != nil})
	http.Redirect(w, r, safeNext(r.PostForm.Get("next")), http.StatusSeeOther)
	return nil
}

// handleLogout forgets the cookie: POST /logout
func (s *Server) handleLogout(w http.ResponseWriter, r *http.Request) error {
	http.SetCookie(w, &http.Cookie{Name: tokenCookie, Value: "", Path: "/", HttpOnly: true,
		SameSite: http.SameSiteStrictMode, MaxAge: -1})
	http.Redirect(w, r, "/", http.StatusSeeOther)
	return nil
}

// safeNext keeps redirects on this site: only a local absolute path is
// accepted ("//evil.example" and "/\evil" are not local).
func safeNext(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") {
		return "/"
	}
	return next
}
