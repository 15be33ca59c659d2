package resolve

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"attache"
	"attache/fold"
)

// eventIndex finds the known events a new report may match without
// scanning every event of its type, which made a build quadratic in the
// number of articles. It files each event under keys of its date and
// name such that every event matchEvent could pick for a report is filed
// under one of the report's lookup keys (see candidates). Keys are never
// removed: an event whose date became more exact is filed again, and a
// stale key only adds a candidate that matchEvent then checks in full.
type eventIndex struct {
	ids []string         // event ids in order of creation
	seq map[string]int32 // event id → its place in ids
	key map[eventKey]int32
	// filed[n] are the events filed under key number n (their places in
	// ids), in the order they were filed; done[i] the key numbers event
	// ids[i] is filed under: a few dozen at most. Numbers in lists cost
	// a fraction of the strings they stand for, on every event of a
	// large base.
	filed [][]int32
	done  [][]int32
}

// eventKey is an event type with one key of a date or a name.
type eventKey struct {
	typ attache.EventType
	key string
}

func newEventIndex() *eventIndex {
	return &eventIndex{seq: map[string]int32{}, key: map[eventKey]int32{}}
}

// isoDate matches the dates EXTRACTION.md allows: a day, a month or a year,
// or a range of them.
var isoDate = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$`)

// fileKeys are the keys event ev is filed under:
//   - "N:" its name key and year (a named event matches by name),
//   - "S:" its series, number and each year of its date (a numbered
//     dialogue matches by number),
//   - "Q:" each participant and each year of its date: when either date
//     is a bare year, only a shared participant can match them (besides
//     name and number), so the events of a whole year need not be looked at,
//   - for a date finer than a year: "E:" the date (a report whose date it
//     is a prefix of), "P:" each prefix of it that ends a part, "2024-03",
//     "2024-03-05" (a report whose date is a prefix of it), "Y:" its first
//     year (a report whose range holds it), "R:" every year a range spans
//     (a report inside the range),
//   - "V:" its year, for a signing known only by its year that names no
//     person (unnamedSigning),
//   - "?" when its date is not ISO (always a candidate).
//
// Two ISO dates that are prefixes one of the other differ where a part
// ends ("-" or "/"), so the prefixes at part ends are enough.
func fileKeys(ev *attache.KBEvent) []string {
	var keys []string
	if name := nameKey(ev); name != "" && len(ev.Date) >= 4 {
		keys = append(keys, "N:"+name+"|"+ev.Date[:4])
	}
	d := ev.Date
	if d == "" {
		return keys // no date: a candidate by name only
	}
	if !isoDate.MatchString(d) {
		return append(keys, "?")
	}
	ys := dateYears(d)
	keys = append(keys, shared(ev, ys)...)
	if len(d) == 4 {
		if unnamedSigning(ev) {
			keys = append(keys, "V:"+d)
		}
		return keys
	}
	keys = append(keys, rotationKeys(ev)...)
	keys = append(keys, "E:"+d, "Y:"+d[:4])
	for _, p := range partPrefixes(d) {
		if len(p) > 4 {
			keys = append(keys, "P:"+p)
		}
	}
	if strings.Contains(d, "/") {
		for _, y := range ys {
			keys = append(keys, "R:"+y)
		}
	}
	return keys
}

// unnamedSigning reports whether ev is a signing that names no person:
// known only by its year, it may still be the signing of its countries
// that another report dates (recalledSigning), so it is filed under "V:"
// its year, which a signing of a finer date looks up, and looks up the
// signings filed under "Y:" its year.
func unnamedSigning(ev *attache.KBEvent) bool {
	return ev.Type == attache.EventAgreement && len(ev.Participants) == 0 && len(ev.Countries) >= 2
}

// shared are the "S:" and "Q:" keys of ev for the years ys.
func shared(ev *attache.KBEvent, ys []string) []string {
	var keys []string
	for _, y := range ys {
		if ev.Series != "" && ev.Number != 0 {
			keys = append(keys, "S:"+ev.Series+"|"+strconv.Itoa(ev.Number)+"|"+y)
		}
		for _, p := range ev.Participants {
			keys = append(keys, "Q:"+p+"|"+y)
		}
	}
	return keys
}

// lookupKeys are the keys under which the events report k may match are
// filed (see fileKeys); nil means every event of k's type.
func lookupKeys(k *attache.KBEvent) []string {
	d := k.Date
	if !isoDate.MatchString(d) {
		return nil
	}
	keys := []string{"?"}
	if name := nameKey(k); name != "" {
		keys = append(keys, "N:"+name+"|"+d[:4])
	}
	ys := dateYears(d)
	keys = append(keys, shared(k, ys)...)
	if len(d) == 4 {
		if unnamedSigning(k) {
			keys = append(keys, "Y:"+d)
		}
		return keys
	}
	if k.Type == attache.EventAgreement {
		for _, y := range ys {
			keys = append(keys, "V:"+y)
		}
	}
	keys = append(keys, rotationKeys(k)...)
	keys = append(keys, "P:"+d, "R:"+d[:4])
	for _, p := range partPrefixes(d) {
		if len(p) > 4 {
			keys = append(keys, "E:"+p)
		}
	}
	if strings.Contains(d, "/") {
		for _, y := range ys {
			keys = append(keys, "Y:"+y, "R:"+y)
		}
	}
	return keys
}

// rotationKeys are the "U:" keys of a deployment of a numbered unit
// rotation, the "C:" keys of a contingent of a head count sent to a
// mission and the "W:" keys of any deployment to a mission: the rotation or contingent and each month its date starts in,
// the month before and the month after, so that a report of its arrival
// finds the report of its departure (sameRotation, sameContingent).
func rotationKeys(ev *attache.KBEvent) []string {
	keys := append(monthKeys("U:"+rotationKey(ev), ev), monthKeys("C:"+missionKey(ev), ev)...)
	if ev.Type == attache.EventDeployment && ev.Mission != "" {
		// a ship's voyage to a mission (sameVoyage): two dates within
		// two months share one of these
		keys = append(keys, monthKeys("W:"+fold.Key(ev.Mission), ev)...)
	}
	return keys
}

// missionKey names the mission a contingent of a known head count goes
// to, or "": its head count is left out, since the report of its first
// group counts fewer (partOfContingent).
func missionKey(ev *attache.KBEvent) string {
	if contingentKey(ev) == "" {
		return ""
	}
	return fold.Key(ev.Mission)
}

// monthKeys are key, when it names something (more than its two-letter
// prefix), with each month ev's date starts in, the month before and the
// month after: two dates at most a month apart share one of them.
func monthKeys(key string, ev *attache.KBEvent) []string {
	t, err := time.Parse(time.DateOnly, firstDay(ev.Date))
	if len(key) <= 2 || err != nil {
		return nil
	}
	var keys []string
	for _, n := range []int{-1, 0, 1} {
		keys = append(keys, key+"|"+t.AddDate(0, n, 0).Format("2006-01"))
	}
	return keys
}

// dateYears lists the years an ISO date or range covers.
func dateYears(d string) []string {
	if lo, hi, ok := strings.Cut(d, "/"); ok {
		return years(lo, hi)
	}
	return []string{d[:4]}
}

// partPrefixes are the prefixes of d that end one of its parts, d
// included: "2024-03-05/2024-03-07" gives "2024", "2024-03",
// "2024-03-05", "2024-03-05/2024", "2024-03-05/2024-03" and d.
func partPrefixes(d string) []string {
	var out []string
	for i := 1; i < len(d); i++ {
		if d[i] == '-' || d[i] == '/' {
			out = append(out, d[:i])
		}
	}
	return append(out, d)
}

// years lists the years from lo's to hi's (at least lo's), both ISO dates.
func years(lo, hi string) []string {
	out := []string{lo[:4]} // even for a range written backwards
	for y := nextYear(lo[:4]); y <= hi[:4] && len(out) < 50; y = nextYear(y) {
		out = append(out, y)
	}
	return out
}

func nextYear(y string) string {
	b := []byte(y)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < '9' {
			b[i]++
			return string(b)
		}
		b[i] = '0'
	}
	return "1" + string(b)
}

// add files ev (new, or with a date or name just made more exact).
func (x *eventIndex) add(ev *attache.KBEvent) {
	i, ok := x.seq[ev.ID]
	if !ok {
		i = int32(len(x.ids))
		x.seq[ev.ID] = i
		x.ids = append(x.ids, ev.ID)
		x.done = append(x.done, nil)
	}
	for _, k := range fileKeys(ev) {
		n, ok := x.key[eventKey{ev.Type, k}]
		if !ok {
			n = int32(len(x.filed))
			x.key[eventKey{ev.Type, k}] = n
			x.filed = append(x.filed, nil)
		}
		if !slices.Contains(x.done[i], n) {
			x.done[i] = append(x.done[i], n)
			x.filed[n] = append(x.filed[n], i)
		}
	}
}

// candidates returns the ids of the events report k may match, in order
// of creation, or all (the ids of k's type, in that order) when k's date
// is not ISO.
func (x *eventIndex) candidates(k *attache.KBEvent, all []string) []string {
	keys := lookupKeys(k)
	if keys == nil {
		return all
	}
	var found []int32
	for _, key := range keys {
		if n, ok := x.key[eventKey{k.Type, key}]; ok {
			found = append(found, x.filed[n]...)
		}
	}
	slices.Sort(found)
	found = slices.Compact(found)
	out := make([]string, len(found))
	for j, i := range found {
		out[j] = x.ids[i]
	}
	return out
}

// clone returns a deep copy of x.
func (x *eventIndex) clone() *eventIndex {
	c := &eventIndex{ids: slices.Clone(x.ids), seq: make(map[string]int32, len(x.seq)),
		key: make(map[eventKey]int32, len(x.key)), filed: make([][]int32, len(x.filed)), done: make([][]int32, len(x.done))}
	for id, n := range x.seq {
		c.seq[id] = n
	}
	for k, n := range x.key {
		c.key[k] = n
	}
	// shared: an append to either copies
	for n, is := range x.filed {
		c.filed[n] = slices.Clip(is)
	}
	for i, ns := range x.done {
		c.done[i] = slices.Clip(ns)
	}
	return c
}
