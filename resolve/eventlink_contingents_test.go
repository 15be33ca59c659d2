package resolve_test

import (
	"testing"

	"attache"
	"attache/resolve"
)

// TestEventLinkContingentFirstGroups: a contingent seen off at home with
// its full strength and its first group reported landing at the mission
// two days later ("the first 300 troops of the battalion") is one
// deployment. Next to it, what stays apart: a smaller group of the
// country to the mission that month told with no word of a first group,
// a first group larger than the contingent, and a first group of another
// country or another mission.
func TestEventLinkContingentFirstGroups(t *testing.T) {
	k := defaultKB(t)
	deploy := func(date, place, mission string, n int, country, evidence string) attache.Event {
		return attache.Event{Type: "deployment", Date: date, Place: place, Mission: mission, Personnel: n,
			Participants: []string{country}, Salience: "main", Evidence: evidence}
	}
	as := []*attache.Article{
		article("m1", "2027-05-11", nil, []attache.Event{deploy("2027-05-11", "SS", "UNMISS", 850, "MN",
			"Mongolia saw off 850 peacekeepers bound for South Sudan on Tuesday.")}),
		article("m2", "2027-05-14", nil, []attache.Event{deploy("2027-05-13", "Bentiu", "UNMISS", 300, "MN",
			"The first 300 troops of Mongolia's new battalion arrived in Bentiu on Thursday.")}),
		article("m3", "2027-05-28", nil, []attache.Event{deploy("2027-05-27", "Juba", "UNMISS", 120, "MN",
			"A Mongolian engineering company of 120 arrived in Juba on Thursday.")}),
		article("m4", "2027-05-14", nil, []attache.Event{deploy("2027-05-13", "Bentiu", "UNMISS", 900, "MN",
			"The first 900 troops arrived in Bentiu on Thursday.")}),
		article("m5", "2027-05-14", nil, []attache.Event{deploy("2027-05-13", "Bentiu", "UNMISS", 300, "NP",
			"The first 300 Nepalese troops arrived in Bentiu on Thursday.")}),
		article("m6", "2027-05-14", nil, []attache.Event{deploy("2027-05-13", "Abyei", "UNISFA", 300, "MN",
			"The first 300 troops of the battalion arrived in Abyei on Thursday.")}),
	}
	ev, _ := eventsOf(resolve.Build(k, as).Knowledge())
	same := sameEvent(t, ev)
	same("m1#0", "m2#0", true)
	same("m1#0", "m3#0", false)
	same("m1#0", "m4#0", false)
	same("m1#0", "m5#0", false)
	same("m1#0", "m6#0", false)
}

// TestEventLinkContingentTakenForTheHosts: the mission's own report of a
// contingent's arrival may give it the host country ("a battalion of 850
// arrived in Malakal", country South Sudan); it is the contingent seen
// off for Malakal that week. Apart: a report of the host country's that
// is placed in another city, and one of another country placed abroad,
// each beside the send-off alone.
func TestEventLinkContingentTakenForTheHosts(t *testing.T) {
	k := defaultKB(t)
	deploy := func(date, place string, n int, country, evidence string) attache.Event {
		return attache.Event{Type: "deployment", Date: date, Place: place, Mission: "UNMISS", Personnel: n,
			Participants: []string{country}, Salience: "main", Evidence: evidence}
	}
	as := []*attache.Article{
		article("r1", "2027-02-05", nil, []attache.Event{deploy("2027-02-05", "Malakal", 850, "RW",
			"Rwanda saw off 850 peacekeepers bound for Malakal on Friday.")}),
		article("r2", "2027-02-07", nil, []attache.Event{deploy("2027-02-06", "Malakal", 850, "SS",
			"A battalion of 850 peacekeepers arrived in Malakal on Saturday, the mission said.")}),
		article("r3", "2027-02-07", nil, []attache.Event{deploy("2027-02-06", "Bentiu", 850, "SS",
			"A battalion of 850 peacekeepers arrived in Bentiu on Saturday, the mission said.")}),
		article("r4", "2027-02-07", nil, []attache.Event{deploy("2027-02-06", "Kigali", 850, "KE",
			"850 Kenyan peacekeepers landed in Kigali on Saturday on their way to the mission.")}),
	}
	// each near miss beside the send-off alone: once joined, the
	// contingent holds the host country too
	for _, tc := range []struct {
		other string
		want  bool
	}{{"r2", true}, {"r3", false}, {"r4", false}} {
		var pair []*attache.Article
		for _, a := range as {
			if a.ID == "r1" || a.ID == tc.other {
				pair = append(pair, a)
			}
		}
		ev, _ := eventsOf(resolve.Build(k, pair).Knowledge())
		sameEvent(t, ev)("r1#0", tc.other+"#0", tc.want)
	}
}

