package resolve_test

import (
	"testing"

	"attache"
	"attache/resolve"
)

// TestUnitNamedWithAndWithoutItsRotation: a handover told by the army as
// the "Malaysian Battalion 850-13" taking over from "MALBATT 850-12", and
// by the mission as "the 13th rotation of the Malaysian Battalion"
// assuming its duties that day, is one ceremony. The unit's name without
// a number stands for every rotation, so a report of another day, of
// another unit, or of a body whose longer name adds a word and no number
// stays apart.
func TestUnitNamedWithAndWithoutItsRotation(t *testing.T) {
	k := defaultKB(t)
	org := func(name string) attache.Entity {
		return attache.Entity{Type: attache.Organization, Name: name, Country: "MY"}
	}
	ceremony := func(date string, parties ...string) attache.Event {
		return attache.Event{Type: "ceremony", Date: date, Participants: parties, Salience: "main"}
	}
	as := []*attache.Article{
		article("a1", "2025-11-27", []attache.Entity{org("Malaysian Battalion 850-13"), org("MALBATT 850-12")}, []attache.Event{
			ceremony("2025-11-26", "Malaysian Battalion 850-13", "MALBATT 850-12")}),
		article("a2", "2025-11-27", []attache.Entity{org("Malaysian Battalion")}, []attache.Event{
			ceremony("2025-11-26", "Malaysian Battalion")}),
		article("b1", "2025-11-20", []attache.Entity{org("Malaysian Battalion")}, []attache.Event{
			ceremony("2025-11-19", "Malaysian Battalion")}),
		article("c1", "2025-11-27", []attache.Entity{org("Indonesian Battalion")}, []attache.Event{
			ceremony("2025-11-26", "Indonesian Battalion")}),
		article("d1", "2025-11-27", []attache.Entity{org("Malaysian Battalion Veterans Association")}, []attache.Event{
			ceremony("2025-11-26", "Malaysian Battalion Veterans Association")}),
	}
	ev, _ := eventsOf(resolve.Build(k, as).Knowledge())
	same := sameEvent(t, ev)
	same("a1#0", "a2#0", true)
	same("a1#0", "b1#0", false)
	same("a1#0", "c1#0", false)
	same("a1#0", "d1#0", false)
	same("a2#0", "d1#0", false)
}
