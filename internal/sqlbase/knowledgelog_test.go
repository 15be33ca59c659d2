package sqlbase

import (
	"slices"
	"testing"
)

func TestKnowledgeLog(t *testing.T) {
	var l KnowledgeLog
	l.Add([]string{"a1"}, false)
	l.Add([]string{"a2", "a3"}, false)
	l.Close(4, 6)
	if l.Rebuilt || !slices.Equal(l.Resolved, []string{"a1", "a2", "a3"}) {
		t.Errorf("two entries of two versions: %+v", l)
	}
	var gap KnowledgeLog
	gap.Add([]string{"a1"}, false)
	gap.Close(4, 6)
	if !gap.Rebuilt {
		t.Errorf("a missing entry must mean a rebuild: %+v", gap)
	}
	var rebuilt KnowledgeLog
	rebuilt.Add(nil, true)
	rebuilt.Add([]string{"a1"}, false)
	rebuilt.Close(0, 2)
	if !rebuilt.Rebuilt {
		t.Errorf("a rebuilding entry must mean a rebuild: %+v", rebuilt)
	}
}
