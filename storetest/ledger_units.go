package storetest

import (
	"cmp"
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"

	"attache"
)

// testLedgerUnits checks the ledger unit by unit (KBLedgerUnits): the
// rotations of a unit that keeps its rotation in its name join its plain
// name, each unit's totals by year and its latest rotations in the
// ledger's order; and that after writes, a patch and a replace it agrees
// with the ledger of every rotation (KBLedger), which it stands for on the
// ledger page.
func testLedgerUnits(t *testing.T, s KnowledgeStore) {
	ctx := context.Background()
	dep := func(id, mission, unit, rotation, date string, personnel, women int, country string) attache.KBEvent {
		return attache.KBEvent{ID: id, Type: attache.EventDeployment, Date: date, Mission: mission, Unit: unit, Rotation: rotation,
			Personnel: personnel, Women: women, Participants: []string{}, Countries: []string{country},
			Sources: []attache.EventSource{{ArticleID: "a-" + id, Published: date, Evidence: "Sent."}}}
	}
	mustReplace(t, s, &attache.Knowledge{Events: []attache.KBEvent{
		dep("event:u1", "UNMISS", "Field Hospital", "6", "2024-05-06", 60, 0, "VN"),
		dep("event:u2", "unmiss", "Field Hospital", "6", "2024-05-05", 63, 12, "VN"),
		dep("event:u3", "UNMISS", "Field Hospital Rotation 5", "5", "2023-04-01", 50, 9, "VN"),
		dep("event:u4", "UNMISS", "Field Hospital", "7", "2025-01-02", 55, 0, "VN"),
		dep("event:u5", "UNMISS", "", "", "2023-01-02", 2, 0, "VN"),
		dep("event:u6", "UNMISS", "", "", "", 3, 1, "KH"),
		dep("event:u7", "UNISFA", "Engineering Unit", "2", "2024-08-10", 184, 29, "VN"),
		dep("event:u8", "", "Sapper Unit", "", "2024-09-01", 20, 4, "VN"),
	}})
	got, err := s.KBLedgerUnits(ctx, 2, 1)
	if err != nil {
		t.Fatal(err)
	}
	rot := func(mission, unit, rotation, date string, personnel, women, reports int, ev, country string) attache.RotationTally {
		return attache.RotationTally{Mission: mission, Unit: unit, Rotation: rotation, Deployed: date, Personnel: personnel, Women: women,
			Reports: reports, Event: ev, Countries: []string{country}}
	}
	uy := func(year, first string, personnel, women, rotations int) attache.UnitYear {
		return attache.UnitYear{Year: year, First: first, Personnel: personnel, Women: women, Rotations: rotations}
	}
	want := []attache.UnitTally{
		{Mission: "UNISFA", Unit: "Engineering Unit", Years: []attache.UnitYear{uy("2024", "2024-08-10", 184, 29, 1)},
			Latest: []attache.RotationTally{rot("UNISFA", "Engineering Unit", "2", "2024-08-10", 184, 29, 1, "event:u7", "VN")}},
		{Mission: "UNMISS", Unit: "", Years: []attache.UnitYear{uy("", "", 3, 1, 1), uy("2023", "2023-01-02", 2, 0, 1)},
			Latest: []attache.RotationTally{rot("UNMISS", "", "", "", 3, 1, 1, "event:u6", "KH"), rot("UNMISS", "", "", "2023-01-02", 2, 0, 1, "event:u5", "VN")}},
		{Mission: "UNMISS", Unit: "Field Hospital", Years: []attache.UnitYear{uy("2023", "2023-04-01", 50, 9, 1), uy("2024", "2024-05-05", 63, 12, 1), uy("2025", "2025-01-02", 55, 0, 1)},
			Latest: []attache.RotationTally{rot("UNMISS", "Field Hospital", "6", "2024-05-05", 63, 12, 2, "event:u1", "VN"), rot("UNMISS", "Field Hospital", "7", "2025-01-02", 55, 0, 1, "event:u4", "VN")}},
	}
	sameMissionCase(got.Units, want)
	if !reflect.DeepEqual(got.Units, want) {
		t.Errorf("units:\n got %+v\nwant %+v", got.Units, want)
	}
	if got.ReviewTotal != 1 || len(got.Review) != 1 || got.Review[0].EventID != "event:u8" {
		t.Errorf("review: %d %+v, want event:u8", got.ReviewTotal, got.Review)
	}
	if _, err := s.KBLedgerUnits(ctx, 0, 1); attache.ErrorCode(err) != attache.EINVALID {
		t.Errorf("latest 0: %v, want EINVALID", err)
	}
	checkUnitsAgree(t, s, "after a replace")

	// A write moves rotation 5 to another year and sets the sapper unit's
	// mission; a patch deletes one report of rotation 6 and renames the
	// unit of rotation 7.
	if err := s.PutKnowledge(ctx, &attache.Knowledge{Events: []attache.KBEvent{
		dep("event:u3", "UNMISS", "Field Hospital Rotation 5", "5", "2022-11-30", 50, 9, "VN"),
		dep("event:u8", "UNMISS", "Sapper Unit", "", "2024-09-01", 20, 4, "VN"),
	}}); err != nil {
		t.Fatal(err)
	}
	checkUnitsAgree(t, s, "after a write")
	p, ok := s.(patcher)
	if !ok {
		t.Fatalf("%T has no PatchKnowledge", s)
	}
	moved := dep("event:u4", "UNMISS", "Signal Company Rotation 7", "7", "2025-01-02", 55, 0, "VN")
	if err := p.PatchKnowledge(ctx, nil, []string{"event:u1", "event:u4"}, &attache.Knowledge{Events: []attache.KBEvent{moved}}); err != nil {
		t.Fatal(err)
	}
	checkUnitsAgree(t, s, "after a patch")
	got, err = s.KBLedgerUnits(ctx, 30, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range got.Units {
		if u.Unit == "Field Hospital" && (len(u.Years) != 2 || u.Years[0].Year != "2022" || len(u.Latest) != 2 || u.Latest[1].Personnel != 63) {
			t.Errorf("hospital after the write and the patch: %+v", u)
		}
	}
	mustReplace(t, s, &attache.Knowledge{})
	if got, err := s.KBLedgerUnits(ctx, 30, 0); err != nil || len(got.Units) != 0 || got.ReviewTotal != 0 {
		t.Errorf("after an empty replace: %+v, %v", got, err)
	}
}

// sameMissionCase sets the missions of got to those of want where they
// differ only in case: either spelling of a mission will do.
func sameMissionCase(got, want []attache.UnitTally) {
	for i := range min(len(got), len(want)) {
		if strings.EqualFold(got[i].Mission, want[i].Mission) {
			got[i].Mission = want[i].Mission
		}
		for j := range min(len(got[i].Latest), len(want[i].Latest)) {
			if strings.EqualFold(got[i].Latest[j].Mission, want[i].Latest[j].Mission) {
				got[i].Latest[j].Mission = want[i].Latest[j].Mission
			}
		}
	}
}

// checkUnitsAgree checks that KBLedgerUnits sums, unit by unit and year
// by year, the rotations KBLedger lists, and lists the latest of them.
func checkUnitsAgree(t *testing.T, s KnowledgeStore, when string) {
	t.Helper()
	ctx := context.Background()
	all, err := s.KBLedger(ctx, attache.DeploymentFilter{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	const latest = 2
	got, err := s.KBLedgerUnits(ctx, latest, 0)
	if err != nil {
		t.Fatal(err)
	}
	type key struct{ mission, unit string }
	var want []attache.UnitTally
	at := map[key]int{}
	for _, r := range all.Rotations {
		k := key{strings.ToUpper(strings.TrimSpace(r.Mission)), r.Unit}
		i, ok := at[k]
		if !ok {
			i = len(want)
			at[k] = i
			want = append(want, attache.UnitTally{Mission: r.Mission, Unit: r.Unit})
		}
		u := &want[i]
		u.Mission = min(u.Mission, r.Mission)
		y := ""
		if len(r.Deployed) >= 4 {
			y = r.Deployed[:4]
		}
		j := slices.IndexFunc(u.Years, func(c attache.UnitYear) bool { return c.Year == y })
		if j < 0 {
			j = len(u.Years)
			u.Years = append(u.Years, attache.UnitYear{Year: y, First: r.Deployed})
		}
		c := &u.Years[j]
		c.First = min(c.First, r.Deployed)
		c.Personnel += r.Personnel
		c.Women += r.Women
		c.Rotations++
		u.Latest = append(u.Latest, r)
	}
	for i := range want {
		u := &want[i]
		slices.SortFunc(u.Years, func(a, b attache.UnitYear) int { return strings.Compare(a.Year, b.Year) })
		slices.SortFunc(u.Latest, func(a, b attache.RotationTally) int {
			return cmp.Or(cmp.Compare(rotationNumber(a.Rotation), rotationNumber(b.Rotation)), strings.Compare(a.Deployed, b.Deployed),
				strings.Compare(a.Rotation, b.Rotation), strings.Compare(a.Event, b.Event))
		})
		u.Latest = u.Latest[max(0, len(u.Latest)-latest):]
	}
	sameMissionCase(got.Units, want)
	if !reflect.DeepEqual(got.Units, want) {
		t.Errorf("%s, units:\n got %+v\nwant %+v (from every rotation)", when, got.Units, want)
	}
}

// rotationNumber reads "6" as 6; anything else sorts after every number,
// as the ledger orders rotations.
func rotationNumber(s string) int {
	n := 0
	for _, c := range strings.TrimSpace(s) {
		if c < '0' || c > '9' {
			return attacheNoNumber
		}
		n = n*10 + int(c-'0')
	}
	if n == 0 {
		return attacheNoNumber
	}
	return n
}

// attacheNoNumber is where a rotation that is no number sorts.
const attacheNoNumber = 1 << 30
