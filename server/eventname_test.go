package server

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"attache"
)

// labelledServer is a test server whose knowledge base holds two events
// of Vietnam and France: an agreement named by its trigger's verb and a
// meeting the report kept no words for.
func labelledServer(t *testing.T) http.Handler {
	t.Helper()
	s, st := newTestServer(t, "")
	text := "The two ministers signed a plan on training cooperation in Hanoi on March 3. They met again on March 4."
	signing := strings.Index(text, "The two")
	meeting := strings.Index(text, "They met")
	a := &attache.Article{ID: attache.ArticleID(text), Title: "Ministers sign a training plan", Published: "2025-03-04", Format: "text",
		Text: text, Original: []byte(text), IngestedAt: time.Now().UTC(),
		Extraction: &attache.Extraction{Entities: []attache.Entity{
			{ID: "e1", Type: attache.Person, Name: "Tran Van Minh", Country: "VN", Mentions: []attache.Mention{{Start: 0, End: 0}}},
			{ID: "e2", Type: attache.Person, Name: "Paul Marchand", Country: "FR", Mentions: []attache.Mention{{Start: 0, End: 0}}}},
			Events: []attache.Event{
				{Type: "agreement", Name: "signed a plan", Date: "2025-03-03", Participants: []string{"Tran Van Minh", "Paul Marchand", "VN", "FR"}, Salience: "main",
					Evidence: text[signing : meeting-1], Start: signing, End: meeting - 1},
				{Type: "meeting", Date: "2025-03-04", Participants: []string{"Tran Van Minh", "Paul Marchand", "VN", "FR"}, Salience: "reported",
					Evidence: text[meeting:], Start: meeting, End: len(text)}}}}
	if err := st.PutArticle(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if _, err := knowledgeOf(t, st).Rebuild(context.Background()); err != nil {
		t.Fatal(err)
	}
	return s.Handler()
}

// wantLabels are the titles of labelledServer's events by type.
var wantLabels = map[attache.EventType]string{"agreement": "signing of a plan on training cooperation", "meeting": "meeting"}

// checkLabels fails unless every event of evs carries its title.
func checkLabels(t *testing.T, where string, evs []attache.KBEvent) {
	t.Helper()
	if len(evs) == 0 {
		t.Errorf("%s: no events", where)
	}
	for _, ev := range evs {
		if want := wantLabels[ev.Type]; ev.Label != want {
			t.Errorf("%s: %s event %s has label %q, want %q", where, ev.Type, ev.ID, ev.Label, want)
		}
	}
}

// TestEventNamesAsNounPhrases: an event named by its trigger's verb is
// listed under a noun phrase finished from its sentence.
func TestEventNamesAsNounPhrases(t *testing.T) {
	h := labelledServer(t)
	body := do(t, h, "GET", "/events?type=agreement", "").Body.String()
	if !strings.Contains(body, " · signing of a plan on training cooperation") || strings.Contains(body, "signed a plan<") {
		t.Errorf("the agreement is not named by a noun phrase:\n%.2000s", body)
	}
	var list attache.EventList
	decode(t, do(t, h, "GET", "/api/v1/events?type=agreement", ""), &list)
	if len(list.Events) != 1 || len(list.Events[0].Sources) != 1 {
		t.Fatalf("agreements: %+v", list.Events)
	}
	// The article's own list of its events names them the same way.
	body = do(t, h, "GET", "/articles/"+list.Events[0].Sources[0].ArticleID, "").Body.String()
	if !strings.Contains(body, " · signing of a plan on training cooperation") {
		t.Errorf("the article page does not name its agreement by a noun phrase:\n%.3000s", body)
	}
}

// TestAPIEventsCarryLabels: every answer of the API that returns events
// gives each its title, and keeps the words the report kept as name.
func TestAPIEventsCarryLabels(t *testing.T) {
	h := labelledServer(t)
	var list attache.EventList
	decode(t, do(t, h, "GET", "/api/v1/events", ""), &list)
	checkLabels(t, "events", list.Events)
	var paged attache.EventList
	decode(t, do(t, h, "GET", "/api/v1/events?limit=1&sort=recent", ""), &paged)
	checkLabels(t, "a page of events", paged.Events)
	for _, ev := range list.Events {
		if ev.Type == "agreement" && ev.Name != "signed a plan" {
			t.Errorf("the agreement's name is %q, want the words kept", ev.Name)
		}
	}

	if len(list.Events) == 0 || len(list.Events[0].Participants) == 0 {
		t.Fatalf("no party to profile: %+v", list.Events)
	}
	party := "/api/v1/entities/" + url.PathEscape(list.Events[0].Participants[0])
	var p attache.Profile
	decode(t, do(t, h, "GET", party, ""), &p)
	checkLabels(t, "profile", p.Events)
	var tl struct{ Events []attache.KBEvent }
	decode(t, do(t, h, "GET", party+"/timeline", ""), &tl)
	checkLabels(t, "timeline", tl.Events)

	var d attache.Dossier
	decode(t, do(t, h, "GET", "/api/v1/relations/VN/FR", ""), &d)
	checkLabels(t, "dossier events", d.Events)
	checkLabels(t, "dossier agreements", d.Agreements)
}

// TestExportsNameEventsByLabel: the exports that name events name them by
// their title; the csv events table keeps the words kept beside it.
func TestExportsNameEventsByLabel(t *testing.T) {
	h := labelledServer(t)
	w := do(t, h, "GET", "/api/v1/export?format=events", "")
	if w.Code != 200 {
		t.Fatalf("events export: %d %s", w.Code, w.Body)
	}
	n := 0
	for _, line := range strings.Split(strings.TrimSpace(w.Body.String()), "\n") {
		var ev struct {
			Type  attache.EventType `json:"event_type"`
			Label string            `json:"label"`
		}
		if err := json.Unmarshal([]byte(line), &ev); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		if want := wantLabels[ev.Type]; ev.Label != want {
			t.Errorf("events export: %s labelled %q, want %q", ev.Type, ev.Label, want)
		}
		n++
	}
	if n != 2 {
		t.Errorf("events export: %d lines, want 2", n)
	}

	w = do(t, h, "GET", "/api/v1/export?format=csv&table=events", "")
	rows, err := csv.NewReader(w.Body).ReadAll()
	if err != nil || len(rows) != 3 {
		t.Fatalf("csv events: %v, %d rows", err, len(rows))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, r := range rows[1:] {
		typ := attache.EventType(r[col["type"]])
		if r[col["label"]] != wantLabels[typ] {
			t.Errorf("csv events: %s labelled %q, want %q", typ, r[col["label"]], wantLabels[typ])
		}
		if typ == "agreement" && r[col["name"]] != "signed a plan" {
			t.Errorf("csv events: the agreement's name is %q", r[col["name"]])
		}
	}

	body := do(t, h, "GET", "/api/v1/export?format=jsonld", "").Body.String()
	if !strings.Contains(body, `"signing of a plan on training cooperation"`) || strings.Contains(body, `"name":"signed a plan"`) {
		t.Errorf("jsonld does not name the agreement by its label:\n%.3000s", body)
	}
}

// TestOpenAPIDescribesEventLabel: the document says what label and name
// of an event are.
func TestOpenAPIDescribesEventLabel(t *testing.T) {
	var doc struct {
		Components struct {
			Schemas map[string]struct {
				Properties map[string]struct {
					Description string `json:"description"`
				} `json:"properties"`
			} `json:"schemas"`
		} `json:"components"`
	}
	if err := json.Unmarshal(openapiJSON, &doc); err != nil {
		t.Fatal(err)
	}
	ev := doc.Components.Schemas["KBEvent"].Properties
	if !strings.Contains(ev["label"].Description, "noun phrase") || !strings.Contains(ev["name"].Description, "Show label") {
		t.Errorf("KBEvent label %q, name %q", ev["label"].Description, ev["name"].Description)
	}
}
