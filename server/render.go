package server

import (
	"bytes"
	"embed"
	"fmt"
	"html"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"strings"

	"attache"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// funcs are the helpers templates may call. None of them returns
// template.HTML built from untrusted text without escaping it first.
var funcs = template.FuncMap{
	"snippet":   snippetHTML,
	"entityURL": entityURL,
	"articleURL": func(id string) string {
		return "/articles/" + url.PathEscape(id)
	},
	"evidenceURL": evidenceURL,
	"factURL":     factURL,
	"eventName":   eventName,
	"apiEntityURL": func(id string) string {
		return "/api/v1" + entityURL(id)
	},
	"join": strings.Join,
	"eventList": func(evs []eventRow, deletable bool, next, csrf string) eventList {
		return eventList{Events: evs, Deletable: deletable, Next: next, CSRF: csrf}
	},
	"eventForm": func(row eventRow, next, csrf string) eventForm {
		return eventForm{Row: row, Next: next, CSRF: csrf, Types: attache.EventTypes}
	},
	"add":         func(a, b int) int { return a + b },
	"exportLinks": exportLinks,
	"sub":         func(a, b int) int { return a - b },
	"entityTypes": func() []attache.EntityType {
		return []attache.EntityType{attache.Person, attache.Organization, attache.Location, attache.Country}
	},
}

// eventName is an event's title as the reader wrote it (a noun phrase),
// or "" when it would only repeat the event's type, which the row shows.
func eventName(ev attache.KBEvent) string {
	if ev.Label == string(ev.Type) {
		return ""
	}
	return ev.Label
}

// parsePages parses every page template together with the layout, once, at
// start-up. The map key is the page file name without ".html".
func parsePages(extra template.FuncMap) (map[string]*template.Template, error) {
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		return nil, err
	}
	pages := map[string]*template.Template{}
	for _, n := range names {
		base := path.Base(n)
		if base == "layout.html" || base == "partials.html" {
			continue
		}
		t, err := template.New("layout.html").Funcs(funcs).Funcs(extra).ParseFS(templateFS, "templates/layout.html", "templates/partials.html", n)
		if err != nil {
			return nil, fmt.Errorf("server: template %s: %w", base, err)
		}
		pages[strings.TrimSuffix(base, ".html")] = t
	}
	return pages, nil
}

// view is what every page template receives: the page's own data plus what
// the layout needs.
type view struct {
	Title    string
	Nav      string // which menu entry is current
	SignedIn bool   // the browser holds a live session cookie
	CSRF     string // the session's CSRF token, put in every post form
	Writable bool   // the server accepts changes at all
	Here     string // this page's path and query, where forms come back to
	Data     any
}

// render executes page name into a buffer first, so that a template error
// becomes a clean 500 instead of half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, st int, name, title string, data any) error {
	t, ok := s.pages[name]
	if !ok {
		return fmt.Errorf("server: no page template %q", name)
	}
	v := view{Title: title, Nav: name, Writable: s.token != "", Here: r.URL.RequestURI(), Data: data}
	if sess, ok := s.session(r); ok {
		v.SignedIn, v.CSRF = true, sess.csrf
		w.Header().Set("Cache-Control", "no-store") // the page holds the session's CSRF token
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, v); err != nil {
		return fmt.Errorf("server: render %s: %w", name, err)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(st)
	_, _ = buf.WriteTo(w)
	return nil
}

// errorPage shows err as an HTML page with the status from the error table.
func (s *Server) errorPage(w http.ResponseWriter, r *http.Request, err error) {
	st := errorStatus(err)
	msg := attache.ErrorMessage(err)
	if st == http.StatusRequestEntityTooLarge {
		msg = "request too large"
	}
	if st == http.StatusInternalServerError {
		s.log.Error("page", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	challenge(w, st)
	data := struct {
		Status  int
		Text    string
		Message string
	}{st, http.StatusText(st), msg}
	if rerr := s.render(w, r, st, "error", http.StatusText(st), data); rerr != nil {
		http.Error(w, msg, st)
	}
}

// snippetHTML escapes a search snippet, then turns the store's match
// markers into <mark> elements. Markers are paired here, so a stray one in
// the data cannot leave an element open.
func snippetHTML(s string) template.HTML {
	var b strings.Builder
	open := false
	for {
		i := strings.IndexAny(s, attache.Mark+attache.EndMark)
		if i < 0 {
			b.WriteString(html.EscapeString(s))
			break
		}
		b.WriteString(html.EscapeString(s[:i]))
		switch {
		case s[i:i+1] == attache.Mark && !open:
			b.WriteString("<mark>")
			open = true
		case s[i:i+1] == attache.EndMark && open:
			b.WriteString("</mark>")
			open = false
		}
		s = s[i+1:]
	}
	if open {
		b.WriteString("</mark>")
	}
	return template.HTML(b.String())
}

// party is how an event participant is shown: a country code becomes the
// country's name.
func (s *Server) party(p string) string {
	if n, ok := s.countries[p]; ok {
		return n
	}
	return p
}
