package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"attache"
	"attache/internal/devcorpus"
	"attache/internal/pgtest"
	"attache/internal/sqlitetest"
	"attache/sqlite"
)

// The crash helper: when the test binary is started with these variables
// set, TestMain runs one ingest that dies at the named point instead of
// running the tests.
const (
	crashPointEnv = "ATTACHE_TEST_CRASH_POINT" // after-put, before-knowledge, after-knowledge, term-after-put
	crashAtEnv    = "ATTACHE_TEST_CRASH_AT"    // the n-th call (1-based) at which to die
)

func TestMain(m *testing.M) {
	if point := os.Getenv(crashPointEnv); point != "" {
		os.Exit(crashHelper(point, os.Args[len(os.Args)-2:]))
	}
	if args := os.Getenv(argsEnv); args != "" {
		os.Exit(commandHelper(args))
	}
	os.Exit(pgtest.Main(m)) // stops the PostgreSQL server of the tests, if one was started
}

// crashHelper runs "attache ingest --db DB --workers 1 DIR" (args holds DB
// and DIR) over a store that kills the process at point, as main does:
// with SIGINT/SIGTERM cancelling the context.
func crashHelper(point string, args []string) int {
	at, _ := strconv.Atoi(os.Getenv(crashAtEnv))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := NewMain()
	m.Config = DefaultConfig(func(string) string { return "" })
	m.Config.wrapStore = func(db *sqlite.DB) attache.Store { return &crashStore{DB: db, point: point, at: at} }
	if err := m.Run(ctx, []string{"ingest", "--db", args[0], "--workers", "1", args[1]}); err != nil {
		fmt.Fprintln(os.Stderr, "attache:", err)
		return exitCode(err)
	}
	return 0
}

// crashStore is a SQLite store that dies at one point of one call.
type crashStore struct {
	*sqlite.DB
	point string
	at    int
	puts  int
	kputs int
}

func (s *crashStore) PutArticle(ctx context.Context, a *attache.Article) error {
	err := s.DB.PutArticle(ctx, a)
	s.afterPuts(ctx, 1)
	return err
}

// PutArticles is how ingest's writer stores: the chosen point applies
// after the commit of the batch that holds the at-th article.
func (s *crashStore) PutArticles(ctx context.Context, arts []*attache.Article) []error {
	errs := s.DB.PutArticles(ctx, arts)
	s.afterPuts(ctx, len(arts))
	return errs
}

// afterPuts counts n articles stored and dies, or is stopped, when the
// count passes the chosen one.
func (s *crashStore) afterPuts(ctx context.Context, n int) {
	before := s.puts
	s.puts += n
	if before < s.at && s.at <= s.puts {
		switch s.point {
		case "after-put":
			syscall.Kill(os.Getpid(), syscall.SIGKILL)
			select {}
		case "term-after-put":
			syscall.Kill(os.Getpid(), syscall.SIGTERM)
			<-ctx.Done() // the signal arrives asynchronously
		}
	}
}

func (s *crashStore) PutKnowledge(ctx context.Context, k *attache.Knowledge) error {
	return s.knowledgeWrite(ctx, func() error { return s.DB.PutKnowledge(ctx, k) })
}

func (s *crashStore) ReplaceKnowledge(ctx context.Context, k *attache.Knowledge) error {
	return s.knowledgeWrite(ctx, func() error { return s.DB.ReplaceKnowledge(ctx, k) })
}

func (s *crashStore) PatchKnowledge(ctx context.Context, entities, events []string, k *attache.Knowledge) error {
	return s.knowledgeWrite(ctx, func() error { return s.DB.PatchKnowledge(ctx, entities, events, k) })
}

// knowledgeWrite counts writes to the knowledge base, added to or
// replaced, and dies before or after the chosen one.
func (s *crashStore) knowledgeWrite(ctx context.Context, write func() error) error {
	s.kputs++
	if s.kputs == s.at && s.point == "before-knowledge" {
		syscall.Kill(os.Getpid(), syscall.SIGKILL)
		select {}
	}
	err := write()
	if s.kputs == s.at && s.point == "after-knowledge" {
		syscall.Kill(os.Getpid(), syscall.SIGKILL)
		select {}
	}
	return err
}

