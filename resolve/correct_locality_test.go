package resolve_test

import (
	"context"
	"encoding/json"
	"testing"

	"attache"
	"attache/storetest"
)

// TestCorrectionTouchesOnlyWhatItNames renames one person: no other
// entity, no event and no link changes in the store; undo restores the
// knowledge base exactly.
func TestCorrectionTouchesOnlyWhatItNames(t *testing.T) {
	ctx := context.Background()
	svc, db := openService(t)
	mustPut(t, db, svc, fixture()...)
	if _, err := svc.Rebuild(ctx); err != nil {
		t.Fatal(err)
	}
	before := storetest.DumpKnowledge(t, db)

	c, err := svc.Correct(ctx, attache.Correction{Kind: attache.CorrectRename, Entity: "Sergey Shoigu", Value: "Sergei Shoigu"})
	if err != nil {
		t.Fatal(err)
	}
	after := storetest.DumpKnowledge(t, db)
	var k0, k1 attache.Knowledge
	if err := json.Unmarshal([]byte(before), &k0); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(after), &k1); err != nil {
		t.Fatal(err)
	}
	changed := map[string]bool{}
	old := map[string]string{}
	for _, e := range k0.Entities {
		b, _ := json.Marshal(e)
		old[e.ID] = string(b)
	}
	for _, e := range k1.Entities {
		b, _ := json.Marshal(e)
		if old[e.ID] != string(b) {
			changed[e.ID] = true
		}
	}
	if len(k1.Entities) != len(k0.Entities) || len(changed) != 1 || !changed["person:sergey-shoigu"] {
		t.Errorf("rename changed entities %v (%d → %d entities), want only person:sergey-shoigu", changed, len(k0.Entities), len(k1.Entities))
	}
	e0, _ := json.Marshal(k0.Events)
	e1, _ := json.Marshal(k1.Events)
	if string(e0) != string(e1) {
		t.Error("a rename changed events")
	}
	l0, _ := json.Marshal(k0.Links)
	l1, _ := json.Marshal(k1.Links)
	if string(l0) != string(l1) {
		t.Error("a rename changed entity links")
	}

	if _, err := svc.Undo(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	if got := storetest.DumpKnowledge(t, db); got != before {
		t.Error("undo does not restore the knowledge base as it was before the correction")
	}
}
