package server

import (
	"encoding/json"
	"net/url"
	"slices"
	"strings"
	"testing"

	"attache"
)

// apiEvents lists the events the API returns for query q.
func apiEvents(t *testing.T, s *Server, q string) []attache.KBEvent {
	t.Helper()
	w := do(t, s.Handler(), "GET", "/api/v1/events"+q, "")
	var out struct{ Events []attache.KBEvent }
	if err := json.Unmarshal(w.Body.Bytes(), &out); err != nil {
		t.Fatalf("events%s: %v\n%s", q, err, w.Body)
	}
	return out.Events
}

func eventByID(evs []attache.KBEvent, id string) *attache.KBEvent {
	for i := range evs {
		if evs[i].ID == id {
			return &evs[i]
		}
	}
	return nil
}

// TestAPIEventCorrections corrects the seeded meeting through the API:
// each kind answers 201 and shows in the events, bad ones 400 or 404,
// and undo takes a correction back.
func TestAPIEventCorrections(t *testing.T) {
	s, meeting := newCorrectingServer(t)
	h := s.Handler()
	auth := []string{"Authorization", "Bearer " + testToken, "Content-Type", "application/json"}
	id := "event:" + meeting + "#0"
	post := func(body string, status int, want string) string {
		t.Helper()
		w := do(t, h, "POST", "/api/v1/corrections", body, auth...)
		if w.Code != status || !strings.Contains(w.Body.String(), want) {
			t.Fatalf("%s: %d %s; want %d with %q", body, w.Code, w.Body, status, want)
		}
		return w.Body.String()
	}
	for _, bad := range []struct {
		body   string
		status int
		want   string
	}{
		{`{"kind":"event-date","target":"` + id + `"}`, 400, "needs a value"},
		{`{"kind":"participant-add","target":"` + id + `"}`, 400, "needs an entity"},
		{`{"kind":"rank","value":"General"}`, 400, "needs an entity"},
		{`{"kind":"event-date","target":"` + id + `","value":"26 December"}`, 400, "bad event date"},
		{`{"kind":"event-type","target":"` + id + `","value":"party"}`, 400, "unknown event type"},
		{`{"kind":"event-place","target":"event:nope#0","value":"Hà Nội"}`, 404, "not_found"},
		{`{"kind":"participant-remove","target":"` + id + `","entity":"Ministry of Mischief"}`, 404, "not a participant"},
		{`{"kind":"country","entity":"Phan Văn Giang","value":"Atlantis"}`, 400, "no country"},
	} {
		post(bad.body, bad.status, bad.want)
	}

	dated := correctionID(t, post(`{"kind":"event-date","target":"`+id+`","value":"2024-12-25","note":"the eve"}`, 201, `"kind": "event-date"`))
	post(`{"kind":"event-place","target":"`+id+`","value":"Moscow"}`, 201, `"value": "Moscow"`)
	post(`{"kind":"participant-remove","target":"`+id+`","entity":"Alexander Fomin"}`, 201, `"kind": "participant-remove"`)
	post(`{"kind":"participant-add","target":"`+id+`","entity":"France"}`, 201, `"entity": "France"`)
	post(`{"kind":"event-split","target":"`+id+`"}`, 201, `"kind": "event-split"`)
	post(`{"kind":"event-type","target":"`+id+`~2","value":"visit"}`, 201, `"value": "visit"`)
	ev := eventByID(apiEvents(t, s, ""), id)
	if ev == nil || ev.Date != "2024-12-25" || ev.Place != "Moscow" || slices.Contains(ev.Participants, "person:alexander-fomin") ||
		!slices.Contains(ev.Countries, "FR") || slices.Contains(ev.Countries, "RU") {
		t.Fatalf("corrected meeting: %+v", ev)
	}
	if cp := eventByID(apiEvents(t, s, "?type=visit"), id+"~2"); cp == nil || len(cp.Sources) != 1 {
		t.Errorf("split-off copy as a visit: %+v", cp)
	}
	post(`{"kind":"event-merge","target":"`+id+`~2","value":"`+id+`"}`, 201, `"kind": "event-merge"`)
	if cp := eventByID(apiEvents(t, s, ""), id+"~2"); cp != nil {
		t.Errorf("merged event still listed: %+v", cp)
	}
	post(`{"kind":"country","entity":"Phan Văn Giang","value":"FR"}`, 201, `"kind": "country"`)
	post(`{"kind":"rank","entity":"Phan Văn Giang","value":"Senior General"}`, 201, `"kind": "rank"`)
	if body := do(t, h, "GET", "/api/v1/entities/person:phan-van-giang", "").Body.String(); !strings.Contains(body, `"country": "FR"`) || !strings.Contains(body, `"rank": "Senior General"`) {
		t.Errorf("person's country and rank not corrected:\n%.600s", body)
	}
	if w := do(t, h, "POST", "/api/v1/corrections/"+dated+"/undo", "", auth...); w.Code != 200 {
		t.Fatalf("undo: %d %s", w.Code, w.Body)
	}
	if ev := eventByID(apiEvents(t, s, ""), id); ev == nil || ev.Date != "2024-12-26" || ev.Place != "Moscow" {
		t.Errorf("after undoing the date, the event is %+v: want its own date back, the place kept", ev)
	}
	if body := do(t, h, "GET", "/corrections", "").Body.String(); !strings.Contains(body, "<td>event-place</td>") || !strings.Contains(body, "→ Moscow") {
		t.Errorf("corrections page does not describe the event corrections")
	}
}

// TestEventCorrectionForms: a signed-in analyst sees each event's
// correction forms; the split form moves the reports ticked; the
// country form of a profile comes back to the profile.
func TestEventCorrectionForms(t *testing.T) {
	s, meeting := newCorrectingServer(t)
	h := s.Handler()
	if body := do(t, h, "GET", "/events", "").Body.String(); strings.Contains(body, "Correct this event") {
		t.Error("event correction forms shown to a signed-out visitor")
	}
	cookie := login(t, s)
	withCookie := []string{"Cookie", cookie, "Content-Type", "application/x-www-form-urlencoded"}
	body := do(t, h, "GET", "/events?type=meeting", "", withCookie...).Body.String()
	id := "event:" + meeting + "#0"
	for _, kind := range []string{"event-date", "event-place", "event-type", "event-countries", "participant-add", "participant-remove", "event-split", "event-merge"} {
		if !strings.Contains(body, `name="kind" value="`+kind+`"><input type="hidden" name="target" value="`+id+`">`) {
			t.Errorf("events page lacks the %s form of %s", kind, id)
		}
	}
	for _, want := range []string{`<option>Alexander Fomin</option>`, `<option value="dialogue">dialogue</option>`, `<option value="meeting" selected>meeting</option>`, `value="VN|RU"`} {
		if !strings.Contains(body, want) {
			t.Errorf("events page lacks %s", want)
		}
	}
	csrf := csrfOf(t, body)
	post := func(v url.Values) string {
		t.Helper()
		v.Set("csrf", csrf)
		w := do(t, h, "POST", "/corrections", v.Encode(), withCookie...)
		if w.Code != 303 {
			t.Fatalf("%v: %d %s", v, w.Code, w.Body)
		}
		return w.Header().Get("Location")
	}
	if to := post(url.Values{"kind": {"participant-remove"}, "target": {id}, "entity": {"Alexander Fomin"}, "next": {"/events?type=meeting"}}); to != "/events?type=meeting" {
		t.Errorf("participant-remove came back to %q", to)
	}
	if ev := eventByID(apiEvents(t, s, ""), id); ev == nil || len(ev.Participants) != 1 {
		t.Errorf("after removing Fomin: %+v", ev)
	}
	post(url.Values{"kind": {"event-split"}, "target": {id}, "next": {"/events"}})
	if cp := eventByID(apiEvents(t, s, ""), id+"~2"); cp == nil {
		t.Error("the split form made no second event")
	}
	if to := post(url.Values{"kind": {"country"}, "entity": {"Alexander Fomin"}, "value": {"France"}}); to != "/entities/person:alexander-fomin" {
		t.Errorf("country form came back to %q", to)
	}
	if body := do(t, h, "GET", "/entities/person:alexander-fomin", "", withCookie...).Body.String(); !strings.Contains(body, `id="country-to" value="FR"`) || !strings.Contains(body, `id="rank-form"`) {
		t.Error("profile lacks the country and rank forms, or the corrected country")
	}
}