// TestIngestCrashConsistent interrupts an ingest of the dev corpus at
// several points (kill -9 between storing and resolving an article, in the
// middle of resolving, just after, and SIGTERM), re-runs it plainly, and
// checks that the knowledge base is the one an uninterrupted run builds.
// The reference is an uninterrupted run, which equals a rebuild.
func TestIngestCrashConsistent(t *testing.T) {
	if testing.Short() {
		t.Skip("runs subprocesses")
	}
	dev := devcorpus.Dir(t)
	ref := filepath.Join(t.TempDir(), "ref.db")
	if out, stderr, err := runOn(t, ref, "ingest", "--db", ref, "--workers", "1", dev); err != nil {
		t.Fatalf("reference run: %v\n%s%s", err, out, stderr)
	}
	want := knowledgeDump(t, ref)
	// Resolution does not depend on order, so the uninterrupted run is
	// also what a rebuild from the stored extractions gives.
	if out, stderr, err := runOn(t, ref, "reextract", "--db", ref); err != nil {
		t.Fatalf("rebuild: %v\n%s%s", err, out, stderr)
	}
	if got := knowledgeDump(t, ref); got != want {
		t.Fatalf("a rebuild differs from the ingest that stored the articles:\n%s", lineDiff(got, want))
	}
	cases := []struct {
		point string
		at    int
	}{
		// Ingest resolves in batches: a run of the dev corpus writes the
		// knowledge base once, for all its articles.
		{"after-put", 1}, {"after-put", 4}, {"before-knowledge", 1}, {"after-knowledge", 1}, {"term-after-put", 3},
	}
	for _, c := range cases {
		t.Run(fmt.Sprintf("%s-%d", c.point, c.at), func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "crash.db")
			cmd := exec.Command(os.Args[0], db, dev)
			cmd.Env = append(os.Environ(), crashPointEnv+"="+c.point, crashAtEnv+"="+strconv.Itoa(c.at))
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			err := cmd.Run()
			if err == nil {
				t.Fatalf("the interrupted run exited cleanly: nothing tested\n%s", stderr.String())
			}
			if c.point == "term-after-put" && !strings.Contains(stderr.String(), "interrupted") {
				t.Errorf("SIGTERM: stderr %q does not say the run was interrupted", stderr.String())
			}
			if out, stderr, err := runOn(t, db, "ingest", "--db", db, "--workers", "1", dev); err != nil {
				t.Fatalf("re-run: %v\n%s%s", err, out, stderr)
			}
			if got := knowledgeDump(t, db); got != want {
				t.Errorf("knowledge base after the re-run differs from an uninterrupted run:\n%s", lineDiff(got, want))
			}
		})
	}
}

// runOn runs the command line over the database file db.
func runOn(t *testing.T, db string, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	m := NewMain()
	m.Config = DefaultConfig(func(string) string { return "" })
	m.Config.DB = db
	m.Stdin, m.Stdout, m.Stderr = strings.NewReader(""), &out, &errb
	err := m.Run(context.Background(), args)
	return out.String(), errb.String(), err
}

// knowledgeDump prints every row of the knowledge-base tables, sorted, so
// that two bases can be compared.
func knowledgeDump(t *testing.T, path string) string {
	t.Helper()
	dump, _ := sqlitetest.DumpKnowledge(t, path)
	return dump
}

// lineDiff lists the lines only in got (-) and only in want (+).
func lineDiff(got, want string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	g, w := in(got), in(want)
	var out []string
	for l := range g {
		if !w[l] {
			out = append(out, "- "+l)
		}
	}
	for l := range w {
		if !g[l] {
			out = append(out, "+ "+l)
		}
	}
	sort.Strings(out)
	if len(out) > 40 {
		out = append(out[:40], fmt.Sprintf("... %d more", len(out)-40))
	}
	return strings.Join(out, "\n")
}
