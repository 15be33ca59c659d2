package main

import (
	"context"
	"encoding/json"
	"io/fs"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"attache/sample"
)

// startServe runs "attache serve" on a random port with the given
// arguments and returns its base URL.
func startServe(t *testing.T, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	out, errs := &syncBuffer{}, &syncBuffer{}
	m := NewMain()
	m.Stdout, m.Stderr = out, errs
	m.Config.Token = ""
	done := make(chan error, 1)
	go func() { done <- m.Run(ctx, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	for range 400 {
		if m := servingRE.FindStringSubmatch(out.String()); m != nil {
			return m[1]
		}
		select {
		case err := <-done:
			t.Fatalf("serve stopped: %v\n%s", err, errs)
		case <-time.After(25 * time.Millisecond):
		}
	}
	t.Fatalf("serve did not start\n%s", errs)
	return ""
}

func TestServeReadOnlyWithoutToken(t *testing.T) {
	base := startServe(t, "--db", filepath.Join(t.TempDir(), "a.db"))
	resp, err := http.Get(base + "/api/v1/articles")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("GET articles: %d", resp.StatusCode)
	}
	resp, err = http.Post(base+"/api/v1/ingest", "application/json", strings.NewReader(`{"text":"The navies met."}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 401 {
		t.Errorf("ingest on a read-only server: %d, want 401", resp.StatusCode)
	}
}

func TestServeIngestThroughAPI(t *testing.T) {
	base := startServe(t, "--db", filepath.Join(t.TempDir(), "a.db"), "--token", "tok")
	body := `{"title":"Navies meet","published":"2025-03-01","source":"Test","text":"Indian Navy chief Admiral Dinesh K. Tripathi met Japanese counterparts in Tokyo on Monday.\n\nThe two navies agreed to expand joint exercises."}`
	req, _ := http.NewRequest("POST", base+"/api/v1/ingest", strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer tok")
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var res struct{ Results []struct{ ID, Status string } }
	json.NewDecoder(resp.Body).Decode(&res)
	resp.Body.Close()
	if resp.StatusCode != 201 || len(res.Results) != 1 || res.Results[0].Status != "new" {
		t.Fatalf("ingest: %d %+v", resp.StatusCode, res)
	}
	// Stored with the ingest service's cleaning and extraction.
	resp, err = http.Get(base + "/api/v1/articles/" + res.Results[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	var a struct {
		Published  string
		Source     string
		Text       string
		Extraction *struct{ Entities []struct{ Name string } }
	}
	json.NewDecoder(resp.Body).Decode(&a)
	resp.Body.Close()
	if a.Published != "2025-03-01" || a.Source != "Test" || !strings.HasPrefix(a.Text, "Indian Navy chief") || a.Extraction == nil {
		t.Errorf("stored article: %+v", a)
	}
	// The same article again is a duplicate: 200, not 201.
	req, _ = http.NewRequest("POST", base+"/api/v1/ingest", strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer tok")
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("second ingest: %d, want 200", resp.StatusCode)
	}
}

func TestDemoIngestsSample(t *testing.T) {
	base := startDemo(t, "tok")
	texts, err := fs.Glob(sample.FS, sample.Dir+"/*.txt")
	if err != nil || len(texts) == 0 {
		t.Fatalf("sample corpus: %v (%d files)", err, len(texts))
	}
	resp, err := http.Get(base + "/api/v1/articles")
	if err != nil {
		t.Fatal(err)
	}
	var list struct{ Total int }
	json.NewDecoder(resp.Body).Decode(&list)
	resp.Body.Close()
	if list.Total != len(texts) {
		t.Errorf("demo stored %d articles, the sample has %d", list.Total, len(texts))
	}
}
