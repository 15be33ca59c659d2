package export_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"attache"
	"attache/export"
)

// validateLines validates every line of a file against a JSON Schema with
// python3-jsonschema and prints the errors, one a line, with the line.
const validateLines = `
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
v = jsonschema.Draft202012Validator(schema)
n = 0
for i, line in enumerate(open(sys.argv[2], encoding="utf-8"), 1):
    n += 1
    for e in v.iter_errors(json.loads(line)):
        print("line %d: %s at %s" % (i, e.message, list(e.absolute_path)))
print("checked %d" % n)
`

// TestEventsMatchSchema writes the sample base's events and validates
// every line against events.schema.json with python3-jsonschema; the
// evidence offsets point at the evidence in the article's text, and the
// schema itself rejects a line without its CAMEO code.
func TestEventsMatchSchema(t *testing.T) {
	py := needPython(t, "jsonschema", "python3-jsonschema")
	ctx := context.Background()
	b := ingestBase(t, sampleDir)
	var buf bytes.Buffer
	if err := export.WriteEvents(ctx, b.src, &buf, export.Options{}); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	schema, file := filepath.Join(dir, "events.schema.json"), filepath.Join(dir, "events.jsonl")
	must(t, os.WriteFile(schema, export.EventsSchema, 0o644))
	must(t, os.WriteFile(file, buf.Bytes(), 0o644))
	evs, err := b.db.KBEvents(ctx, attache.KBEventFilter{})
	must(t, err)
	out := runPython(t, py, validateLines, schema, file)
	if want := "checked " + itoa(len(evs)) + "\n"; out != want {
		t.Errorf("validation:\n%s\nwant only %q", out, want)
	}

	// The offsets point at the evidence in the clean text.
	sc := bufio.NewScanner(bytes.NewReader(buf.Bytes()))
	sc.Buffer(nil, 1<<20)
	checked := 0
	for sc.Scan() {
		var d export.DataEvent
		must(t, json.Unmarshal(sc.Bytes(), &d))
		if d.EvidenceEnd == 0 {
			continue
		}
		a, err := b.db.Article(ctx, d.Article.ID)
		must(t, err)
		if got := a.Text[d.EvidenceStart:d.EvidenceEnd]; !strings.Contains(got, strings.TrimSpace(d.Evidence)) && !strings.Contains(d.Evidence, got) {
			t.Errorf("event %s: offsets give %q, evidence %q", d.ID, got, d.Evidence)
		}
		if d.Type == "meeting" && (d.CAMEO[:2] != "04" || d.PLOVER != "CONSULT") {
			t.Errorf("meeting %s: cameo %q plover %q", d.ID, d.CAMEO, d.PLOVER)
		}
		checked++
	}
	if checked == 0 {
		t.Error("no event with evidence offsets")
	}

	// The schema is strict enough to catch a record without its code.
	bad := filepath.Join(dir, "bad.jsonl")
	first, _, _ := strings.Cut(buf.String(), "\n")
	must(t, os.WriteFile(bad, []byte(strings.Replace(first, `"cameo":`, `"kameo":`, 1)+"\n"), 0o644))
	if out := runPython(t, py, validateLines, schema, bad); !strings.Contains(out, "line 1:") {
		t.Errorf("a record without cameo passed the schema: %s", out)
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}
