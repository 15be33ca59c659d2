package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"attache/score"
)

func TestEvalSampleCorpus(t *testing.T) {
	dev := sampleDir(t)
	out, stderr, err := runCmd(t, "", "eval", dev, "-v")
	if err != nil {
		t.Fatalf("eval: %v\n%s", err, stderr)
	}
	files, _ := filepath.Glob(filepath.Join(dev, "*.gold.json"))
	for _, f := range files {
		doc := strings.TrimSuffix(filepath.Base(f), ".gold.json")
		if strings.Count(out, doc) < 2 { // one row in each per-document table
			t.Errorf("no rows for %s", doc)
		}
	}
	for _, want := range []string{"entity F1 ", "event F1 ", "main-event recall ", "rank accuracy", "person country accuracy",
		"place accuracy", "participants", "quantities", "ALL"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	t.Logf("\n%s", out)
}

func TestEvalJSON(t *testing.T) {
	dev := sampleDir(t)
	out, stderr, err := runCmd(t, "", "eval", "--json", dev)
	if err != nil {
		t.Fatalf("eval --json: %v\n%s", err, stderr)
	}
	var res struct {
		Documents []score.Result `json:"documents"`
		Overall   struct {
			Entities struct {
				TP, FN int
				F1     *float64 `json:"f1"`
			} `json:"entities"`
			MainEvents struct{ Total int } `json:"main_event_recall"`
		} `json:"overall"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("not JSON: %v\n%.500s", err, out)
	}
	files, _ := filepath.Glob(filepath.Join(dev, "*.gold.json"))
	if len(res.Documents) != len(files) {
		t.Errorf("%d documents scored, want %d", len(res.Documents), len(files))
	}
	// Whatever the extractor finds, every gold entity is either found or missed.
	var gold int
	for _, f := range files {
		g, err := score.ReadGold(f)
		if err != nil {
			t.Fatal(err)
		}
		gold += len(g.Persons) + len(g.Organizations) + len(g.Locations) + len(g.Countries)
	}
	if e := res.Overall.Entities; e.TP+e.FN != gold || e.F1 == nil {
		t.Errorf("overall entities %+v, want TP+FN = %d gold entities", e, gold)
	}
	if res.Overall.MainEvents.Total == 0 {
		t.Error("no main events counted")
	}
}

func TestEvalManifestAndErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("a.txt", "date 2024-01-01\nNothing happened in the capital.\n")
	write("a.gold.json", `{"doc": "a.txt", "published": "2024-05-05", "persons": [], "organizations": [],
		"locations": [], "countries": [], "events": [], "quantities": []}`)
	write("orphan.gold.json", `{}`) // no orphan.txt: warned about and skipped
	write("MANIFEST.tsv", "file\tpublished\tsource\na.txt\t2024-05-05\tVNA\n")

	out, stderr, err := runCmd(t, "", "eval", dir)
	if err != nil {
		t.Fatalf("eval: %v\n%s", err, stderr)
	}
	if !strings.Contains(stderr, "orphan.gold.json has no orphan.txt") {
		t.Errorf("no warning for the orphan gold file: %q", stderr)
	}
	if !strings.Contains(out, "entity F1 1.000") { // nothing to find, nothing found
		t.Errorf("empty gold scored wrong:\n%s", out)
	}

	bad := write("bad.tsv", "file\tpublished\na.txt\tyesterday\n")
	if _, _, err := runCmd(t, "", "eval", dir, "--published-from", bad); err == nil || !strings.Contains(err.Error(), "bad.tsv:2") {
		t.Errorf("bad manifest date: %v", err)
	}
	noHeader := write("nohead.tsv", "a.txt\t2024-05-05\n")
	if _, _, err := runCmd(t, "", "eval", dir, "--published-from", noHeader); err == nil || !strings.Contains(err.Error(), "header") {
		t.Errorf("manifest without header: %v", err)
	}
	write("a.gold.json", `{"doc": "a.txt", "events": [{"type": "meeting", "date": "soon"}]}`)
	if _, _, err := runCmd(t, "", "eval", dir); err == nil || !strings.Contains(err.Error(), "a.gold.json") {
		t.Errorf("bad gold file: %v", err)
	}
	if _, _, err := runCmd(t, "", "eval", filepath.Join(dir, "none")); err == nil || !strings.Contains(err.Error(), "not a readable directory") {
		t.Errorf("missing dir: %v", err)
	}
	if _, _, err := runCmd(t, "", "eval", t.TempDir()); err == nil || !strings.Contains(err.Error(), "no X.txt with an X.gold.json") {
		t.Errorf("empty dir: %v", err)
	}
}

// TestEvalEventErrorClasses checks that eval prints, and writes in JSON,
// the event errors by type and class.
func TestEvalEventErrorClasses(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Nothing happened in the capital.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	gold := `{"doc": "a.txt", "events": [{"type": "meeting", "date": "2024-05-05", "participants": ["VN"], "salience": "main"}]}`
	if err := os.WriteFile(filepath.Join(dir, "a.gold.json"), []byte(gold), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, err := runCmd(t, "", "eval", dir, "-v")
	if err != nil {
		t.Fatalf("eval: %v\n%s", err, stderr)
	}
	for _, want := range []string{"Event errors by type and class", score.ClassMissedTrigger, "event (missed trigger)"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	out, stderr, err = runCmd(t, "", "eval", "--json", dir)
	if err != nil {
		t.Fatalf("eval --json: %v\n%s", err, stderr)
	}
	var res struct {
		Overall struct {
			EventErrors map[string]map[string]int `json:"event_errors"`
		} `json:"overall"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if got := res.Overall.EventErrors["meeting"][score.ClassMissedTrigger]; got != 1 {
		t.Errorf("event_errors: %v, want one missed meeting trigger", res.Overall.EventErrors)
	}
}
