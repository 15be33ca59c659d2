package sqlite_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"attache"
	"attache/sqlite"
)

// deployments returns n deployments of n different rotations, from 1.
func deployments(from, n int) []attache.KBEvent {
	var evs []attache.KBEvent
	for i := from; i < from+n; i++ {
		evs = append(evs, attache.KBEvent{ID: fmt.Sprintf("dep%07d", i), Type: "deployment", Date: "2024-03-01",
			Mission: "UNMISS", Unit: "Engineering Unit", Rotation: fmt.Sprint(i), Personnel: 180, Countries: []string{"VN"}})
	}
	return evs
}

// BenchmarkDeploymentWrite reports the time to write 100 deployments into
// a base that holds 5,000 already (of as many rotations of one mission):
// each write counts its rotation again (kb_rotations, migrations 011 and
// 013), which must seek its group rather than read every deployment.
func BenchmarkDeploymentWrite(b *testing.B) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "kb.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	if err := db.ReplaceKnowledge(ctx, &attache.Knowledge{Events: deployments(0, 5000)}); err != nil {
		b.Fatal(err)
	}
	next := 5000
	b.ResetTimer()
	for b.Loop() {
		if err := db.PutKnowledge(ctx, &attache.Knowledge{Events: deployments(next, 100)}); err != nil {
			b.Fatal(err)
		}
		next += 100
	}
}
