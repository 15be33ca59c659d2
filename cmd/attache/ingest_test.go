package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"attache"
	"attache/ingest/ingesttest"
	"attache/sqlite"
)

func TestIngestCommand(t *testing.T) {
	dev, n := sampleDir(t), sampleCount(t)
	db := filepath.Join(t.TempDir(), "a.db")
	out, stderr, err := runCmd(t, "", "ingest", dev, "--db", db, "--workers", "2")
	if err != nil || out != fmt.Sprintf("new %d, duplicate 0, near-duplicate 0, failed 0\n", n) {
		t.Fatalf("first run: %v\nstdout %q\nstderr %q", err, out, stderr)
	}
	out, _, err = runCmd(t, "", "ingest", "--db", db, dev)
	if err != nil || out != fmt.Sprintf("new 0, duplicate %d, near-duplicate 0, failed 0\n", n) {
		t.Fatalf("second run: %v, %q", err, out)
	}

	// Bad input: one line per failed input, the good ones stored, exit
	// status non-zero.
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	out, stderr, err = runCmd(t, "Ships from Peru and Chile sailed to Callao for the joint drill on Monday.\n",
		"ingest", "--db", db, "--json", "--source", "stdin-src", empty, "-")
	if !errors.Is(err, errReported) || exitCode(err) != 1 {
		t.Fatalf("err %v, want errReported", err)
	}
	if stderr != "attache: "+empty+": empty file\n" {
		t.Errorf("stderr %q", stderr)
	}
	var sum struct {
		New, Failed int
		Errors      []struct{ Path, Error string }
	}
	if err := json.Unmarshal([]byte(out), &sum); err != nil || sum.New != 1 || sum.Failed != 1 || len(sum.Errors) != 1 || sum.Errors[0].Path != empty {
		t.Errorf("json summary %q (%v): %+v", out, err, sum)
	}

	if _, _, err := runCmd(t, "", "ingest", "--db", db); !errors.Is(err, errUsage) {
		t.Errorf("no input: %v, want usage error", err)
	}
	if _, _, err := runCmd(t, "", "ingest", "--db", db, "--published", "May 2025", dev); attache.ErrorCode(err) != attache.EINVALID {
		t.Errorf("bad --published: %v", err)
	}
}

// TestIngestKill9 kills the real binary mid-ingest and re-runs it: every
// article ends up stored exactly once.
func TestIngestKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "attache")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	const n = 400
	inputs := filepath.Join(tmp, "in")
	os.Mkdir(inputs, 0o755)
	if _, err := ingesttest.WriteFiles(inputs, 7, n); err != nil {
		t.Fatal(err)
	}
	dbPath := filepath.Join(tmp, "kill.db")
	ctx := context.Background()
	db, err := sqlite.Open(ctx, dbPath) // creates the schema; also our window on progress
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	count := func() int {
		t.Helper()
		_, total, err := db.FindArticles(ctx, attache.ArticleFilter{Limit: 1})
		if err != nil {
			t.Fatal(err)
		}
		return total
	}

	cmd := exec.Command(bin, "ingest", "--db", dbPath, "--workers", "1", inputs)
	cmd.Env = append(os.Environ(), "ATTACHE_KB=")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	deadline := time.Now().Add(2 * time.Minute)
	for count() < 40 {
		select {
		case err := <-exited:
			t.Fatalf("ingest finished (%v) before it could be killed", err)
		default:
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("nothing stored after 2 minutes")
		}
		time.Sleep(time.Millisecond)
	}
	if err := cmd.Process.Kill(); err != nil { // SIGKILL
		t.Fatal(err)
	}
	<-exited
	stored := count()
	if stored >= n {
		t.Fatalf("all %d stored before the kill: nothing tested", stored)
	}
	t.Logf("killed after %d of %d articles", stored, n)

	out, err := exec.Command(bin, "ingest", "--db", dbPath, inputs).CombinedOutput()
	if err != nil {
		t.Fatalf("re-run: %v\n%s", err, out)
	}
	// Articles the killed run stored count as duplicates now; the rest are new.
	if !strings.HasPrefix(string(out), "new "+itoa(n-stored)+", duplicate "+itoa(stored)+", near-duplicate 0, failed 0") {
		t.Errorf("re-run summary %q, want %d new and %d duplicates", out, n-stored, stored)
	}
	arts, total, err := db.FindArticles(ctx, attache.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	paths := map[string]int{}
	for _, a := range arts {
		paths[filepath.Base(a.Path)]++
	}
	if total != n || len(paths) != n {
		t.Fatalf("stored %d articles from %d files, want %d", total, len(paths), n)
	}
	for p, c := range paths {
		if c != 1 {
			t.Errorf("%s stored %d times", p, c)
		}
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

// TestIngestSpecialFiles: a device and a named pipe end the run at once
// with one line each, not a read without end or a hang.
func TestIngestSpecialFiles(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	// The "not a regular file" line shows the file was refused before any
	// read: a read of /dev/zero would end at the size limit with another
	// message, and a read of the pipe would never end (the test's timeout).
	// No wall-clock limit: at load 30 a refusal once took 5.5 s.
	for _, path := range []string{"/dev/zero", fifo} {
		out, stderr, err := runCmd(t, "", "ingest", path)
		if !errors.Is(err, errReported) {
			t.Errorf("%s: err %v, want a reported failure", path, err)
		}
		if lines := strings.Split(strings.TrimSpace(stderr), "\n"); len(lines) != 1 ||
			!strings.HasPrefix(lines[0], "attache: "+path+": not a regular file") {
			t.Errorf("%s: stderr %q, want one line", path, stderr)
		}
		if out != "new 0, duplicate 0, near-duplicate 0, failed 1\n" {
			t.Errorf("%s: stdout %q", path, out)
		}
	}
}

// TestUnsupportedDatabaseAddress: an address of a database system other
// than PostgreSQL is refused with one line that does not repeat its
// password, and nothing is created.
func TestUnsupportedDatabaseAddress(t *testing.T) {
	for _, addr := range []string{"mysql://analyst:s3cret@db.example.org/kb", "sqlserver://root@localhost/kb"} {
		_, stderr, err := runCmd(t, "", "articles", "--db", addr)
		if err == nil {
			t.Fatalf("%s: accepted", addr)
		}
		msg := err.Error()
		if !strings.Contains(msg, "unsupported database address") || strings.Contains(msg, "s3cret") || strings.Contains(msg, "\n") || stderr != "" {
			t.Errorf("%s: %q (stderr %q)", addr, msg, stderr)
		}
		scheme, _, _ := strings.Cut(addr, "://")
		if _, err := os.Stat(scheme + ":"); err == nil {
			os.RemoveAll(scheme + ":")
			t.Errorf("%s: a folder %s: was created", addr, scheme)
		}
	}
}

// TestExtractSpecialFiles: extract refuses a pipe or a device at once,
// as ingest does, instead of blocking or reading without end.
func TestExtractSpecialFiles(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/dev/zero", fifo} {
		done := make(chan error, 1)
		go func() {
			_, _, err := runCmd(t, "", "extract", path)
			done <- err
		}()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), "not a regular file") {
				t.Errorf("%s: %v, want refused as not a regular file", path, err)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("extract %s still running after 5 s", path)
		}
	}
}
