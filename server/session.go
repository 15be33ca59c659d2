package server

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"net/http"
	"strings"
	"sync"
	"time"

	"attache"
)

// sessionCookie names the UI's sign-in cookie. It holds a random session
// id, never the write token: the token stays with the analyst, and a
// session can be ended (sign-out) without changing it.
const sessionCookie = "attache_session"

// maxSessions bounds the sessions kept in memory; signing in beyond it
// ends the oldest one. Only holders of the token can create sessions.
const maxSessions = 1000

// session is one signed-in browser.
type session struct {
	csrf    string // the token every form post of this session must carry
	expires time.Time
}

// sessions are the signed-in browsers, in memory: a restart signs
// everyone out.
type sessions struct {
	mu sync.Mutex
	m  map[string]session
}

// newSession creates a session and returns its id.
func (ss *sessions) newSession(now time.Time) (id string, s session) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	if ss.m == nil {
		ss.m = map[string]session{}
	}
	var oldest string
	for k, v := range ss.m {
		if now.After(v.expires) {
			delete(ss.m, k)
		} else if oldest == "" || v.expires.Before(ss.m[oldest].expires) {
			oldest = k
		}
	}
	if len(ss.m) >= maxSessions {
		delete(ss.m, oldest)
	}
	id, s = randomHex(32), session{csrf: randomHex(32), expires: now.Add(cookieLifetime)}
	ss.m[id] = s
	return id, s
}

// lookup returns the live session with id.
func (ss *sessions) lookup(id string, now time.Time) (session, bool) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	s, ok := ss.m[id]
	if !ok || now.After(s.expires) {
		return session{}, false
	}
	return s, true
}

func (ss *sessions) end(id string) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	delete(ss.m, id)
}

// randomHex returns n random bytes in hex.
func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b) // never fails (crypto/rand)
	return hex.EncodeToString(b)
}

// session returns the request's live session, if its cookie names one.
func (s *Server) session(r *http.Request) (session, bool) {
	c, err := r.Cookie(sessionCookie)
	if err != nil || c.Value == "" {
		return session{}, false
	}
	return s.sessions.lookup(c.Value, time.Now())
}

// validCSRF reports whether the form post carries the session's CSRF
// token (field "csrf"), compared in constant time.
func validCSRF(sess session, r *http.Request) bool {
	got := r.PostFormValue("csrf")
	return got != "" && subtle.ConstantTimeCompare([]byte(got), []byte(sess.csrf)) == 1
}

// handleLoginPage shows the sign-in form: GET /login
func (s *Server) handleLoginPage(w http.ResponseWriter, r *http.Request) error {
	return s.render(w, r, http.StatusOK, "login", "Sign in", loginPage{Next: safeNext(r.URL.Query().Get("next"))})
}

// loginPage is the data of the sign-in page.
type loginPage struct {
	Failed bool
	Next   string // where to go after signing in
}

// handleLogin checks the token and starts a session, kept in an HttpOnly,
// SameSite=Strict cookie, so that the correction forms can be used:
// POST /login
func (s *Server) handleLogin(w http.ResponseWriter, r *http.Request) error {
	if err := checkOrigin(r); err != nil {
		return err
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	if err := r.ParseForm(); err != nil {
		return invalid("bad form: %v", err)
	}
	tok := strings.TrimSpace(r.PostForm.Get("token"))
	if !s.validToken(tok) {
		w.Header().Set("Cache-Control", "no-store")
		challenge(w, http.StatusUnauthorized)
		return s.render(w, r, http.StatusUnauthorized, "login", "Sign in", loginPage{Failed: true, Next: safeNext(r.PostForm.Get("next"))})
	}
	if old, err := r.Cookie(sessionCookie); err == nil {
		s.sessions.end(old.Value) // a new session id at each sign-in (no fixation)
	}
	id, _ := s.sessions.newSession(time.Now())
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: id, Path: "/", HttpOnly: true,
		SameSite: http.SameSiteStrictMode, MaxAge: int(cookieLifetime.Seconds()), Secure: r.TLS != nil})
	http.Redirect(w, r, safeNext(r.PostForm.Get("next")), http.StatusSeeOther)
	return nil
}

// handleLogout ends the session and forgets the cookie: POST /logout. A
// live session is ended only with its CSRF token, so that another site
// cannot sign the analyst out.
func (s *Server) handleLogout(w http.ResponseWriter, r *http.Request) error {
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	if sess, ok := s.session(r); ok {
		if err := checkOrigin(r); err != nil {
			return err
		}
		if !validCSRF(sess, r) {
			return attache.Errorf(attache.EFORBIDDEN, "the form's CSRF token is missing or wrong: reload the page and try again")
		}
		c, _ := r.Cookie(sessionCookie)
		s.sessions.end(c.Value)
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", HttpOnly: true,
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
