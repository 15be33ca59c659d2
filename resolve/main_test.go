package resolve_test

import (
	"os"
	"testing"

	"attache/internal/pgtest"
)

// TestMain stops the PostgreSQL server the tests that need one start.
func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }
