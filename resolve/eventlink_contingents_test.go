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
