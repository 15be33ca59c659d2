package sqlbase

import (
	"testing"
	"testing/fstest"
)

func TestMigrationsInVersionOrder(t *testing.T) {
	ms, err := Migrations(fstest.MapFS{
		"migrations/010_late.sql":  {Data: []byte("B")},
		"migrations/002_early.sql": {Data: []byte("A")},
	})
	if err != nil || len(ms) != 2 || ms[0].Version != 2 || ms[0].SQL != "A" || ms[1].Name != "010_late.sql" {
		t.Fatalf("migrations: %+v, %v", ms, err)
	}
	for _, bad := range []fstest.MapFS{
		{"migrations/early.sql": {}},
		{"migrations/001_a.sql": {}, "migrations/1_b.sql": {}},
	} {
		if _, err := Migrations(bad); err == nil {
			t.Errorf("%v: no error", bad)
		}
	}
}
