package resolve

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"attache"
)

// randomDate is an ISO date of any precision, a range now and then, or a
// date in another form.
func randomDate(r *rand.Rand) string {
	day := func() string {
		y := 2022 + r.IntN(3)
		switch r.IntN(4) {
		case 0:
			return fmt.Sprint(y)
		case 1:
			return fmt.Sprintf("%d-%02d", y, 1+r.IntN(3))
		default:
			return fmt.Sprintf("%d-%02d-%02d", y, 1+r.IntN(3), 1+r.IntN(4))
		}
	}
	switch r.IntN(12) {
	case 0:
		return day() + "/" + day()
	case 1:
		return "spring 2023"
	case 2:
		return ""
	}
	return day()
}

func randomEvent(r *rand.Rand, id string) *attache.KBEvent {
	people := []string{"p1", "p2", "p3", "p4", "p5"}
	names := []string{"", "", "", "Exercise Pitch Black", "Pitch Black 2023", "Cope Thunder"}
	ev := &attache.KBEvent{ID: id, Type: []attache.EventType{"meeting", "exercise"}[r.IntN(2)], Date: randomDate(r),
		Name: names[r.IntN(len(names))], Countries: []string{[]string{"VN", "JP", "US"}[r.IntN(3)]},
		Sources: []attache.EventSource{{ArticleID: "a" + id}}}
	for _, p := range people {
		if r.IntN(3) == 0 {
			ev.Participants = append(ev.Participants, p)
		}
	}
	if r.IntN(5) == 0 {
		ev.Series, ev.Number = "defence dialogue", 1+r.IntN(3)
	}
	if r.IntN(4) == 0 { // a deployment's contingent (sameContingent)
		ev.Type, ev.Mission, ev.Personnel = "deployment", "UNIFIL", []int{120, 184}[r.IntN(2)]
	}
	return ev
}

// TestEventIndexFindsWhatAScanFinds: the events the index offers lead
// matchEvent to the same event as scanning every event of the type.
func TestEventIndexFindsWhatAScanFinds(t *testing.T) {
	for seed := range uint64(5) {
		indexAgainstScan(t, rand.New(rand.NewPCG(seed, 4)))
	}
}

func indexAgainstScan(t *testing.T, r *rand.Rand) {
	b := NewBuilder(nil)
	matched := 0
	for i := range 3000 {
		k := randomEvent(r, fmt.Sprint("e", i))
		var fromIndex *attache.KBEvent
		if k.Date != "" {
			fromIndex = b.firstMatch(k, "", b.evIdx.candidates(k, b.evType[k.Type]))
			if scan := b.firstMatch(k, "", b.evType[k.Type]); scan != fromIndex {
				t.Fatalf("event %d %+v: index matches %v, a scan %v", i, k, fromIndex, scan)
			}
		}
		if fromIndex != nil {
			matched++
			mergeEvent(fromIndex, k)
			b.evIdx.add(fromIndex)
			continue
		}
		b.addEvent(k)
	}
	if matched < 300 {
		t.Errorf("only %d of 3000 reports matched a known event: the test says little", matched)
	}
}
