package attache

import "testing"

func TestEventTypeValid(t *testing.T) {
	for _, typ := range EventTypes {
		if !typ.Valid() {
			t.Errorf("%q not valid", typ)
		}
	}
	for _, typ := range []EventType{"", "Meeting", "summit", "meeting "} {
		if typ.Valid() {
			t.Errorf("%q valid", typ)
		}
	}
	if len(EventTypes) != 12 {
		t.Errorf("%d event types, EXTRACTION.md has 12", len(EventTypes))
	}
}
