package ingest_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"attache/ingest"
)

// IngestFS reads a folder of an fs.FS as Ingest reads one on disk: known
// extensions only, hidden files skipped, metadata from its MANIFEST.tsv.
func TestIngestFSReadsFolderWithManifest(t *testing.T) {
	fsys := fstest.MapFS{
		"corpus/a.txt":        {Data: []byte("The chiefs of the two navies met in Valparaiso to plan a joint patrol.\n")},
		"corpus/b.txt":        {Data: []byte("date 2023-08-09\nThe air forces of Kenya and Tanzania signed a training accord in Arusha.\n")},
		"corpus/b.gold.json":  {Data: []byte("{}")},
		"corpus/.hidden.txt":  {Data: []byte("Not an article.\n")},
		"corpus/MANIFEST.tsv": {Data: []byte("file\tpublished\tsource\na.txt\t2022-01-05\tCoast Wire\nb.txt\t\tLake Post\n")},
	}
	db := MustOpen(t)
	s := &ingest.Service{Store: db, Workers: 2}
	res, err := s.IngestFS(context.Background(), fsys, "corpus")
	if err != nil {
		t.Fatal(err)
	}
	if res.New != 2 || res.Failed != 0 || res.Skipped != 2 { // the gold file and the manifest
		t.Fatalf("new %d, failed %d (%v), skipped %d; want 2, 0, 2", res.New, res.Failed, res.Errors, res.Skipped)
	}
	want := map[string][2]string{"corpus/a.txt": {"2022-01-05", "Coast Wire"}, "corpus/b.txt": {"2023-08-09", "Lake Post"}}
	for _, o := range res.Outcomes {
		a, err := db.Article(context.Background(), o.ID)
		if err != nil {
			t.Fatal(err)
		}
		if w := want[o.Path]; a.Published != w[0] || a.Source != w[1] {
			t.Errorf("%s: published %q, source %q; want %q, %q", o.Path, a.Published, a.Source, w[0], w[1])
		}
	}
}

// IngestDocuments sends a document held in memory through the same
// checks as a file: HTML is reduced to its text, the caller's fields win,
// and a text ingest would refuse on disk is refused here too.
func TestIngestDocumentsSameChecksAsFiles(t *testing.T) {
	db := MustOpen(t)
	s := &ingest.Service{Store: db}
	page := "<html><head><title>Page title</title></head><body><script>var x;</script>" +
		"<p>The defence ministers of Ghana and Togo met in Lome to review border patrols.</p></body></html>"
	res, err := s.IngestDocuments(context.Background(),
		ingest.Document{Path: "api", Format: ingest.FormatHTML, Original: []byte(page), Title: "Posted title", Published: "2024-02-03"},
		ingest.Document{Path: "api-binary", Text: strings.Repeat("\x01\x02 talks", 10)},
		ingest.Document{Path: "api-year", Text: "The two navies met off Mombasa.", Published: "2024"},
	)
	if err != nil {
		t.Fatal(err)
	}
	if res.New != 1 || res.Failed != 2 || res.Errors[0].Path != "api-binary" || !strings.Contains(res.Errors[0].Err.Error(), "control bytes") ||
		res.Errors[1].Path != "api-year" || !strings.Contains(res.Errors[1].Err.Error(), "bad published date") {
		t.Fatalf("new %d, failed %d, errors %v; want the HTML stored, the binary text and the year-only date refused", res.New, res.Failed, res.Errors)
	}
	a, err := db.Article(context.Background(), res.Outcomes[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Posted title" || a.Published != "2024-02-03" || a.Format != ingest.FormatHTML || strings.Contains(a.Text, "var x") {
		t.Errorf("title %q, published %q, format %q, text %q", a.Title, a.Published, a.Format, a.Text)
	}
}
