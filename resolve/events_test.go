package resolve_test

import (
	"testing"

	"attache"
	"attache/resolve"
)

// sameEvent returns a check that reports a and b ("article#index") as
// one event of ev, or not, as want says.
func sameEvent(t *testing.T, ev map[string]string) func(a, b string, want bool) {
	return func(a, b string, want bool) {
		t.Helper()
		if got := ev[a] == ev[b]; got != want {
			t.Errorf("%s (%s) and %s (%s): one event = %v, want %v", a, ev[a], b, ev[b], got, want)
		}
	}
}

// eventsOf maps each article event (article#idx) to its knowledge-base
// event, with that event's salience per source.
func eventsOf(k *attache.Knowledge) (map[string]string, map[string]string) {
	ev, sal := map[string]string{}, map[string]string{}
	for _, e := range k.Events {
		for _, s := range e.Sources {
			key := s.ArticleID + "#" + string(rune('0'+s.Idx))
			ev[key], sal[key] = e.ID, s.Salience
		}
	}
	return ev, sal
}

func TestEventLinking(t *testing.T) {
	k := defaultKB(t)
	chien := person("Hoang Xuan Chien", nil, "Senior Lieutenant General", "VN", []string{"Deputy Minister of National Defence"}, nil)
	fomin := func(name string) attache.Entity { return person(name, nil, "", "RU", nil, nil) }
	teodoro := person("Gilberto Teodoro", nil, "", "PH", nil, nil)
	as := []*attache.Article{
		// Two reports of the March 4 talks, names written differently.
		article("t1", "2025-03-04", []attache.Entity{chien, fomin("Alexander Vasilyevich Fomin")}, []attache.Event{
			{Type: "meeting", Date: "2025-03-04", Place: "Hanoi", Participants: []string{"Hoang Xuan Chien", "Alexander Vasilyevich Fomin"}, Salience: "main"},
		}),
		article("t2", "2025-03-05", []attache.Entity{person("Hoàng Xuân Chiến", nil, "", "VN", nil, nil), fomin("Alexander Fomin")}, []attache.Event{
			{Type: "meeting", Date: "2025-03-04", Place: "Hà Nội", Participants: []string{"Hoàng Xuân Chiến", "Alexander Fomin"}, Salience: "main"},
			{Type: "meeting", Date: "2025-03-05", Participants: []string{"Alexander Fomin"}, Salience: "main"},
		}),
		// A later report recalls the talks, and reports a new meeting.
		article("t3", "2025-04-20", []attache.Entity{chien, fomin("Aleksandr Fomin"), person("Andrei Belousov", nil, "", "RU", nil, nil)}, []attache.Event{
			{Type: "meeting", Date: "2025-04-18", Participants: []string{"Hoang Xuan Chien", "Andrei Belousov"}, Salience: "main"},
			{Type: "meeting", Date: "2025-03-04", Participants: []string{"Hoang Xuan Chien", "Aleksandr Fomin"}, Salience: "background"},
		}),
		// Exercises: a joint sail in April and an exercise in July stay
		// apart; a year-only mention could be either, and joins neither.
		article("x1", "2024-04-08", []attache.Entity{teodoro}, []attache.Event{
			{Type: "exercise", Date: "2024-04-07", Participants: []string{"Gilberto Teodoro"}, Salience: "main"},
		}),
		article("x2", "2024-07-20", []attache.Entity{teodoro}, []attache.Event{
			{Type: "exercise", Date: "2024-07", Participants: []string{"Gilberto Teodoro"}, Salience: "main"},
		}),
		article("x3", "2024-09-01", []attache.Entity{teodoro}, []attache.Event{
			{Type: "exercise", Date: "2024", Participants: []string{"Gilberto Teodoro"}, Salience: "reported"},
		}),
		// A year-only report of the only meeting it can be joins it.
		article("y1", "2024-03-05", []attache.Entity{person("Shin Won-sik", nil, "", "KR", nil, nil)}, []attache.Event{
			{Type: "meeting", Date: "2024-03-05", Participants: []string{"Shin Won-sik"}, Salience: "main"},
		}),
		article("y2", "2024-03-06", []attache.Entity{person("Shin Wonsik", nil, "", "KR", nil, nil)}, []attache.Event{
			{Type: "meeting", Date: "2024", Participants: []string{"Shin Wonsik"}, Salience: "main"},
		}),
		// A named exercise dated by its start in one report and its end
		// in another is one event.
		article("p1", "2024-07-12", nil, []attache.Event{{Type: "exercise", Name: "Exercise Pitch Black", Date: "2024-07-12", Participants: []string{"AU"}, Salience: "main"}}),
		article("p2", "2024-08-02", nil, []attache.Event{{Type: "exercise", Name: "Pitch Black", Date: "2024-08-02", Participants: []string{"AU"}, Salience: "main"}}),
	}
	ev, sal := eventsOf(resolve.Build(k, as).Knowledge())
	same := sameEvent(t, ev)
	same("t1#0", "t2#0", true)
	same("t1#0", "t3#1", true)
	same("t2#1", "t1#0", false)
	same("t3#0", "t1#0", false)
	if sal["t3#1"] != "background" {
		t.Errorf("the recalled talks are a %q source, want background", sal["t3#1"])
	}
	same("x1#0", "x2#0", false)
	same("x3#0", "x1#0", false)
	same("x3#0", "x2#0", false)
	same("y1#0", "y2#0", true)
	same("p1#0", "p2#0", true)
}

// TestEventIDFromEarliestReport: an event's id is that of its earliest
// report (by publication day, then article id), so that it is kept when
// later news joins it, which is how news mostly arrives. A report older
// than all the others that joins it gives the event its id: the id must
// be the same whatever order the articles came in (TestBuildIgnoresOrder),
// and after one report alone it can only name that report.
func TestEventIDFromEarliestReport(t *testing.T) {
	k := defaultKB(t)
	report := func(id, published string) *attache.Article {
		return article(id, published, []attache.Entity{personOf("Phan Van Giang", "VN"), personOf("Tea Seiha", "KH")}, []attache.Event{
			{Type: "meeting", Date: "2025-03-04", Place: "Hanoi", Participants: []string{"Phan Van Giang", "Tea Seiha"}, Salience: "main"},
		})
	}
	first, later, older := report("b", "2025-03-05"), report("a", "2025-03-06"), report("c", "2025-03-04")
	idOf := func(as ...*attache.Article) string {
		ev, _ := eventsOf(resolve.Build(k, as).Knowledge())
		return ev["b#0"]
	}
	alone := idOf(first)
	if got := idOf(first, later); got != alone {
		t.Errorf("a later report joined: id %s, want %s kept", got, alone)
	}
	if got := idOf(later, first); got != alone {
		t.Errorf("a later report stored first: id %s, want %s", got, alone)
	}
	if got := idOf(first, later, older); got != "event:c#0" {
		t.Errorf("an older report joined: id %s, want event:c#0", got)
	}
}
