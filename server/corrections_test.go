package server

import (
	"encoding/json"
	"net/url"
	"strings"
	"testing"
)

// newCorrectingServer is a seeded server whose corrections go to the
// real knowledge base.
func newCorrectingServer(t *testing.T) (*Server, string) {
	t.Helper()
	s, st := newTestServer(t, testToken)
	meeting, _ := seedArticles(t, st)
	return s, meeting
}

// correctionID reads the id of a correction from an API answer.
func correctionID(t *testing.T, body string) string {
	t.Helper()
	var c Correction
	if err := json.Unmarshal([]byte(body), &c); err != nil || c.ID == "" {
		t.Fatalf("no correction id in %s (%v)", body, err)
	}
	return c.ID
}

func TestAPICorrections(t *testing.T) {
	s, meeting := newCorrectingServer(t)
	h := s.Handler()
	auth := []string{"Authorization", "Bearer " + testToken, "Content-Type", "application/json"}
	type step struct {
		name, method, target, body string
		hdr                        []string
		status                     int
		want                       string
	}
	run := func(steps ...step) string {
		t.Helper()
		var body string
		for _, st := range steps {
			w := do(t, h, st.method, st.target, st.body, st.hdr...)
			body = w.Body.String()
			if w.Code != st.status || !strings.Contains(body, st.want) {
				t.Fatalf("%s: status %d body %s; want %d with %q", st.name, w.Code, body, st.status, st.want)
			}
		}
		return body
	}
	run(
		step{"list empty", "GET", "/api/v1/corrections", "", nil, 200, `"corrections": []`},
		step{"no token", "POST", "/api/v1/corrections", `{"kind":"merge","entity":"Alexander Fomin","target":"Phan Văn Giang"}`, nil, 401, "token"},
		step{"bad kind", "POST", "/api/v1/corrections", `{"kind":"explode","entity":"x"}`, auth, 400, "unknown correction kind"},
		step{"merge into itself", "POST", "/api/v1/corrections", `{"kind":"merge","entity":"x","target":"x"}`, auth, 400, "into itself"},
		step{"merge without target", "POST", "/api/v1/corrections", `{"kind":"merge","entity":"x"}`, auth, 400, "needs a target"},
		step{"delete without fact", "POST", "/api/v1/corrections", `{"kind":"delete-fact"}`, auth, 400, "needs a target"},
		step{"unknown entity", "POST", "/api/v1/corrections", `{"kind":"rename","entity":"Nobody Atall","value":"Somebody"}`, auth, 404, "not_found"},
		step{"unknown fact", "POST", "/api/v1/corrections", `{"kind":"delete-fact","target":"event:nope#9"}`, auth, 404, "not_found"},
		step{"bad json", "POST", "/api/v1/corrections", `{"kind":`, auth, 400, "bad JSON"},
	)
	merge := correctionID(t, run(step{"merge", "POST", "/api/v1/corrections",
		`{"kind":"merge","entity":"Alexander Fomin","target":"Phan Văn Giang","note":"test merge"}`, auth, 201, `"kind": "merge"`}))
	// The merged profile carries the other entity's name as an alias, and
	// the old entity is gone.
	run(
		step{"merged profile", "GET", "/api/v1/entities/Phan%20Van%20Giang", "", nil, 200, `"Alexander Fomin"`},
		step{"merged away", "GET", "/api/v1/entities/person:alexander-fomin", "", nil, 404, "not_found"},
		step{"rename", "POST", "/api/v1/corrections", `{"kind":"rename","entity":"Ministry of Mischief","value":"Ministry of Misrule"}`, auth, 201, `"value": "Ministry of Misrule"`},
		step{"renamed", "GET", "/api/v1/entities/Ministry%20of%20Misrule", "", nil, 200, `"name": "Ministry of Misrule"`},
		step{"delete fact", "POST", "/api/v1/corrections", `{"kind":"delete-fact","target":"event:` + meeting + `#1"}`, auth, 201, `"kind": "delete-fact"`},
		step{"fact gone", "GET", "/api/v1/relations/VN/RU", "", nil, 200, `"total": 1`},
		step{"list", "GET", "/api/v1/corrections", "", nil, 200, `"note": "test merge"`},
		step{"undo", "POST", "/api/v1/corrections/" + merge + "/undo", "", auth, 200, `"undone": true`},
		step{"unmerged", "GET", "/api/v1/entities/Alexander%20Fomin", "", nil, 200, `"name": "Alexander Fomin"`},
		step{"undo again", "POST", "/api/v1/corrections/" + merge + "/undo", "", auth, 409, "already undone"},
		step{"undo missing", "POST", "/api/v1/corrections/99999/undo", "", auth, 404, "no correction"},
		step{"undo no token", "POST", "/api/v1/corrections/" + merge + "/undo", "", nil, 401, "token"},
	)
}

