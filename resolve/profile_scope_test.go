package resolve_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"attache"
	"attache/resolve"
)

func partnersOf(p *attache.Profile) string {
	var out []string
	for _, c := range p.Partners {
		out = append(out, fmt.Sprintf("%s %s %d", c.ID, c.Name, c.Events))
	}
	return strings.Join(out, ", ")
}

// TestCountryAndMissionProfiles: a country's profile has the events it is
// a party of and the countries it shares them with; a mission's, the
// deployments to it and the countries that sent them.
func TestCountryAndMissionProfiles(t *testing.T) {
	ctx := context.Background()
	svc, db := openService(t)
	unmiss := attache.Entity{Type: attache.Organization, Name: "UN Mission in South Sudan", Aliases: []string{"UNMISS"}}
	mustPut(t, db, svc, append(fixture(),
		article("a5", "2024-05-06", []attache.Entity{country("Vietnam", "VN"), unmiss}, []attache.Event{
			{Type: "deployment", Date: "2024-05-05", Participants: []string{"VN"}, Mission: "UNMISS", Personnel: 60}}),
	)...)
	vn, err := svc.EntityProfile(ctx, "country:VN")
	if err != nil {
		t.Fatal(err)
	}
	// The dialogue and the two meetings with Russia, the deployment(s).
	if len(vn.Events) < 4 {
		t.Errorf("Vietnam's profile has %d events, want its meetings, dialogue and deployments", len(vn.Events))
	}
	for _, ev := range vn.Events {
		if !strings.Contains(strings.Join(ev.Countries, ","), "VN") {
			t.Errorf("event %s of Vietnam's profile is not Vietnam's: %v", ev.ID, ev.Countries)
		}
	}
	if got := partnersOf(vn); got != "country:RU Russia 3" {
		t.Errorf("Vietnam's partners: %s", got)
	}
	m, err := svc.EntityProfile(ctx, "UNMISS")
	if err != nil {
		t.Fatal(err)
	}
	if m.Mission != "UNMISS" || len(m.Events) != 2 {
		t.Errorf("mission profile: mission %q, %d events; want UNMISS and its two deployments", m.Mission, len(m.Events))
	}
	if got := partnersOf(m); got != "country:VN Vietnam 2" {
		t.Errorf("mission's sending countries: %s", got)
	}
	g, err := svc.EntityProfile(ctx, "Phan Van Giang")
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Partners) != 0 || g.Mission != "" {
		t.Errorf("a person's profile has partners %v or mission %q", g.Partners, g.Mission)
	}
}

// TestScopedProfilesListLatest: a country's and a mission's profile read
// only their latest ScopeEvents events, in date order.
func TestScopedProfilesListLatest(t *testing.T) {
	ctx := context.Background()
	svc, db := openService(t)
	unmiss := attache.Entity{Type: attache.Organization, Name: "UN Mission in South Sudan", Aliases: []string{"UNMISS"}}
	n := resolve.ScopeEvents + 5
	var as []*attache.Article
	for i := range n {
		date := fmt.Sprintf("2024-03-%02d", i+1)
		as = append(as, article(fmt.Sprintf("d%02d", i), date, []attache.Entity{country("Vietnam", "VN"), unmiss}, []attache.Event{
			{Type: "deployment", Date: date, Participants: []string{"VN"}, Mission: "UNMISS", Personnel: 10 + i}}))
	}
	mustPut(t, db, svc, as...)
	for _, name := range []string{"country:VN", "UNMISS"} {
		p, err := svc.EntityProfile(ctx, name)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Events) != resolve.ScopeEvents {
			t.Errorf("%s: %d events, want the latest %d", name, len(p.Events), resolve.ScopeEvents)
			continue
		}
		first, last := p.Events[0].Date, p.Events[len(p.Events)-1].Date
		if want := fmt.Sprintf("2024-03-%02d", n-resolve.ScopeEvents+1); first != want || last != fmt.Sprintf("2024-03-%02d", n) {
			t.Errorf("%s: events from %s to %s, want %s to the last day", name, first, last, want)
		}
	}
}
