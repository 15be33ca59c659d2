package resolve_test

import (
	"testing"

	"attache"
	"attache/resolve"
)

// TestEventsThatLastDays: a visit reported by its first day, by its range
// and by its last day is one visit, and keeps the range as its date; a
// conference in one city on one day is one event though each agency
// names only its own minister there, but not two conferences of other
// proper names (an unnamed report joins one of them), nor one in another
// city or given only by its country, nor a meeting of such persons.
func TestEventsThatLastDays(t *testing.T) {
	k := defaultKB(t)
	as := []*attache.Article{
		article("v1", "2025-06-02", []attache.Entity{personOf("Gilberto Teodoro Jr.", "PH")}, []attache.Event{
			{Type: "visit", Date: "2025-06-02", Place: "Tokyo", Participants: []string{"Gilberto Teodoro Jr."}, Salience: "main"},
		}),
		article("v2", "2025-06-04", []attache.Entity{personOf("Gen Nakatani", "JP"), personOf("Gilberto Teodoro", "PH")}, []attache.Event{
			{Type: "visit", Date: "2025-06-02/2025-06-04", Place: "JP", Participants: []string{"Gen Nakatani", "Gilberto Teodoro"}, Salience: "main"},
		}),
		article("v3", "2025-06-05", []attache.Entity{personOf("Gilberto Teodoro", "PH")}, []attache.Event{
			{Type: "visit", Date: "2025-06-04", Place: "JP", Participants: []string{"Gilberto Teodoro"}, Salience: "main"},
		}),
		// Another visit of his, days later.
		article("v4", "2025-06-10", []attache.Entity{personOf("Gilberto Teodoro", "PH")}, []attache.Event{
			{Type: "visit", Date: "2025-06-09", Place: "Canberra", Participants: []string{"Gilberto Teodoro"}, Salience: "main"},
		}),
		article("c1", "2025-11-01", []attache.Entity{personOf("Pete Hegseth", "US")}, []attache.Event{
			{Type: "conference", Date: "2025-11-01", Place: "Kuala Lumpur", Participants: []string{"Pete Hegseth"}, Salience: "main"},
		}),
		article("c2", "2025-11-02", []attache.Entity{personOf("Phan Van Giang", "VN")}, []attache.Event{
			{Type: "conference", Date: "2025-11-01", Place: "KUALA LUMPUR", Participants: []string{"Phan Van Giang"}, Salience: "main"},
		}),
		article("c3", "2025-11-02", []attache.Entity{personOf("Richard Marles", "AU")}, []attache.Event{
			{Type: "conference", Date: "2025-11-01", Place: "Kuala Lumpur", Name: "ASEAN Defence Industry Forum", Participants: []string{"Richard Marles"}, Salience: "main"},
		}),
		article("c4", "2025-11-02", []attache.Entity{personOf("Gen Nakatani", "JP")}, []attache.Event{
			{Type: "conference", Date: "2025-11-01", Place: "Kuala Lumpur", Name: "ADMM-Plus", Participants: []string{"Gen Nakatani"}, Salience: "main"},
		}),
		article("c5", "2025-11-02", []attache.Entity{personOf("Sjafrie Sjamsoeddin", "ID")}, []attache.Event{
			{Type: "conference", Date: "2025-11-01", Place: "Penang", Participants: []string{"Sjafrie Sjamsoeddin"}, Salience: "main"},
		}),
		article("c6", "2025-11-02", []attache.Entity{personOf("Rajnath Singh", "IN")}, []attache.Event{
			{Type: "conference", Date: "2025-11-01", Place: "MY", Participants: []string{"Rajnath Singh"}, Salience: "main"},
		}),
		article("c7", "2025-11-01", []attache.Entity{personOf("Pete Hegseth", "US"), personOf("Dong Jun", "CN")}, []attache.Event{
			{Type: "meeting", Date: "2025-11-01", Place: "Kuala Lumpur", Participants: []string{"Pete Hegseth", "Dong Jun"}, Salience: "main"},
		}),
	}
	kn := resolve.Build(k, as).Knowledge()
	ev, _ := eventsOf(kn)
	same := sameEvent(t, ev)
	same("v1#0", "v2#0", true)
	same("v3#0", "v2#0", true)
	same("v4#0", "v2#0", false)
	same("c1#0", "c2#0", true)
	same("c3#0", "c4#0", false)
	same("c5#0", "c1#0", false)
	same("c6#0", "c1#0", false)
	same("c7#0", "c1#0", false)
	for _, e := range kn.Events {
		if e.ID == ev["v1#0"] && e.Date != "2025-06-02/2025-06-04" {
			t.Errorf("visit dated %s, want the range 2025-06-02/2025-06-04", e.Date)
		}
	}
}

