package resolve_test

import (
	"testing"

	"attache"
	"attache/resolve"
)

// TestNumberedSessionToldUnderTwoNames: each side's agency names a
// numbered session of the pair's mechanism its own way (the countries in
// its own order, "Defense" for "Defence", "Vice-Ministerial" added) and
// one report names no person of the other side; the reports of that day
// are one session. The next session a year on, another number of the
// pair that day, and the same number of another pair stay apart.
func TestNumberedSessionToldUnderTwoNames(t *testing.T) {
	k := defaultKB(t)
	vn, jp := personOf("Hoang Xuan Chien", "VN"), personOf("Haruki Yoshida", "JP")
	session := func(name, date string, parties ...string) attache.Event {
		return attache.Event{Type: "dialogue", Date: date, Place: "Hanoi", Name: name, Participants: parties, Salience: "main"}
	}
	as := []*attache.Article{
		article("a1", "2025-11-25", []attache.Entity{vn, jp}, []attache.Event{
			session("7th Viet Nam-Japan Defence Policy Dialogue", "2025-11-24", "Hoang Xuan Chien", "Haruki Yoshida", "VN", "JP")}),
		article("a2", "2025-11-25", []attache.Entity{{Type: attache.Person, Name: "Haruki", Country: "JP"}}, []attache.Event{
			session("Seventh Japan-Viet Nam Vice-Ministerial Defense Policy Dialogue", "2025-11-24", "Haruki", "JP", "VN")}),
		article("b1", "2024-11-19", []attache.Entity{vn, jp}, []attache.Event{
			session("6th Viet Nam-Japan Defence Policy Dialogue", "2024-11-18", "Hoang Xuan Chien", "Haruki Yoshida", "VN", "JP")}),
		article("c1", "2025-11-25", nil, []attache.Event{
			session("Sixth Japan-Viet Nam Maritime Security Dialogue", "2025-11-24", "JP", "VN")}),
		article("d1", "2025-11-25", nil, []attache.Event{
			session("Seventh Japan-Laos Vice-Ministerial Defense Policy Dialogue", "2025-11-24", "JP", "LA")}),
		article("e1", "2025-11-26", nil, []attache.Event{
			session("Seventh Japan-Viet Nam Vice-Ministerial Defense Policy Dialogue", "2025-11-25", "JP", "VN")}),
	}
	ev, _ := eventsOf(resolve.Build(k, as).Knowledge())
	same := sameEvent(t, ev)
	same("a1#0", "a2#0", true)
	same("a1#0", "b1#0", false)
	same("a1#0", "c1#0", false)
	same("a1#0", "d1#0", false)
	same("a1#0", "e1#0", false)
}
