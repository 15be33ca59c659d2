package resolve_test

import (
	"os"
	"path/filepath"
	"testing"

	"attache/kb"
	"attache/resolve"
)

// TestUserSpellingJoinsNames: a spelling row in the names.tsv of a user's
// knowledge directory (--kb) adds a loose reading of transliterations:
// "Wasiliev" and "Vasiliev" of one country stay two persons with the
// embedded rows and become one when the user reads "w" as "v".
func TestUserSpellingJoinsNames(t *testing.T) {
	arts := oneArticleEach(
		person("Pavel Wasiliev", nil, "", "RU", nil, nil),
		person("Pavel Vasiliev", nil, "", "RU", nil, nil))
	plain, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	if ids := firstEntities(t, resolve.Build(plain, arts).Knowledge()); ids["n00"] == ids["n01"] {
		t.Fatalf("without the user's row: %v, want two entities", ids)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, kb.NamesFile), []byte("# mine\nspelling\tv\tw\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	user, err := kb.LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if ids := firstEntities(t, resolve.Build(user, arts).Knowledge()); ids["n00"] != ids["n01"] {
		t.Errorf("with the user's row: %v, want one entity", ids)
	}
}