// TestEventNamesKeepApart: two exercises of one air force whose dates
// overlap are two when each has its own proper name; the name with and
// without its type word and year is one.
func TestEventNamesKeepApart(t *testing.T) {
	k := defaultKB(t)
	raaf := attache.Entity{Type: attache.Organization, Name: "Royal Australian Air Force", Country: "AU"}
	ex := func(id, published, date, name string) *attache.Article {
		return article(id, published, []attache.Entity{raaf}, []attache.Event{
			{Type: "exercise", Date: date, Name: name, Participants: []string{"Royal Australian Air Force", "AU"}, Salience: "main"},
		})
	}
	as := []*attache.Article{
		ex("x1", "2024-07-12", "2024-07-12/2024-08-02", "Exercise Pitch Black 2024"),
		ex("x2", "2024-07-20", "2024-07-19", "Exercise Elang AusIndo"),
		ex("x3", "2024-08-03", "2024-08-02", "Pitch Black"),
	}
	ev, _ := eventsOf(resolve.Build(k, as).Knowledge())
	if ev["x1#0"] == ev["x2#0"] {
		t.Errorf("Pitch Black and Elang AusIndo are one event %s", ev["x1#0"])
	}
	if ev["x1#0"] != ev["x3#0"] {
		t.Errorf("Exercise Pitch Black 2024 (%s) and Pitch Black (%s) are two events", ev["x1#0"], ev["x3#0"])
	}
}

// TestExercisesNamedByCountries: an exercise one agency names and another
// gives only by its countries ("the joint drills of Australia and the
// United States that opened in Australia on Sunday") is one exercise when
// the day is its first or last and the places agree at any scale; a
// drill of those countries inside its range (a joint sail during it), in
// another city that day, or of one of them with another country, stays
// apart, and so does a ceremony of the same shape.
func TestExercisesNamedByCountries(t *testing.T) {
	k := defaultKB(t)
	org := func(name, country string) attache.Entity {
		return attache.Entity{Type: attache.Organization, Name: name, Country: country}
	}
	dod, marines := org("Department of Defence", "AU"), org("Philippine Marines", "PH")
	ex := func(id, published, typ, date, place, name string, participants ...string) *attache.Article {
		return article(id, published, []attache.Entity{dod, marines}, []attache.Event{
			{Type: typ, Date: date, Place: place, Name: name, Participants: participants, Salience: "main"},
		})
	}
	as := []*attache.Article{
		ex("x1", "2025-07-14", "exercise", "2025-07-13/2025-08-04", "Sydney", "Exercise Talisman Sabre 2025", "Department of Defence", "AU", "US"),
		ex("x2", "2025-07-15", "exercise", "2025-07-13", "AU", "", "Philippine Marines", "PH", "AU", "US"),
		ex("x3", "2025-08-05", "exercise", "2025-08-04", "Australia", "", "AU", "US"),
		ex("x4", "2025-07-21", "exercise", "2025-07-20", "AU", "", "AU", "US"),
		ex("x5", "2025-07-14", "exercise", "2025-07-13", "Darwin", "", "AU", "US"),
		ex("x6", "2025-07-14", "exercise", "2025-07-13", "AU", "", "AU", "ID"),
		ex("c1", "2025-07-14", "ceremony", "2025-07-13", "Sydney", "", "Department of Defence", "AU", "US"),
		ex("c2", "2025-07-15", "ceremony", "2025-07-13", "AU", "", "Philippine Marines", "PH", "AU", "US"),
	}
	ev, _ := eventsOf(resolve.Build(k, as).Knowledge())
	same := sameEvent(t, ev)
	same("x2#0", "x1#0", true)
	same("x3#0", "x1#0", true)
	same("x4#0", "x1#0", false)
	same("x5#0", "x1#0", false)
	same("x6#0", "x1#0", false)
	same("c2#0", "c1#0", false)
}
