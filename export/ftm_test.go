package export_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"attache/export"
)

// ftmDir holds the pinned npm checker (package.json, check.js).
const ftmDir = "testdata/ftm"

// needFTM needs node and the npm package installed by `npm ci` in ftmDir.
func needFTM(t *testing.T) {
	t.Helper()
	needTool(t, "node and @alephdata/followthemoney", "apt-get install -y nodejs npm && (cd export/"+ftmDir+" && npm ci)", func() error {
		cmd := exec.Command("node", "-e", `require("@alephdata/followthemoney")`)
		cmd.Dir = ftmDir
		out, err := cmd.CombinedOutput()
		if err != nil {
			return errorString(lastLine(string(out)))
		}
		return nil
	})
}

type ftmReport struct {
	Lines      int            `json:"lines"`
	References int            `json:"references"`
	Schemata   map[string]int `json:"schemata"`
	Errors     []string       `json:"errors"`
}

// checkFTM runs the model checker over data.
func checkFTM(t *testing.T, data []byte) ftmReport {
	t.Helper()
	path := filepath.Join(t.TempDir(), "ftm.json")
	must(t, os.WriteFile(path, data, 0o644))
	cmd := exec.Command("node", "check.js", path)
	cmd.Dir = ftmDir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("ftm checker: %v\n%s", err, errb.String())
	}
	var r ftmReport
	must(t, json.Unmarshal(out.Bytes(), &r))
	return r
}

// TestFTMMatchesModel writes the sample base as FollowTheMoney entities
// and checks them against the npm package's model: known schemata, only
// their properties, and every reference resolved.
func TestFTMMatchesModel(t *testing.T) {
	needFTM(t)
	ctx := context.Background()
	b := ingestBase(t, sampleDir)
	var buf bytes.Buffer
	if err := export.WriteFTM(ctx, b.src, &buf, export.Options{}); err != nil {
		t.Fatal(err)
	}
	r := checkFTM(t, buf.Bytes())
	t.Logf("%d entities, %d references: %v", r.Lines, r.References, r.Schemata)
	for _, e := range r.Errors {
		t.Error(e)
	}
	for _, s := range []string{"Person", "PublicBody", "Position", "Occupancy", "Event", "Article", "Documentation"} {
		if r.Schemata[s] == 0 {
			t.Errorf("no %s in the export", s)
		}
	}
	// A part (one country's events) refers only to what it holds.
	buf.Reset()
	if err := export.WriteFTM(ctx, b.src, &buf, export.Options{Filter: export.Filter{Country: "JP"}}); err != nil {
		t.Fatal(err)
	}
	part := checkFTM(t, buf.Bytes())
	for _, e := range part.Errors {
		t.Error("JP part: " + e)
	}
	if part.Schemata["Event"] == 0 || part.Schemata["Event"] >= r.Schemata["Event"] {
		t.Errorf("JP part: %v, want some of the %d events", part.Schemata, r.Schemata["Event"])
	}

	// The checker sees a broken reference.
	bad := append(bytes.Clone(buf.Bytes()), []byte(`{"id":"x-1","schema":"Occupancy","properties":{"holder":["nobody"],"post":["nowhere"]}}`+"\n")...)
	if r := checkFTM(t, bad); len(r.Errors) != 2 {
		t.Errorf("checker errors on two dangling references: %v", r.Errors)
	}
}
