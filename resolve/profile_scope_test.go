package resolve_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"attache"
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
