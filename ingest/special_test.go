package ingest_test

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"attache"
	"attache/ingest"
)

// withTimeout runs an ingest and fails the test if it does not end in
// time, instead of hanging the test binary.
func withTimeout(t *testing.T, d time.Duration, s *ingest.Service, paths ...string) *ingest.Result {
	t.Helper()
	type out struct {
		res *ingest.Result
		err error
	}
	done := make(chan out, 1)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		res, err := s.Ingest(ctx, paths)
		done <- out{res, err}
	}()
	select {
	case o := <-done:
		if o.err != nil {
			t.Fatalf("ingest: %v", o.err)
		}
		return o.res
	case <-time.After(d):
		t.Fatalf("ingest of %v still running after %v", paths, d)
	}
	return nil
}

// TestSpecialFilesRefused gives a device and a named pipe (on its own and
// inside a folder) next to a good file: each is refused with one line, the
// good file is stored, and nothing hangs or reads without end.
func TestSpecialFilesRefused(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte(lead), 0o644)
	fifo := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name  string
		paths []string
		bad   string
	}{
		{"device", []string{"/dev/zero", good}, "/dev/zero"},
		{"fifo", []string{fifo, good}, fifo},
		{"fifo in folder", []string{dir}, fifo},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := &ingest.Service{Store: MustOpen(t)}
			res := withTimeout(t, 5*time.Second, s, tt.paths...)
			if res.New != 1 || res.Failed != 1 || len(res.Errors) != 1 {
				t.Fatalf("result %+v, errors %v", res, res.Errors)
			}
			e := res.Errors[0]
			if e.Path != tt.bad || !strings.Contains(e.Err.Error(), "not a regular file") {
				t.Errorf("error %q, want %s refused as not a regular file", e.Error(), tt.bad)
			}
		})
	}
}

// TestSpecialFilesAllowed reads a device and a pipe when asked: the read
// stops at the size limit, and a pipe whose writer sends nothing at the
// deadline.
func TestSpecialFilesAllowed(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	w, err := os.OpenFile(fifo, os.O_RDWR, 0) // a writer that stays silent
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	s := &ingest.Service{Store: MustOpen(t), AllowSpecial: true, MaxSize: 1 << 20, InputTimeout: 500 * time.Millisecond}
	res := withTimeout(t, 5*time.Second, s, "/dev/zero", fifo)
	if res.Failed != 2 || len(res.Errors) != 2 {
		t.Fatalf("result %+v, errors %v", res, res.Errors)
	}
	if e := res.Errors[0]; e.Path != "/dev/zero" || !strings.Contains(e.Err.Error(), "too large") {
		t.Errorf("device: %q, want too large", e.Error())
	}
	if e := res.Errors[1]; e.Path != fifo || !strings.Contains(e.Err.Error(), "timed out") {
		t.Errorf("fifo: %q, want timed out", e.Error())
	}
}

// TestStdinStopsOnCancel cancels a run blocked on standard input that
// never ends: Ingest returns promptly.
func TestStdinStopsOnCancel(t *testing.T) {
	r, w := io.Pipe()
	defer w.Close()
	s := &ingest.Service{Store: MustOpen(t), Stdin: r}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := s.Ingest(ctx, []string{"-"})
		done <- err
	}()
	time.Sleep(50 * time.Millisecond)
	cancel()
	select {
	case err := <-done:
		if err == nil {
			t.Error("cancelled run returned no error")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("ingest blocked on stdin after cancel")
	}
}

// TestFeedWithBadItem: a feed with one malformed item stores the others
// and reports that one by its position.
func TestFeedWithBadItem(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "news.rss")
	os.WriteFile(path, []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>One</title><link>https://example.org/1</link><description>The defence ministers of Chile and Argentina met in Santiago on Monday.</description></item>
<item><title>Two</title><link>https://example.org/2</link><description>A bare less-than: 5 < 7 ships.</description></item>
<item><title>Three</title><link>https://example.org/3</link><description>Engineers of the rotation returned from the mission after a year abroad.</description></item>
</channel></rss>`), 0o644)
	res := withTimeout(t, 30*time.Second, &ingest.Service{Store: MustOpen(t)}, path)
	if res.New != 2 || res.Failed != 1 || len(res.Errors) != 1 || res.Errors[0].Path != path+"#2" {
		t.Fatalf("result %+v, errors %v", res, res.Errors)
	}
	if res.Outcomes[0].Path != path+"#1" || res.Outcomes[1].Path != path+"#3" {
		t.Errorf("outcomes %+v", res.Outcomes)
	}
}

// TestSymlinkedFolderReported: a folder walk does not follow a link to
// another folder, and says so.
func TestSymlinkedFolderReported(t *testing.T) {
	dir, other := t.TempDir(), t.TempDir()
	os.WriteFile(filepath.Join(dir, "good.txt"), []byte(lead), 0o644)
	os.WriteFile(filepath.Join(other, "elsewhere.txt"), []byte("Ships from Peru and Chile sailed to Callao for the joint drill on Monday.\n"), 0o644)
	link := filepath.Join(dir, "linked")
	if err := os.Symlink(other, link); err != nil {
		t.Fatal(err)
	}
	res := withTimeout(t, 30*time.Second, &ingest.Service{Store: MustOpen(t)}, dir)
	if res.New != 1 || res.Failed != 0 {
		t.Fatalf("result %+v", res)
	}
	if len(res.Warnings) != 1 || res.Warnings[0].Path != link || !strings.Contains(res.Warnings[0].Err.Error(), "symbolic link") {
		t.Errorf("warnings %v, want one for %s", res.Warnings, link)
	}
}

// blockingExtractor never finishes until released, like extraction of a
// huge hostile article; it says on started when a worker is inside it.
type blockingExtractor struct{ started, release chan struct{} }

func (b blockingExtractor) Extract(doc, text, published string) *attache.Extraction {
	select {
	case b.started <- struct{}{}:
	default:
	}
	<-b.release
	return &attache.Extraction{Doc: doc}
}

// TestCancelDoesNotWaitForExtraction: an interrupted run returns promptly
// with what it stored, even while a worker is still extracting (that
// article is simply not stored; the next run does it).
func TestCancelDoesNotWaitForExtraction(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "slow.txt")
	os.WriteFile(p, []byte(lead), 0o644)
	ex := blockingExtractor{started: make(chan struct{}, 1), release: make(chan struct{})}
	defer close(ex.release)
	s := &ingest.Service{Store: MustOpen(t), Extractor: ex}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		res, err := s.Ingest(ctx, []string{p})
		if err == nil || res == nil || res.New != 0 {
			t.Errorf("cancelled run: %+v, %v", res, err)
		}
		done <- err
	}()
	// cancel only once a worker is extracting: a fixed sleep cancelled a
	// loaded machine's run before it reached extraction
	select {
	case <-ex.started:
	case <-time.After(30 * time.Second):
		t.Fatal("the run never reached extraction")
	}
	cancel()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Ingest waited for the extraction after cancel")
	}
}
