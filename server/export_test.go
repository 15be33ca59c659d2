package server

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"attache"
	"attache/export"
)

// TestAPIExport downloads every format of the seeded base through the
// API, a jsonl backup that imports into an empty store, and a filtered
// events file; bad formats, tables and filters are 400 or 404 in JSON.
func TestAPIExport(t *testing.T) {
	s, st := newTestServer(t, testToken)
	seedArticles(t, st)
	h := s.Handler()
	for _, f := range export.Formats {
		w := do(t, h, "GET", "/api/v1/export?format="+f, "")
		if w.Code != http.StatusOK || w.Body.Len() == 0 {
			t.Errorf("%s: %d %s", f, w.Code, w.Body.String())
			continue
		}
		mime, ext := export.ContentType(f, export.Options{})
		if w.Header().Get("Content-Type") != mime || !strings.Contains(w.Header().Get("Content-Disposition"), "attachment; filename=\"attache-export."+ext) {
			t.Errorf("%s: headers %v", f, w.Header())
		}
	}

	w := do(t, h, "GET", "/api/v1/export?format=jsonl", "")
	dst := mustOpenStore(t)
	stats, err := export.Import(context.Background(), bytes.NewReader(w.Body.Bytes()), dst, nil)
	if err != nil || stats.Articles != 3 || stats.Events == 0 {
		t.Errorf("import of the API's jsonl: %+v %v", stats, err)
	}

	w = do(t, h, "GET", "/api/v1/export?format=events&country=vn&with=RU", "")
	lines := strings.Split(strings.TrimSpace(w.Body.String()), "\n")
	list, err := s.knowledge.FindEvents(context.Background(), attache.EventQuery{Country: "VN", With: "RU"})
	if err != nil || len(list.Events) == 0 || len(lines) != len(list.Events) {
		t.Errorf("VN–RU events: %d lines, %d events (%v)", len(lines), len(list.Events), err)
	}
	for i, line := range lines {
		var d export.DataEvent
		if err := json.Unmarshal([]byte(line), &d); err != nil || i < len(list.Events) && d.ID != list.Events[i].ID {
			t.Errorf("line %d: %v %s", i+1, err, line)
		}
	}

	for target, code := range map[string]int{
		"/api/v1/export?format=pdf":               http.StatusBadRequest,
		"/api/v1/export?format=csv&table=nope":    http.StatusBadRequest,
		"/api/v1/export?format=jsonl&country=XYZ": http.StatusBadRequest,
		"/api/v1/export?entity=Nobody+At+All":     http.StatusNotFound,
		"/api/v1/export?format=events&type=nope":  http.StatusBadRequest,
	} {
		w := do(t, h, "GET", target, "")
		if w.Code != code || !strings.Contains(w.Header().Get("Content-Type"), "application/json") {
			t.Errorf("%s: %d %s, want %d in JSON", target, w.Code, w.Header().Get("Content-Type"), code)
		}
	}
}

// TestDownloadLinks checks that the entity, dossier, events and ledger
// pages link to the export of what they show.
func TestDownloadLinks(t *testing.T) {
	s, st := newTestServer(t, testToken)
	seedArticles(t, st)
	h := s.Handler()
	for page, want := range map[string]string{
		"/entities/Phan%20V%C4%83n%20Giang":      "/api/v1/export?entity=person",
		"/relations?a=VN&b=RU":                   "/api/v1/export?country=VN&amp;format=graphml&amp;with=RU",
		"/events?type=meeting&country=VN":        "/api/v1/export?country=VN&amp;format=csv&amp;type=meeting",
		"/deployments?country=VN&mission=UNMISS": "/api/v1/export?country=VN&amp;format=csv&amp;mission=UNMISS&amp;type=deployment",
	} {
		w := do(t, h, "GET", page, "")
		if w.Code != http.StatusOK || !strings.Contains(w.Body.String(), want) {
			t.Errorf("%s: %d, no link %s in\n%s", page, w.Code, want, w.Body.String())
		}
	}
}
