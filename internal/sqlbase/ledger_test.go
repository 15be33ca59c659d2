package sqlbase

import (
	"fmt"
	"reflect"
	"testing"

	"attache"
)

// fakeRows hands over fixed rows, as a store's cursor would.
type fakeRows struct {
	rows [][]any
	at   int
}

func (f *fakeRows) Next() bool { f.at++; return f.at <= len(f.rows) }
func (f *fakeRows) Err() error { return nil }
func (f *fakeRows) Scan(dest ...any) error {
	row := f.rows[f.at-1]
	if len(dest) != len(row) {
		return fmt.Errorf("scan of %d columns into %d", len(row), len(dest))
	}
	for i, v := range row {
		reflect.ValueOf(dest[i]).Elem().Set(reflect.ValueOf(v))
	}
	return nil
}

// A rotation's countries arrive as one row each, in any order: the scan
// gathers them in the event's order and sorts the rotations by folded
// mission, unit, rotation and event.
func TestScanRotationsGathersCountriesInEventOrder(t *testing.T) {
	row := func(mission, unit, rot, ev string, idx int64, party string) []any {
		return []any{mission, unit, rot, "2024-01-02", int64(10), int64(2), int64(3), ev, idx, party}
	}
	rows := &fakeRows{rows: [][]any{
		row("unmiss ", "Field Hospital", "7", "event:b", 1, "KH"),
		row("MINUSCA", "", "", "event:c", 0, ""),
		row("unmiss ", "Field Hospital", "7", "event:b", 0, "VN"),
		row("UNMISS", "Engineering Unit", "2", "event:a", 0, "VN"),
	}}
	got, err := ScanRotations(rows)
	if err != nil {
		t.Fatal(err)
	}
	tally := func(mission, unit, rot, ev string, countries ...string) attache.RotationTally {
		return attache.RotationTally{Mission: mission, Unit: unit, Rotation: rot, Deployed: "2024-01-02", Personnel: 10, Women: 2,
			Reports: 3, Event: ev, Countries: append([]string{}, countries...)}
	}
	want := []attache.RotationTally{
		tally("MINUSCA", "", "", "event:c"),
		tally("UNMISS", "Engineering Unit", "2", "event:a", "VN"),
		tally("unmiss ", "Field Hospital", "7", "event:b", "VN", "KH"),
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}