// TestEventLinkShipVoyages: a warship that sails for a mission and
// arrives five weeks later ("the frigate Tamandaré sailed ... to join the
// UNIFIL Maritime Task Force", "the frigate Tamandaré arrived at the Port
// of Beirut") is one deployment, as is a ship named by its prefix. Apart:
// the ship it relieves sailing home that month, another country's ship,
// a ship of the same name going to another mission, and the same ship's
// arrival more than two months after its sailing.
func TestEventLinkShipVoyages(t *testing.T) {
	k := defaultKB(t)
	deploy := func(date, place, mission, country, evidence string) attache.Event {
		return attache.Event{Type: "deployment", Date: date, Place: place, Mission: mission,
			Participants: []string{country}, Salience: "main", Evidence: evidence}
	}
	as := []*attache.Article{
		article("s1", "2027-01-14", nil, []attache.Event{deploy("2027-01-13", "LB", "UNIFIL", "BR",
			"The Brazilian frigate Tamandaré sailed from the Rio de Janeiro Naval Base on Wednesday to join the UNIFIL Maritime Task Force.")}),
		article("s2", "2027-02-20", nil, []attache.Event{deploy("2027-02-20", "Port of Beirut", "UNIFIL", "BR",
			"The frigate Tamandaré arrived at the Port of Beirut on Saturday to join the task force of UNIFIL.")}),
		article("s3", "2027-02-26", nil, []attache.Event{deploy("2027-02-26", "Rio de Janeiro", "UNIFIL", "BR",
			"The frigate Niterói left Beirut on Friday for Rio de Janeiro, handing over to the frigate Tamandaré.")}),
		article("s4", "2027-02-20", nil, []attache.Event{deploy("2027-02-20", "Port of Beirut", "UNIFIL", "TR",
			"The Turkish corvette Tamandaré arrived at the Port of Beirut on Saturday.")}),
		article("s5", "2027-02-20", nil, []attache.Event{deploy("2027-02-20", "Port Sudan", "UNMISS", "BR",
			"The frigate Tamandaré arrived at Port Sudan on Saturday.")}),
		article("h1", "2027-03-03", nil, []attache.Event{deploy("2027-03-02", "Kiel", "UNIFIL", "DE",
			"The corvette FGS Erfurt set sail from Kiel on Tuesday for the UNIFIL mission.")}),
		article("h2", "2027-04-01", nil, []attache.Event{deploy("2027-04-01", "Limassol", "UNIFIL", "DE",
			"FGS Erfurt reached the waters off Lebanon on Thursday to join UNIFIL.")}),
		article("h3", "2027-06-10", nil, []attache.Event{deploy("2027-06-10", "Beirut", "UNIFIL", "DE",
			"The corvette Erfurt arrived in Beirut on Thursday.")}),
	}
	ev, _ := eventsOf(resolve.Build(k, as).Knowledge())
	same := sameEvent(t, ev)
	same("s1#0", "s2#0", true)
	same("s1#0", "s3#0", false)
	same("s2#0", "s3#0", false)
	same("s1#0", "s4#0", false)
	same("s1#0", "s5#0", false)
	same("h1#0", "h2#0", true)
	same("h1#0", "h3#0", false)
}
