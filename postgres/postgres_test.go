package postgres_test

import (
	"context"
	"os"
	"testing"

	"attache"
	"attache/internal/pgtest"
	"attache/postgres"
	"attache/storetest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// mustOpen opens a store on a new database of the test server.
func mustOpen(t testing.TB) *postgres.Store {
	t.Helper()
	s, err := postgres.Open(context.Background(), pgtest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) attache.Store { return mustOpen(t) })
}

func TestKnowledgeContract(t *testing.T) {
	storetest.RunKnowledge(t, func(t *testing.T) storetest.KnowledgeStore { return mustOpen(t) })
}
