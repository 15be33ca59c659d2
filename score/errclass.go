package score

import (
	"fmt"
	"sort"
	"strings"

	"attache/fold"
)

// The classes of event error, in the order a reader fixes them. A gold
// event that no prediction matched is a missed trigger unless a
// prediction nearly matched it, in which case the near miss names what
// went wrong; a prediction that matched no gold event and was no near miss
// is a false positive. Over matched events, a wrong place and a partial
// participant list are counted too.
const (
	ClassMissedTrigger     = "missed trigger"     // nothing predicted comes near the gold event
	ClassWrongType         = "wrong type"         // same date and a shared participant, another type
	ClassWrongDate         = "wrong date"         // same type and a shared participant, incompatible date
	ClassWrongParticipants = "wrong participants" // same type and date, no participant shared
	ClassFalsePositive     = "false positive"     // a prediction near no gold event
	ClassWrongPlace        = "wrong place"        // matched, but the place differs
	ClassPartParticipants  = "some participants"  // matched, but participants missing or extra
)

// ErrorClasses lists the classes in the order reports print them.
var ErrorClasses = []string{ClassMissedTrigger, ClassWrongType, ClassWrongDate,
	ClassWrongParticipants, ClassFalsePositive, ClassWrongPlace, ClassPartParticipants}

// EventErrors counts event errors per event type (the gold type for a
// miss, the predicted type for a false positive) and class.
type EventErrors map[string]map[string]int

// add counts one error.
func (e EventErrors) add(typ, class string) {
	typ = strings.ToLower(strings.TrimSpace(typ))
	if e[typ] == nil {
		e[typ] = map[string]int{}
	}
	e[typ][class]++
}

// Add returns the sum of two tallies (micro aggregation); neither is changed.
func (e EventErrors) Add(o EventErrors) EventErrors {
	out := EventErrors{}
	for _, m := range []EventErrors{e, o} {
		for typ, classes := range m {
			for class, n := range classes {
				if out[typ] == nil {
					out[typ] = map[string]int{}
				}
				out[typ][class] += n
			}
		}
	}
	return out
}

// Types returns the event types with at least one error, sorted.
func (e EventErrors) Types() []string {
	var out []string
	for typ := range e {
		out = append(out, typ)
	}
	sort.Strings(out)
	return out
}

// Total is the number of errors of one class over all types.
func (e EventErrors) Total(class string) int {
	n := 0
	for _, classes := range e {
		n += classes[class]
	}
	return n
}

// nearMiss says how far a prediction is from a gold event that it did not
// match: the class of the error, or "" when it is not near at all.
func (c *comparison) nearMiss(p, g Event) string {
	sameType := fold.Key(p.Type) == fold.Key(g.Type)
	dateOK := DatesCompatible(p.Date, g.Date)
	shares := len(g.Participants) == 0 || c.shared(p.Participants, g.Participants) > 0
	switch {
	case sameType && shares && !dateOK:
		return ClassWrongDate
	case sameType && dateOK && !shares:
		return ClassWrongParticipants
	case !sameType && dateOK && shares && len(g.Participants) > 0:
		return ClassWrongType
	}
	return ""
}

// classify pairs the gold events left unmatched with unmatched predictions
// that nearly match them, one to one, and counts each error in its class.
// Pairs are taken class by class (wrong date first: same type and actors
// is the strongest resemblance), then in document order. The misses and
// false positives listed for -v carry the class.
func (c *comparison) classify(pred, gold []Event, predUsed, goldUsed []bool) {
	errs := c.r.errors()
	goldClass := make([]string, len(gold))
	goldNear := make([]int, len(gold))
	nearUsed := make([]bool, len(pred))
	for _, class := range []string{ClassWrongDate, ClassWrongParticipants, ClassWrongType} {
		for j, g := range gold {
			if goldUsed[j] || goldClass[j] != "" {
				continue
			}
			for i, p := range pred {
				if predUsed[i] || nearUsed[i] || c.nearMiss(p, g) != class {
					continue
				}
				nearUsed[i], goldClass[j], goldNear[j] = true, class, i
				break
			}
		}
	}
	for j, g := range gold {
		if goldUsed[j] {
			continue
		}
		it := Item{Kind: "event", Class: goldClass[j], Text: eventText(g), Evidence: g.Evidence}
		if it.Class == "" {
			it.Class = ClassMissedTrigger
		} else {
			it.Text += fmt.Sprintf(" (nearest: %s)", eventText(pred[goldNear[j]]))
		}
		errs.add(g.Type, it.Class)
		c.r.Misses = append(c.r.Misses, it)
	}
	for i, p := range pred {
		if predUsed[i] {
			continue
		}
		it := Item{Kind: "event", Text: eventText(p), Evidence: p.Evidence}
		if !nearUsed[i] {
			it.Class = ClassFalsePositive
			errs.add(p.Type, ClassFalsePositive)
		} else {
			it.Class = "near miss"
		}
		c.r.FalsePositives = append(c.r.FalsePositives, it)
	}
}
