package score

import "testing"

// TestEventErrorClasses checks that each unmatched gold event is put in
// the class its nearest prediction shows, and that a prediction used as a
// near miss is not counted again as a false positive.
func TestEventErrorClasses(t *testing.T) {
	ev := func(typ, date string, parts ...string) Event {
		e := Event{Type: typ, Participants: parts, Salience: "main"}
		if date != "" {
			e.Date = sp(date)
		}
		return e
	}
	tests := []struct {
		name       string
		pred, gold []Event
		want       map[string]int // class → count, summed over types
		wantType   string         // the type the first error is counted under
	}{
		{"nothing predicted", nil, []Event{ev("meeting", "2025-03-04", "A", "B")},
			map[string]int{ClassMissedTrigger: 1}, "meeting"},
		{"date off", []Event{ev("meeting", "2025-03-05", "A")}, []Event{ev("meeting", "2025-03-04", "A", "B")},
			map[string]int{ClassWrongDate: 1}, "meeting"},
		{"other actors", []Event{ev("visit", "2025-03", "C")}, []Event{ev("visit", "2025-03-04", "A")},
			map[string]int{ClassWrongParticipants: 1}, "visit"},
		{"other type", []Event{ev("visit", "2025-03-04", "B")}, []Event{ev("meeting", "2025-03-04", "A", "B")},
			map[string]int{ClassWrongType: 1}, "meeting"},
		{"far prediction", []Event{ev("exercise", "2024", "Z")}, []Event{ev("meeting", "2025-03-04", "A")},
			map[string]int{ClassMissedTrigger: 1, ClassFalsePositive: 1}, "meeting"},
		{"one prediction for two misses", []Event{ev("meeting", "2025-03-01", "A")},
			[]Event{ev("meeting", "2025-03-04", "A"), ev("meeting", "2025-03-06", "A")},
			map[string]int{ClassWrongDate: 1, ClassMissedTrigger: 1}, "meeting"},
		{"matched with another place and actors",
			[]Event{{Type: "meeting", Date: sp("2025-03-04"), Place: sp("Hanoi"), Participants: []string{"A", "C"}}},
			[]Event{{Type: "meeting", Date: sp("2025-03-04"), Place: sp("Hue"), Participants: []string{"A", "B"}}},
			map[string]int{ClassWrongPlace: 1, ClassPartParticipants: 1}, "meeting"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Compare(&Doc{Events: tt.pred}, &Doc{Events: tt.gold}, Options{})
			for _, class := range ErrorClasses {
				if got := r.EventErrors.Total(class); got != tt.want[class] {
					t.Errorf("%s: %d, want %d (all: %v)", class, got, tt.want[class], r.EventErrors)
				}
			}
			if r.EventErrors[tt.wantType] == nil {
				t.Errorf("no errors under type %q: %v", tt.wantType, r.EventErrors)
			}
			for _, it := range append(append([]Item{}, r.Misses...), r.FalsePositives...) {
				if it.Kind == "event" && it.Class == "" {
					t.Errorf("event item without a class: %+v", it)
				}
			}
		})
	}
}

func TestEventErrorsSum(t *testing.T) {
	a := EventErrors{"meeting": {ClassWrongDate: 1}}
	b := EventErrors{"meeting": {ClassWrongDate: 2}, "visit": {ClassFalsePositive: 1}}
	s := Sum("ALL", []*Result{{EventErrors: a}, {EventErrors: b}, {}})
	if s.EventErrors["meeting"][ClassWrongDate] != 3 || s.EventErrors.Total(ClassFalsePositive) != 1 {
		t.Errorf("sum: %v", s.EventErrors)
	}
	if a["meeting"][ClassWrongDate] != 1 {
		t.Errorf("Sum changed its input: %v", a)
	}
	if got := s.EventErrors.Types(); len(got) != 2 || got[0] != "meeting" {
		t.Errorf("types: %v", got)
	}
}
