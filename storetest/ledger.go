package storetest

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"attache"
)

// testLedgerTally checks the ledger's tallies by rotation as writes add
// reports and set a mission: reports of one rotation count once with
// their largest strength, missions are compared case-insensitively,
// deployments naming neither unit nor rotation stay apart, and those
// without a mission are counted and listed newest first for review.
func testLedgerTally(t *testing.T, s KnowledgeStore) {
	ctx := context.Background()
	dep := func(id, mission, unit, rotation, date string, personnel, women int, country string) attache.KBEvent {
		return attache.KBEvent{ID: id, Type: attache.EventDeployment, Date: date, Mission: mission, Unit: unit, Rotation: rotation,
			Personnel: personnel, Women: women, Participants: []string{}, Countries: []string{country},
			Sources: []attache.EventSource{{ArticleID: "a-" + id, Published: date, Evidence: "Sent."}}}
	}
	mustReplace(t, s, &attache.Knowledge{Events: []attache.KBEvent{
		dep("event:l1", "UNMISS", "Field Hospital", "6", "2024-05-06", 60, 0, "VN"),
		dep("event:l2", "unmiss", "Field Hospital", "6", "2024-05-05", 63, 12, "VN"),
		dep("event:l3", "UNISFA", "Engineering Unit", "2", "2024-08-10", 184, 29, "VN"),
		dep("event:l4", "UNMISS", "", "", "2023-01-02", 2, 0, "VN"),
		dep("event:l5", "UNMISS", "", "", "", 3, 1, "KH"),
		dep("event:l6", "", "Sapper Unit", "", "2024-09-01", 20, 4, "VN"),
		dep("event:l7", "", "Sapper Unit", "", "2024-10-01", 21, 0, "KH"),
		{ID: "event:m1", Type: attache.EventMeeting, Date: "2024-01-01", Participants: []string{}, Countries: []string{"VN"},
			Sources: []attache.EventSource{{ArticleID: "a-m1"}}},
	}})
	got, err := s.KBLedger(ctx, attache.DeploymentFilter{}, 1)
	if err != nil {
		t.Fatal(err)
	}
	want := []attache.RotationTally{
		{Mission: "UNISFA", Unit: "Engineering Unit", Rotation: "2", Deployed: "2024-08-10", Personnel: 184, Women: 29, Reports: 1, Event: "event:l3", Countries: []string{"VN"}},
		{Mission: "UNMISS", Unit: "", Rotation: "", Deployed: "2023-01-02", Personnel: 2, Reports: 1, Event: "event:l4", Countries: []string{"VN"}},
		{Mission: "UNMISS", Unit: "", Rotation: "", Deployed: "", Personnel: 3, Women: 1, Reports: 1, Event: "event:l5", Countries: []string{"KH"}},
		{Mission: "UNMISS", Unit: "Field Hospital", Rotation: "6", Deployed: "2024-05-05", Personnel: 63, Women: 12, Reports: 2, Event: "event:l1", Countries: []string{"VN"}},
	}
	for i := range min(len(got.Rotations), len(want)) {
		// Either spelling of a mission reported in two cases will do.
		if strings.EqualFold(got.Rotations[i].Mission, want[i].Mission) {
			got.Rotations[i].Mission = want[i].Mission
		}
	}
	if !reflect.DeepEqual(got.Rotations, want) {
		t.Errorf("rotations:\n got %+v\nwant %+v", got.Rotations, want)
	}
	if got.ReviewTotal != 2 || len(got.Review) != 1 || got.Review[0].EventID != "event:l7" || len(got.Review[0].Sources) != 1 ||
		!reflect.DeepEqual(got.Review[0].Countries, []string{"KH"}) {
		t.Errorf("review: %d %+v, want 2 with the latest, l7", got.ReviewTotal, got.Review)
	}

	// Filters: one mission (any case), one sending country.
	got, err = s.KBLedger(ctx, attache.DeploymentFilter{Mission: "Unmiss", Country: "kh"}, 10)
	if err != nil || len(got.Rotations) != 1 || got.Rotations[0].Event != "event:l5" || got.ReviewTotal != 0 {
		t.Errorf("UNMISS from KH: %+v, %v", got, err)
	}
	// A mission alone keeps its whole rotations, as the ledger without
	// filters has them (read from the tallies kept at write time).
	if one, err := s.KBLedger(ctx, attache.DeploymentFilter{Mission: " unmiss "}, 10); err != nil || len(one.Rotations) != 3 {
		t.Errorf("UNMISS: %+v, %v", one, err)
	} else {
		for i, r := range one.Rotations {
			r.Mission = want[i+1].Mission
			if !reflect.DeepEqual(r, want[i+1]) {
				t.Errorf("UNMISS rotation %d: %+v, want %+v", i, r, want[i+1])
			}
		}
	}
	got, err = s.KBLedger(ctx, attache.DeploymentFilter{Country: "KH"}, 10)
	if err != nil || len(got.Rotations) != 1 || got.ReviewTotal != 1 || len(got.Review) != 1 || got.Review[0].EventID != "event:l7" {
		t.Errorf("from KH: %+v, %v", got, err)
	}

	// A later report sets the sapper unit's mission and a larger count of
	// the hospital's rotation: the tallies follow the write.
	if err := s.PutKnowledge(ctx, &attache.Knowledge{Events: []attache.KBEvent{
		dep("event:l6", "UNISFA", "Sapper Unit", "", "2024-09-01", 20, 4, "VN"),
		dep("event:l1", "UNMISS", "Field Hospital", "6", "2024-05-06", 70, 0, "VN"),
	}}); err != nil {
		t.Fatal(err)
	}
	got, err = s.KBLedger(ctx, attache.DeploymentFilter{}, 0)
	if err != nil || len(got.Rotations) != 5 || got.ReviewTotal != 1 || len(got.Review) != 0 {
		t.Fatalf("after the write: %+v, %v", got, err)
	}
	if r := got.Rotations[4]; r.Unit != "Field Hospital" || r.Personnel != 70 || r.Reports != 2 {
		t.Errorf("hospital rotation after the write: %+v", r)
	}
	if r := got.Rotations[1]; r.Mission != "UNISFA" || r.Unit != "Sapper Unit" || r.Personnel != 20 {
		t.Errorf("sapper unit after the write: %+v", r)
	}
	if _, err := s.KBLedger(ctx, attache.DeploymentFilter{}, -1); attache.ErrorCode(err) != attache.EINVALID {
		t.Errorf("negative review: %v, want EINVALID", err)
	}
	testLedgerPatch(t, s, dep)
}

