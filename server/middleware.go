package server

import (
	"context"
	"crypto/subtle"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"attache"
)

// csp allows nothing but this origin: no inline scripts or styles, no
// frames, no form posts elsewhere. Article text is untrusted, and this is
// the second wall behind html/template's escaping.
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

// secure adds the security headers to every response and a timeout to
// every request's context.
func (s *Server) secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		timeout := requestTimeout
		if r.URL.Path == "/api/v1/ingest" {
			timeout = ingestTimeout
		}
		ctx, cancel := context.WithTimeout(r.Context(), timeout)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// tokenCookie holds the token in the browser after the analyst signs in on
// the UI. It is HttpOnly and SameSite=Strict so that no script and no other
// site can use it.
const tokenCookie = "attache_token"

// presentedToken returns the token the request carries: an
// "Authorization: Bearer" header (API clients) or the sign-in cookie (UI).
func presentedToken(r *http.Request) string {
	if a := r.Header.Get("Authorization"); a != "" {
		if t, ok := strings.CutPrefix(a, "Bearer "); ok {
			return strings.TrimSpace(t)
		}
		return ""
	}
	if c, err := r.Cookie(tokenCookie); err == nil {
		return c.Value
	}
	return ""
}

// validToken compares in constant time. With no token configured nothing
// is valid: a server started without --token is read-only.
func (s *Server) validToken(t string) bool {
	if s.token == "" || t == "" {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(t), []byte(s.token)) == 1
}

// checkWrite returns EUNAUTHORIZED unless the request may write. Browser
// form posts must also come from this origin (the SameSite cookie already
// blocks other sites; this is belt and braces).
func (s *Server) checkWrite(r *http.Request) error {
	if s.token == "" {
		return attache.Errorf(attache.EUNAUTHORIZED, "this server is read-only: start it with --token or ATTACHE_TOKEN to allow changes")
	}
	if !s.validToken(presentedToken(r)) {
		return attache.Errorf(attache.EUNAUTHORIZED, "a valid token is required for changes")
	}
	if o := r.Header.Get("Origin"); o != "" && o != "null" {
		if u, err := url.Parse(o); err != nil || u.Host != r.Host {
			return attache.Errorf(attache.EUNAUTHORIZED, "cross-origin request refused")
		}
	}
	return nil
}

// checkRead lets reads through from loopback addresses, and from anywhere
// else only with the token.
func (s *Server) checkRead(r *http.Request) error {
	if isLoopback(r.RemoteAddr) || s.validToken(presentedToken(r)) {
		return nil
	}
	return attache.Errorf(attache.EUNAUTHORIZED, "reads from other hosts need the token")
}

func isLoopback(remote string) bool {
	host, _, err := net.SplitHostPort(remote)
	if err != nil {
		host = remote
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// api wraps a JSON handler: read check, then errors become JSON.
func (s *Server) api(h func(w http.ResponseWriter, r *http.Request) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := s.checkRead(r); err != nil {
			s.apiError(w, r, err)
			return
		}
		if err := h(w, r); err != nil {
			s.apiError(w, r, err)
		}
	})
}

// apiWrite wraps a JSON handler that changes data: token check and a body
// size limit.
func (s *Server) apiWrite(limit int64, h func(w http.ResponseWriter, r *http.Request) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := s.checkWrite(r); err != nil {
			s.apiError(w, r, err)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, limit)
		if err := h(w, r); err != nil {
			s.apiError(w, r, err)
		}
	})
}

// page wraps an HTML handler: read check, then errors become an error page.
func (s *Server) page(h func(w http.ResponseWriter, r *http.Request) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := s.checkRead(r); err != nil && r.URL.Path != "/login" {
			s.errorPage(w, r, err)
			return
		}
		if err := h(w, r); err != nil {
			s.errorPage(w, r, err)
		}
	})
}

// pageWrite wraps a UI form post that changes data.
func (s *Server) pageWrite(h func(w http.ResponseWriter, r *http.Request) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := s.checkWrite(r); err != nil {
			s.errorPage(w, r, err)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, maxBody)
		if err := h(w, r); err != nil {
			s.errorPage(w, r, err)
		}
	})
}

// cookieLifetime is how long a UI sign-in lasts.
const cookieLifetime = 12 * time.Hour
