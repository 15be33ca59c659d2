package events

import "strings"

// openedTogether dates the opening told by a ceremony trigger that keeps
// the event it opens ("The navies of A and B opened the joint exercise X
// on Monday"): the day told after the exercise is the day of both, and a
// ceremony left with no day takes the first day of what it opens.
func openedTogether(cs []*cand) []*cand {
	for _, c := range cs {
		if c.ev.Type != "ceremony" || c.r == nil || len(c.r.keeps) == 0 || len(c.ev.Date) >= 10 {
			continue
		}
		for _, o := range cs {
			if o.sent != c.sent || !c.r.keeps[o.ev.Type] || o.hit.a < c.hit.a || o.hit.b > c.hit.b || len(o.ev.Date) < 10 {
				continue
			}
			day, _, _ := strings.Cut(o.ev.Date, "/")
			c.ev.Date, c.ownDate, c.dateEnd = day, true, o.dateEnd
			break
		}
	}
	return cs
}