// patcher is the patch write of both stores (resolve.Patcher), through
// which corrections, their undo and incremental resolution reach events.
type patcher interface {
	PatchKnowledge(ctx context.Context, entities, events []string, k *attache.Knowledge) error
}

// testLedgerPatch checks that the rotations follow a patch that deletes
// one report of a rotation and moves another event to a new unit, and a
// replace that empties the base: what a correction or its undo writes.
func testLedgerPatch(t *testing.T, s KnowledgeStore, dep func(id, mission, unit, rotation, date string, personnel, women int, country string) attache.KBEvent) {
	ctx := context.Background()
	p, ok := s.(patcher)
	if !ok {
		t.Fatalf("%T has no PatchKnowledge", s)
	}
	moved := dep("event:l4", "UNMISS", "Signal Company", "1", "2023-01-02", 2, 0, "VN")
	if err := p.PatchKnowledge(ctx, nil, []string{"event:l1", "event:l4"}, &attache.Knowledge{Events: []attache.KBEvent{moved}}); err != nil {
		t.Fatal(err)
	}
	got, err := s.KBLedger(ctx, attache.DeploymentFilter{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]attache.RotationTally{
		"Field Hospital": {Mission: "unmiss", Unit: "Field Hospital", Rotation: "6", Deployed: "2024-05-05", Personnel: 63, Women: 12, Reports: 1, Event: "event:l2", Countries: []string{"VN"}},
		"Signal Company": {Mission: "UNMISS", Unit: "Signal Company", Rotation: "1", Deployed: "2023-01-02", Personnel: 2, Reports: 1, Event: "event:l4", Countries: []string{"VN"}},
	}
	if len(got.Rotations) != 5 {
		t.Errorf("after the patch: %d rotations %+v, want 5", len(got.Rotations), got.Rotations)
	}
	for _, r := range got.Rotations {
		if w, ok := want[r.Unit]; ok && !reflect.DeepEqual(r, w) {
			t.Errorf("after the patch:\n got %+v\nwant %+v", r, w)
		}
		if r.Event == "event:l1" || (r.Event == "event:l4" && r.Unit == "") {
			t.Errorf("after the patch, a rotation left from before: %+v", r)
		}
	}
	mustReplace(t, s, &attache.Knowledge{})
	if got, err := s.KBLedger(ctx, attache.DeploymentFilter{}, 0); err != nil || len(got.Rotations) != 0 {
		t.Errorf("after an empty replace: %+v, %v", got, err)
	}
}
