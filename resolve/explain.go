package resolve

import (
	"fmt"
	"strings"

	"attache"
)

// WhyApart explains, for a scorer's verbose output, why two knowledge-base
// events (by id) were not linked: each linking condition they fail, as
// "type", "date", "participants", "place" or "names", with what each side
// holds. It returns "" when either id is unknown or both are one event,
// and "no condition refuses" when the two events as built could join: a
// report then joined another event first, or a rule tried only for one
// report (a day off, a kindred type) did not apply to it.
func (b *Builder) WhyApart(x, y string) string {
	c, k := b.events[x], b.events[y]
	if c == nil || k == nil || c == k {
		return ""
	}
	var why []string
	if c.Type != k.Type && !contains(kindredNames(c.Type), string(k.Type)) {
		why = append(why, fmt.Sprintf("type %s / %s", c.Type, k.Type))
	}
	switch {
	case !datesCompatible(c.Date, k.Date):
		why = append(why, fmt.Sprintf("date %s / %s", c.Date, k.Date))
	case len(c.Date) <= len("2006-01") || len(k.Date) <= len("2006-01"):
		why = append(why, fmt.Sprintf("date %s / %s coarse (joins only the one event it can be)", c.Date, k.Date))
	}
	switch {
	case !b.shareParticipant(c, k):
		why = append(why, fmt.Sprintf("participants %s / %s", b.names(c.Participants), b.names(k.Participants)))
		// The place decides only for reports no person ties.
		if !b.samePlace(c.Place, k.Place) {
			why = append(why, fmt.Sprintf("place %q / %q", c.Place, k.Place))
		}
	case b.otherCounterparts(c, k):
		why = append(why, fmt.Sprintf("participants %s / %s: two hosts", b.names(c.Participants), b.names(k.Participants)))
	}
	if namesConflict(c, k) {
		why = append(why, fmt.Sprintf("names %q / %q", c.Name, k.Name))
	}
	if len(why) == 0 {
		return "no condition refuses"
	}
	return strings.Join(why, "; ")
}

// kindredNames are the names of the types kindred to t.
func kindredNames(t attache.EventType) []string {
	var out []string
	for _, k := range kindred[t] {
		out = append(out, string(k))
	}
	return out
}

// names lists the canonical names of entity ids, for explanations.
func (b *Builder) names(ids []string) string {
	var out []string
	for _, id := range ids {
		if e := b.ents[id]; e != nil {
			out = append(out, e.Name)
		}
	}
	return "[" + strings.Join(out, ", ") + "]"
}
