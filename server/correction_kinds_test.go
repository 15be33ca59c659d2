package server

import (
	"net/url"
	"slices"
	"strings"
	"testing"

	"attache"
)

// TestEveryCorrectionKindInAPIAndUI: each kind of correction the knowledge
// base keeps is accepted by the API and offered by a form of the UI to a
// signed-in analyst (the CLI's table is checked in cmd/attache).
func TestEveryCorrectionKindInAPIAndUI(t *testing.T) {
	s, st := newTestServer(t, testToken)
	seedArticles(t, st)
	seedUnplacedDeployment(t, st)
	h := s.Handler()
	cookie := login(t, s)
	var pages strings.Builder
	for _, p := range []string{"/entities/Phan%20Van%20Giang", "/events", "/deployments"} {
		w := do(t, h, "GET", p, "", "Cookie", cookie)
		if w.Code != 200 {
			t.Fatalf("%s: %d", p, w.Code)
		}
		pages.WriteString(w.Body.String())
	}
	for _, k := range attache.CorrectionKinds {
		api := APIKind(k)
		if StoreKind(api) != k {
			t.Errorf("kind %s: the API's name %s leads back to %s", k, api, StoreKind(api))
		}
		if !slices.Contains(correctionKinds, api) {
			t.Errorf("the API does not accept the correction kind %s (%s)", api, k)
		}
		if !strings.Contains(pages.String(), `name="kind" value="`+api+`"`) {
			t.Errorf("no form of the UI offers the correction kind %s", api)
		}
	}
}

// TestEntityCorrectionForms posts the entity page's forms for aliases,
// splitting, the type and a fact's confirmation, and checks the profile
// each time.
func TestEntityCorrectionForms(t *testing.T) {
	s, st := newTestServer(t, testToken)
	seedArticles(t, st)
	h := s.Handler()
	cookie := login(t, s)
	profile := func(name string) attache.Profile {
		t.Helper()
		var p attache.Profile
		decode(t, do(t, h, "GET", "/api/v1/entities/"+url.PathEscape(name), ""), &p)
		return p
	}
	post := func(form url.Values) {
		t.Helper()
		page := do(t, h, "GET", "/entities/Phan%20Van%20Giang", "", "Cookie", cookie).Body.String()
		form.Set("csrf", csrfOf(t, page))
		w := do(t, h, "POST", "/corrections", form.Encode(), "Cookie", cookie, "Content-Type", "application/x-www-form-urlencoded")
		if w.Code != 303 {
			t.Fatalf("%v: %d %s", form, w.Code, w.Body)
		}
	}
	giang := profile("Phan Van Giang")

	post(url.Values{"kind": {"alias-add"}, "entity": {giang.Entity.Name}, "target": {"Minister Giang"}})
	if p := profile("Minister Giang"); p.Entity.ID != giang.Entity.ID {
		t.Errorf("after alias-add, Minister Giang is %s, want %s", p.Entity.ID, giang.Entity.ID)
	}
	post(url.Values{"kind": {"alias-remove"}, "entity": {giang.Entity.Name}, "target": {"Minister Giang"}})
	if p := profile(giang.Entity.ID); slices.Contains(p.Entity.Aliases, "Minister Giang") {
		t.Errorf("after alias-remove, aliases %v", p.Entity.Aliases)
	}
	post(url.Values{"kind": {"split"}, "entity": {giang.Entity.Name}, "name": {"Giang"}})
	if p := profile("Giang"); p.Entity.ID == giang.Entity.ID {
		t.Errorf("after split, Giang is still %s", p.Entity.ID)
	}
	post(url.Values{"kind": {"retype"}, "entity": {"Alexander Fomin"}, "value": {"organization"}})
	if p := profile("Alexander Fomin"); p.Entity.Type != attache.Organization {
		t.Errorf("after retype, Fomin is a %s", p.Entity.Type)
	}
	ev := giang.Events[0].ID
	post(url.Values{"kind": {"confirm-fact"}, "target": {ev}, "next": {"/events"}})
	var list attache.EventList
	decode(t, do(t, h, "GET", "/api/v1/events", ""), &list)
	if i := slices.IndexFunc(list.Events, func(e attache.KBEvent) bool { return e.ID == ev }); i < 0 || !list.Events[i].Confirmed {
		t.Errorf("after confirm-fact, event %s is not confirmed", ev)
	}
	// A name the entity is not written as answers 404, and is not logged.
	for _, body := range []string{`{"kind":"alias-remove","entity":"Alexander Fomin","target":"Zorro"}`, `{"kind":"split","entity":"Alexander Fomin","value":"Zorro"}`} {
		if w := do(t, h, "POST", "/api/v1/corrections", body, "Authorization", "Bearer "+testToken, "Content-Type", "application/json"); w.Code != 404 {
			t.Errorf("%s: %d %s, want 404", body, w.Code, w.Body)
		}
	}
	var cs struct{ Corrections []Correction }
	decode(t, do(t, h, "GET", "/api/v1/corrections", ""), &cs)
	var kinds []string
	for _, c := range cs.Corrections {
		kinds = append(kinds, c.Kind)
	}
	slices.Sort(kinds)
	if want := []string{"alias-add", "alias-remove", "confirm-fact", "retype", "split"}; !slices.Equal(kinds, want) {
		t.Errorf("corrections logged %v, want %v", kinds, want)
	}
}
