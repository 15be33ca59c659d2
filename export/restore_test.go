package export_test

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"attache"
	"attache/export"
)

// roundTrip exports b as jsonl and imports the file into a new base.
func roundTrip(t *testing.T, b *base) (*base, []byte) {
	t.Helper()
	ctx := context.Background()
	var buf bytes.Buffer
	if err := export.WriteJSONL(ctx, b.src, &buf, export.Options{}); err != nil {
		t.Fatal(err)
	}
	got := openBase(t, filepath.Join(t.TempDir(), "restored.db"))
	if _, err := export.Import(ctx, bytes.NewReader(buf.Bytes()), got.db, nil); err != nil {
		t.Fatal(err)
	}
	return got, buf.Bytes()
}

// TestRoundTripSample exports the base built from the bundled sample
// corpus and imports it into an empty database: every table reads the
// same, and a second export of the restored base is the same file
// (bar the header's time).
func TestRoundTripSample(t *testing.T) {
	b := ingestBase(t, sampleDir)
	got, file := roundTrip(t, b)
	compareBases(t, b, got)
	var again bytes.Buffer
	if err := export.WriteJSONL(context.Background(), got.src, &again, export.Options{}); err != nil {
		t.Fatal(err)
	}
	a, z := strings.SplitN(string(file), "\n", 2), strings.SplitN(again.String(), "\n", 2)
	if a[1] != z[1] {
		t.Error("exporting the restored base gives another file")
	}
}

// TestRoundTripDev does the same on the shared dev corpus.
func TestRoundTripDev(t *testing.T) {
	b := ingestBase(t, devDir(t))
	got, _ := roundTrip(t, b)
	compareBases(t, b, got)
}

// TestImportRejectsDamage cuts, corrupts, reorders and extends an export:
// each is rejected with the line at fault.
func TestImportRejectsDamage(t *testing.T) {
	b := ingestBase(t, sampleDir)
	var buf bytes.Buffer
	if err := export.WriteJSONL(context.Background(), b.src, &buf, export.Options{}); err != nil {
		t.Fatal(err)
	}
	file := buf.String()
	lines := strings.SplitAfter(file, "\n")
	lines = lines[:len(lines)-1] // the last "" after the final newline
	n := len(lines)
	mid := n / 2
	corrupt := strings.Replace(lines[mid], `"`, `'`, 1)
	flipped := []byte(lines[mid])
	for i := len(flipped) - 3; i > 0; i-- { // change one letter of the content, keeping valid JSON
		if c := flipped[i]; c >= 'a' && c < 'z' {
			flipped[i]++
			break
		}
	}
	cases := []struct {
		name, file string
		line       int
		says       string
	}{
		{"cut at a line boundary", strings.Join(lines[:mid], ""), mid, "truncated"},
		{"cut inside a line", strings.Join(lines[:mid], "") + lines[mid][:len(lines[mid])/2], mid + 1, "truncated"},
		{"bad json", strings.Join(lines[:mid], "") + corrupt + strings.Join(lines[mid+1:], ""), mid + 1, ""},
		{"changed letter", strings.Join(lines[:mid], "") + string(flipped) + strings.Join(lines[mid+1:], ""), mid + 1, "corrupted"},
		{"line missing", strings.Join(lines[:mid], "") + strings.Join(lines[mid+1:], ""), n - 1, "missing"},
		{"data after end", file + lines[1], n + 1, "after the end"},
		{"not an export", "hello\n", 1, "not a record"},
		{"empty", "", 1, "empty"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dst := openBase(t, filepath.Join(t.TempDir(), "restored.db"))
			_, err := export.Import(context.Background(), strings.NewReader(c.file), dst.db, nil)
			var le *export.LineError
			if !errors.As(err, &le) {
				t.Fatalf("import: %v, want a line error", err)
			}
			if le.Line != c.line || !strings.Contains(err.Error(), c.says) {
				t.Errorf("import: %v, want line %d saying %q", err, c.line, c.says)
			}
		})
	}
}

// TestImportNeedsEmptyBase refuses to import into a base that holds
// articles.
func TestImportNeedsEmptyBase(t *testing.T) {
	b := ingestBase(t, sampleDir)
	var buf bytes.Buffer
	if err := export.WriteJSONL(context.Background(), b.src, &buf, export.Options{}); err != nil {
		t.Fatal(err)
	}
	_, err := export.Import(context.Background(), &buf, b.db, nil)
	if attache.ErrorCode(err) != attache.ECONFLICT {
		t.Errorf("import into a full base: %v, want conflict", err)
	}
}

// TestRoundTripCounts checks that the sample base is not trivially empty:
// a round trip of nothing would compare equal too.
func TestRoundTripCounts(t *testing.T) {
	b := ingestBase(t, sampleDir)
	var buf bytes.Buffer
	if err := export.WriteJSONL(context.Background(), b.src, &buf, export.Options{}); err != nil {
		t.Fatal(err)
	}
	dst := openBase(t, filepath.Join(t.TempDir(), "restored.db"))
	st, err := export.Import(context.Background(), &buf, dst.db, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("imported %+v", *st)
	if st.Articles < 10 || st.Entities < 50 || st.Events < 10 || st.Links < 50 || st.Corrections != 2 {
		t.Errorf("imported %+v: want the whole sample base and its 2 corrections", *st)
	}
}

// TestRoundTripGenerated round-trips a generated base, whose articles
// carry hand-made knowledge rather than the resolver's.
func TestRoundTripGenerated(t *testing.T) {
	b := synthBase(t, 120)
	got, _ := roundTrip(t, b)
	compareBases(t, b, got)
}
