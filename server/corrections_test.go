package server

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"attache"
)

// memCorrector records corrections in memory: a fake at the boundary to
// the knowledge store, which has its own contract tests.
type memCorrector struct {
	mu   sync.Mutex
	list []Correction
}

func (m *memCorrector) Correct(ctx context.Context, c Correction) (Correction, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if c.Entity == "Nobody" {
		return c, attache.Errorf(attache.ENOTFOUND, "no entity %q", c.Entity)
	}
	c.ID, c.At = fmt.Sprint(len(m.list)+1), time.Now()
	m.list = append(m.list, c)
	return c, nil
}

func (m *memCorrector) Undo(ctx context.Context, id string) (Correction, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for i := range m.list {
		if m.list[i].ID == id {
			if m.list[i].Undone {
				return m.list[i], attache.Errorf(attache.ECONFLICT, "correction %s is already undone", id)
			}
			m.list[i].Undone = true
			return m.list[i], nil
		}
	}
	return Correction{}, attache.Errorf(attache.ENOTFOUND, "no correction %s", id)
}

func (m *memCorrector) Corrections(ctx context.Context) ([]Correction, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]Correction, len(m.list))
	for i, c := range m.list {
		out[len(m.list)-1-i] = c
	}
	return out, nil
}

func newCorrectingServer(t *testing.T) *Server {
	t.Helper()
	st := mustOpenStore(t)
	seedArticles(t, st)
	s, err := New(Config{Store: st, Token: testToken, Corrector: &memCorrector{}})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestAPICorrections(t *testing.T) {
	h := newCorrectingServer(t).Handler()
	auth := []string{"Authorization", "Bearer " + testToken, "Content-Type", "application/json"}
	steps := []struct {
		name, method, target, body string
		hdr                        []string
		status                     int
		want                       string
	}{
		{"list empty", "GET", "/api/v1/corrections", "", nil, 200, `"corrections": []`},
		{"no token", "POST", "/api/v1/corrections", `{"kind":"merge","entity":"Giang","target":"Phan Văn Giang"}`, nil, 401, "token"},
		{"merge", "POST", "/api/v1/corrections", `{"kind":"merge","entity":"Giang","target":"Phan Văn Giang","note":"same man"}`, auth, 201, `"id": "1"`},
		{"rename", "POST", "/api/v1/corrections", `{"kind":"rename","entity":"Alexander Fomin","value":"Aleksandr Fomin"}`, auth, 201, `"value": "Aleksandr Fomin"`},
		{"bad kind", "POST", "/api/v1/corrections", `{"kind":"explode","entity":"x"}`, auth, 400, "unknown correction kind"},
		{"merge into itself", "POST", "/api/v1/corrections", `{"kind":"merge","entity":"x","target":"x"}`, auth, 400, "into itself"},
		{"merge without target", "POST", "/api/v1/corrections", `{"kind":"merge","entity":"x"}`, auth, 400, "needs a target"},
		{"unknown entity", "POST", "/api/v1/corrections", `{"kind":"rename","entity":"Nobody","value":"Somebody"}`, auth, 404, "no entity"},
		{"list", "GET", "/api/v1/corrections", "", nil, 200, `"kind": "rename"`},
		{"undo", "POST", "/api/v1/corrections/1/undo", "", auth, 200, `"undone": true`},
		{"undo again", "POST", "/api/v1/corrections/1/undo", "", auth, 409, "already undone"},
		{"undo missing", "POST", "/api/v1/corrections/99/undo", "", auth, 404, "no correction"},
		{"undo no token", "POST", "/api/v1/corrections/2/undo", "", nil, 401, "token"},
	}
	for _, st := range steps {
		w := do(t, h, st.method, st.target, st.body, st.hdr...)
		if w.Code != st.status || !strings.Contains(w.Body.String(), st.want) {
			t.Fatalf("%s: status %d body %s; want %d with %q", st.name, w.Code, w.Body, st.status, st.want)
		}
	}
}

func TestCorrectionForms(t *testing.T) {
	h := newCorrectingServer(t).Handler()
	form := url.Values{"kind": {"merge"}, "entity": {"Giang"}, "target": {"Phan Văn Giang"}}.Encode()
	ctype := []string{"Content-Type", "application/x-www-form-urlencoded"}

	// Signed out: the entity page offers no forms and a post is refused.
	if body := do(t, h, "GET", "/entities/Phan%20Van%20Giang", "").Body.String(); strings.Contains(body, `id="merge-form"`) {
		t.Error("merge form shown to a signed-out visitor")
	}
	if w := do(t, h, "POST", "/corrections", form, ctype...); w.Code != 401 {
		t.Fatalf("post without sign-in: %d", w.Code)
	}
	// Sign in with a wrong token, then the right one.
	if w := do(t, h, "POST", "/login", "token=wrong", ctype...); w.Code != 401 || !strings.Contains(w.Body.String(), "not valid") {
		t.Fatalf("wrong token: %d", w.Code)
	}
	w := do(t, h, "POST", "/login", "token="+testToken+"&next=//evil.example/", ctype...)
	if w.Code != 303 || w.Header().Get("Location") != "/" {
		t.Fatalf("login: %d to %q", w.Code, w.Header().Get("Location"))
	}
	cookie := w.Result().Cookies()[0]
	if !cookie.HttpOnly || cookie.SameSite != 3 {
		t.Errorf("cookie not HttpOnly/SameSite=Strict: %+v", cookie)
	}
	withCookie := append([]string{"Cookie", cookie.Name + "=" + cookie.Value}, ctype...)
	if body := do(t, h, "GET", "/entities/Phan%20Van%20Giang", "", withCookie...).Body.String(); !strings.Contains(body, `id="merge-form"`) || !strings.Contains(body, "Delete this fact") {
		t.Error("signed-in entity page lacks the correction forms")
	}
	w = do(t, h, "POST", "/corrections", form, withCookie...)
	if w.Code != 303 || w.Header().Get("Location") != "/entities/Phan%20V%C4%83n%20Giang" {
		t.Fatalf("merge: %d to %q: %s", w.Code, w.Header().Get("Location"), w.Body)
	}
	// A post from another site is refused even with the cookie.
	if w := do(t, h, "POST", "/corrections", form, append([]string{"Origin", "http://evil.example"}, withCookie...)...); w.Code != 401 {
		t.Errorf("cross-origin post: %d", w.Code)
	}
	body := do(t, h, "GET", "/corrections", "", withCookie...).Body.String()
	if !strings.Contains(body, `into <a href="/entities/Phan%20V%C4%83n%20Giang">Phan Văn Giang</a>`) || !strings.Contains(body, `action="/corrections/1/undo"`) {
		t.Errorf("corrections page lacks the merge and its undo button:\n%s", body)
	}
	if w := do(t, h, "POST", "/corrections/1/undo", "", withCookie...); w.Code != 303 {
		t.Fatalf("undo: %d %s", w.Code, w.Body)
	}
	if body := do(t, h, "GET", "/corrections", "", withCookie...).Body.String(); !strings.Contains(body, "undone") {
		t.Error("undo not shown")
	}
}