func TestCorrectionForms(t *testing.T) {
	s, meeting := newCorrectingServer(t)
	h := s.Handler()
	form := url.Values{"kind": {"merge"}, "entity": {"Alexander Fomin"}, "target": {"Phan Văn Giang"}}.Encode()
	ctype := []string{"Content-Type", "application/x-www-form-urlencoded"}

	// Signed out: the entity page offers no forms and a post is refused.
	if body := do(t, h, "GET", "/entities/Alexander%20Fomin", "").Body.String(); strings.Contains(body, `id="merge-form"`) || !strings.Contains(body, `id="signin-to-correct"`) {
		t.Error("merge form shown to a signed-out visitor, or no sign-in link")
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
	body := do(t, h, "GET", "/entities/Phan%20Van%20Giang", "", withCookie...).Body.String()
	for _, want := range []string{`id="merge-form"`, `id="rename-form"`, `name="target" value="event:` + meeting + `#0"`,
		`name="target" value="position:person:phan-van-giang/rank/general"`} {
		if !strings.Contains(body, want) {
			t.Errorf("signed-in entity page lacks %s", want)
		}
	}
	if body := do(t, h, "GET", "/events", "", withCookie...).Body.String(); !strings.Contains(body, "Delete this fact") {
		t.Error("signed-in events page lacks the delete-fact forms")
	}
	// A post from another site is refused even with the cookie.
	if w := do(t, h, "POST", "/corrections", form, append([]string{"Origin", "http://evil.example"}, withCookie...)...); w.Code != 403 {
		t.Errorf("cross-origin post: %d", w.Code)
	}
	csrf := csrfOf(t, body)
	form += "&csrf=" + csrf
	w = do(t, h, "POST", "/corrections", form, withCookie...)
	if w.Code != 303 || w.Header().Get("Location") != "/entities/person:phan-van-giang" {
		t.Fatalf("merge: %d to %q: %s", w.Code, w.Header().Get("Location"), w.Body)
	}
	if body := do(t, h, "GET", "/entities/person:phan-van-giang", "").Body.String(); !strings.Contains(body, "Alexander Fomin") {
		t.Error("merged profile does not list the merged name")
	}
	// Deleting a fact from the events page comes back to it.
	del := url.Values{"kind": {"delete-fact"}, "target": {"event:" + meeting + "#1"}, "next": {"/events?type=dialogue"}, "csrf": {csrf}}.Encode()
	w = do(t, h, "POST", "/corrections", del, withCookie...)
	if w.Code != 303 || w.Header().Get("Location") != "/events?type=dialogue" {
		t.Fatalf("delete fact: %d to %q: %s", w.Code, w.Header().Get("Location"), w.Body)
	}
	if body := do(t, h, "GET", "/events?type=dialogue", "").Body.String(); !strings.Contains(body, "No events.") {
		t.Error("deleted event still listed")
	}
	body = do(t, h, "GET", "/corrections", "", withCookie...).Body.String()
	if !strings.Contains(body, `into <a href="/entities/Phan%20V%C4%83n%20Giang">Phan Văn Giang</a>`) || strings.Count(body, `button type="submit" class="undo"`) != 2 {
		t.Fatalf("corrections page lacks the merge and the undo buttons:\n%s", body)
	}
	// Undo the latest (the deletion), then the merge.
	for range 2 {
		body := do(t, h, "GET", "/corrections", "", withCookie...).Body.String()
		i := strings.Index(body, `action="/corrections/`)
		if i < 0 {
			t.Fatal("no undo form left")
		}
		action := body[i+len(`action="`):]
		action = action[:strings.IndexByte(action, '"')]
		if w := do(t, h, "POST", action, "csrf="+csrf, withCookie...); w.Code != 303 {
			t.Fatalf("undo %s: %d %s", action, w.Code, w.Body)
		}
	}
	if body := do(t, h, "GET", "/corrections", "", withCookie...).Body.String(); strings.Count(body, "undone") != 2 {
		t.Error("undos not shown")
	}
	if w := do(t, h, "GET", "/entities/person:alexander-fomin", ""); w.Code != 200 {
		t.Errorf("after undo the merged entity is back: %d", w.Code)
	}
}
