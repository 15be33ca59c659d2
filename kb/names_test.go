package kb

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestLoadNameForms(t *testing.T) {
	nf, err := LoadNameForms()
	if err != nil {
		t.Fatal(err)
	}
	for variant, want := range map[string]string{"sergey": "sergei", "sergei": "sergei", "yury": "yuri",
		"alexei": "aleksei", "aleksey": "aleksei", "mohammad": "muhammad", "mohamed": "muhammad"} {
		if got := nf.Given[variant]; got != want {
			t.Errorf("given %q reads as %q, want %q", variant, got, want)
		}
	}
	if nf.Syllable["kyu"] != "gyu" || nf.Syllable["gyu"] != "gyu" {
		t.Errorf("syllable kyu reads as %q, gyu as %q, want gyu", nf.Syllable["kyu"], nf.Syllable["gyu"])
	}
	if !nf.Drop["ret"] || !nf.Drop["retd"] {
		t.Errorf("drop %v lacks ret, retd", nf.Drop)
	}
	if _, ok := nf.Given["giang"]; ok {
		t.Error("a name with no variants listed has a row")
	}
}

// TestSpellingRows checks the spelling rows of the embedded names file:
// each variant is read as its canonical letters, in the order of the
// rows, ready for strings.NewReplacer.
func TestSpellingRows(t *testing.T) {
	nf, err := LoadNameForms()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"kh", "h", "ks", "x", "ph", "f", "ou", "u", "oe", "u", "y", "i", "sh", "s", "sj", "si", "dj", "j"}
	if !slices.Equal(nf.Spelling, want) {
		t.Errorf("spelling = %q, want %q", nf.Spelling, want)
	}
}

// TestUserNamesFile: the names.tsv of a user's directory adds to the
// embedded rows (LoadDir carries both), a directory without one is no
// error, and a bad row names the file and line.
func TestUserNamesFile(t *testing.T) {
	dir := t.TempDir()
	if k, err := LoadDir(dir); err != nil || k.Names == nil || k.Names.Given["sergey"] != "sergei" {
		t.Fatalf("without names.tsv: %v, %v", k, err)
	}
	path := filepath.Join(dir, NamesFile)
	if err := os.WriteFile(path, []byte("spelling\tv\tw\ngiven\tpavel\tpawel\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	k, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if sp := k.Names.Spelling; len(sp) < 2 || sp[len(sp)-2] != "w" || sp[len(sp)-1] != "v" {
		t.Errorf("spelling = %q, want the user's w → v last", sp)
	}
	if k.Names.Given["pawel"] != "pavel" || k.Names.Given["sergey"] != "sergei" {
		t.Errorf("given lacks the user's or the embedded rows")
	}
	if err := os.WriteFile(path, []byte("# mine\nspelling\tv\tw\nspeling\tv\tw\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadNameFormsDir(dir); err == nil || !strings.Contains(err.Error(), path+":3: unknown kind") {
		t.Errorf("err = %v, want %s:3: unknown kind", err, path)
	}
}
