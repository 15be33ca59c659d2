package server

import (
	"fmt"
	"strings"
	"testing"

	"attache"
)

// TestDossierListsLatest: a dossier's page lists its latest dossierShown
// events and agreements, in date order, and links to the paged list for
// the rest; a small dossier lists all and no link.
func TestDossierListsLatest(t *testing.T) {
	s, _ := newTestServer(t, "")
	events := func(n int, typ attache.EventType) []attache.KBEvent {
		var evs []attache.KBEvent
		for i := range n {
			evs = append(evs, attache.KBEvent{ID: fmt.Sprintf("%s-%02d", typ, i), Type: typ, Date: fmt.Sprintf("2024-01-%02d", i+1)})
		}
		return evs
	}
	big := &attache.Dossier{A: "VN", B: "RU", Total: 140, Events: events(100, "meeting"), Agreements: events(30, "agreement")}
	p := relationsPage{A: "VN", B: "RU", D: big}
	s.dossierLists(&p, dossierShown)
	if len(p.Events) != dossierShown || p.Events[0].ID != "meeting-80" || p.Events[dossierShown-1].ID != "meeting-99" || !p.MoreEvents {
		t.Errorf("events: %d rows from %s, more %v; want the latest %d from meeting-80, and more", len(p.Events), p.Events[0].ID, p.MoreEvents, dossierShown)
	}
	if len(p.Agreements) != dossierShown || p.Agreements[0].ID != "agreement-10" || !p.MoreAgreements {
		t.Errorf("agreements: %d rows from %s, more %v; want the latest %d from agreement-10, and more", len(p.Agreements), p.Agreements[0].ID, p.MoreAgreements, dossierShown)
	}
	small := &attache.Dossier{A: "VN", B: "RU", Total: 5, Events: events(5, "meeting"), Agreements: events(2, "agreement")}
	p = relationsPage{A: "VN", B: "RU", D: small}
	s.dossierLists(&p, dossierShown)
	if len(p.Events) != 5 || len(p.Agreements) != 2 || p.MoreEvents || p.MoreAgreements {
		t.Errorf("small dossier: %d events, %d agreements, more %v %v; want all and no more", len(p.Events), len(p.Agreements), p.MoreEvents, p.MoreAgreements)
	}
}

// TestDossierPageMoreLinks: the page says how many its timeline shows and
// offers the paged list only when the dossier holds more than it lists.
func TestDossierPageMoreLinks(t *testing.T) {
	s, st := newTestServer(t, "")
	seedArticles(t, st)
	w := do(t, s.Handler(), "GET", "/relations/VN/RU", "")
	body := w.Body.String()
	if w.Code != 200 || !strings.Contains(body, `id="latest-events"`) || !strings.Contains(body, `<h2>Timeline <span class="muted">(2)`) {
		t.Fatalf("dossier page: %d, want the latest events and a timeline of 2", w.Code)
	}
	for _, id := range []string{`id="more-events"`, `id="more-agreements"`} {
		if strings.Contains(body, id) {
			t.Errorf("a dossier of 2 events links to more (%s)", id)
		}
	}
}
