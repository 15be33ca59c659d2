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
		if !s.allowedHost(r.Host) {
			http.Error(w, "421 misdirected request: this server does not answer to that host name (see serve --allow-host)", http.StatusMisdirectedRequest)
			return
		}
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		// Not no-referrer: under that policy browsers send "Origin: null"
		// on this site's own form posts, which checkOrigin must refuse.
		// same-origin still tells other sites nothing.
		h.Set("Referrer-Policy", "same-origin")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		timeout := requestTimeout
		if r.URL.Path == "/api/v1/ingest" || r.URL.Path == "/api/v1/export" {
			timeout = ingestTimeout
		}
		ctx, cancel := context.WithTimeout(r.Context(), timeout)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// allowedHost reports whether a request's Host header names this server:
// an IP literal (a browser sends one only for a URL that names that
// address, so it is never another site's name), localhost, or a
// configured name. DNS rebinding needs a name of the attacker's; it is
// refused here before any handler reads.
func (s *Server) allowedHost(host string) bool {
	name := hostName(host)
	if name == "" {
		return false
	}
	if name == "localhost" || net.ParseIP(name) != nil {
		return true
	}
	return s.hosts[name]
}

// hostName is the lower-case host of a Host header or configured name,
// without port or brackets.
func hostName(host string) string {
	host = strings.ToLower(strings.TrimSpace(host))
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	return strings.TrimSuffix(strings.Trim(host, "[]"), ".")
}

// bearerToken returns the token of an "Authorization: Bearer" header (API
// clients). Browsers never send one on their own, so a request that
// carries it cannot be a cross-site forgery.
func bearerToken(r *http.Request) string {
	if t, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok {
		return strings.TrimSpace(t)
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

// checkOrigin refuses a change a browser sends from another origin:
// "Origin: null" (what a browser sends for a form post redirected from
// another site, or from a sandboxed frame), an Origin whose host is not
// this request's, or Sec-Fetch-Site: cross-site.
func checkOrigin(r *http.Request) error {
	if r.Header.Get("Sec-Fetch-Site") == "cross-site" {
		return attache.Errorf(attache.EFORBIDDEN, "cross-site request refused")
	}
	o, ok := r.Header["Origin"]
	if !ok {
		return nil
	}
	if len(o) != 1 || o[0] == "null" {
		return attache.Errorf(attache.EFORBIDDEN, "request from an opaque origin refused")
	}
	if u, err := url.Parse(o[0]); err != nil || u.Host != r.Host {
		return attache.Errorf(attache.EFORBIDDEN, "cross-origin request refused")
	}
	return nil
}

// checkWrite returns an error unless an API request may write: the bearer
// token, from this origin if a browser says where it comes from.
func (s *Server) checkWrite(r *http.Request) error {
	if s.token == "" {
		return attache.Errorf(attache.EUNAUTHORIZED, "this server is read-only: start it with --token or ATTACHE_TOKEN to allow changes")
	}
	if err := checkOrigin(r); err != nil {
		return err
	}
	if !s.validToken(bearerToken(r)) {
		return attache.Errorf(attache.EUNAUTHORIZED, "a valid token is required for changes")
	}
	return nil
}

// checkFormWrite returns an error unless a UI form post may write: a
// signed-in session and that session's CSRF token in the form (or the
// bearer token), from this origin. The SameSite=Strict cookie is a third
// wall, not the only one.
func (s *Server) checkFormWrite(r *http.Request) error {
	if s.token == "" {
		return attache.Errorf(attache.EUNAUTHORIZED, "this server is read-only: start it with --token or ATTACHE_TOKEN to allow changes")
	}
	if err := checkOrigin(r); err != nil {
		return err
	}
	if s.validToken(bearerToken(r)) {
		return nil
	}
	sess, ok := s.session(r)
	if !ok {
		return attache.Errorf(attache.EUNAUTHORIZED, "sign in to make changes")
	}
	if !validCSRF(sess, r) {
		return attache.Errorf(attache.EFORBIDDEN, "the form's CSRF token is missing or wrong: reload the page and try again")
	}
	return nil
}

// checkRead lets reads through from loopback addresses (unless
// ReadsNeedToken), and from anywhere else only with the token or a
// signed-in session.
func (s *Server) checkRead(r *http.Request) error {
	if (isLoopback(r.RemoteAddr) && !s.readsNeedToken) || s.validToken(bearerToken(r)) {
		return nil
	}
	if _, ok := s.session(r); ok {
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
		r.Body = http.MaxBytesReader(w, r.Body, maxBody)
		if err := s.checkFormWrite(r); err != nil {
			s.errorPage(w, r, err)
			return
		}
		if err := h(w, r); err != nil {
			s.errorPage(w, r, err)
		}
	})
}

// cookieLifetime is how long a UI sign-in lasts.
const cookieLifetime = 12 * time.Hour
