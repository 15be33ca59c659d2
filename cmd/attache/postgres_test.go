package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"attache/internal/pgtest"
	"attache/simhash"
)

// argsEnv, when set to a JSON array of arguments, makes the test binary
// run that attache command line as the attache binary does instead of
// the tests: the worker processes of the tests below.
const argsEnv = "ATTACHE_TEST_ARGS"

// commandHelper runs one command line (JSON) as main does.
func commandHelper(args string) int {
	var argv []string
	if err := json.Unmarshal([]byte(args), &argv); err != nil {
		fmt.Fprintln(os.Stderr, "bad", argsEnv, err)
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := NewMain()
	m.Config = DefaultConfig(func(string) string { return "" })
	if err := m.Run(ctx, argv); err != nil {
		if !errors.Is(err, errReported) {
			fmt.Fprintln(os.Stderr, "attache:", err)
		}
		return exitCode(err)
	}
	return 0
}

// attacheProcess returns a command running attache args in a process of
// its own (this test binary, see commandHelper).
func attacheProcess(args ...string) *exec.Cmd {
	b, _ := json.Marshal(args)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), argsEnv+"="+string(b))
	return cmd
}

// pgDump prints every row of the articles' ids and the knowledge-base
// tables of the database at addr, sorted, so that two bases can be
// compared, with the number of articles still pending.
func pgDump(t *testing.T, addr string) string {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var b strings.Builder
	for _, q := range []string{
		"SELECT id, coalesce(duplicate_of, '') FROM articles", "SELECT count(*) FROM pending_resolution",
		"SELECT * FROM kb_entities", "SELECT * FROM kb_aliases", "SELECT * FROM kb_positions", "SELECT * FROM kb_links",
		"SELECT * FROM kb_events", "SELECT * FROM kb_event_parties", "SELECT * FROM kb_event_sources", "SELECT * FROM kb_event_pairs",
	} {
		rows, err := conn.Query(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		var lines []string
		for rows.Next() {
			vals, err := rows.Values()
			if err != nil {
				t.Fatal(err)
			}
			cells := []string{q[strings.LastIndex(q, " ")+1:]}
			for _, v := range vals {
				cells = append(cells, fmt.Sprint(v))
			}
			lines = append(lines, strings.Join(cells, "\t"))
		}
		rows.Close()
		sort.Strings(lines)
		b.WriteString(strings.Join(lines, "\n"))
		fmt.Fprintf(&b, "\n%s: %d rows\n", q, len(lines))
	}
	return b.String()
}

// sampleFiles lists the bundled sample articles.
func sampleFiles(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(sampleDir(t), "*.txt"))
	if err != nil || len(files) < 8 {
		t.Fatalf("sample articles: %v, %v", files, err)
	}
	return files
}

// TestPostgresLikeSQLite ingests the sample corpus into SQLite and into
// PostgreSQL and runs the read commands on both: they print the same.
func TestPostgresLikeSQLite(t *testing.T) {
	pg, lite := pgtest.URL(t), filepath.Join(t.TempDir(), "attache.db")
	// One worker: articles of one date are listed newest stored first, and
	// with one worker both stores store them in the same order.
	for _, db := range []string{lite, pg} {
		if out, stderr, err := runOn(t, db, "ingest", "--db", db, "--workers", "1", sampleDir(t)); err != nil {
			t.Fatalf("ingest: %v\n%s%s", err, out, stderr)
		}
	}
	for _, args := range [][]string{
		{"articles", "--json"}, {"events", "--json"}, {"events", "--country", "US", "--json"}, {"relations", "US", "PH", "--json"},
		{"deployments", "--json"}, {"entity", "Lloyd Austin", "--json"}, {"corrections", "--json"},
	} {
		want, _, werr := runOn(t, lite, append(args, "--db", lite)...)
		got, _, gerr := runOn(t, pg, append(args, "--db", pg)...)
		if werr != nil || gerr != nil || got != want {
			t.Errorf("attache %s: PostgreSQL (%v) and SQLite (%v) differ:\n%s", strings.Join(args, " "), gerr, werr,
				lineDiff(got, want))
		}
	}
	// Ranks are the stores' own (bm25, ts_rank): the hits are compared.
	for _, q := range []string{"defence cooperation", "ha noi", `"Defence Cooperation Agreement"`, "minist*"} {
		hitIDs := func(db string) []string {
			out, _, err := runOn(t, db, "search", q, "--db", db, "--json", "--limit", "100")
			if err != nil {
				t.Fatalf("search %s: %v", q, err)
			}
			var hits []struct{ ID string }
			if err := json.Unmarshal([]byte(out), &hits); err != nil {
				t.Fatalf("search %s: %v\n%s", q, err, out)
			}
			var ids []string
			for _, h := range hits {
				ids = append(ids, h.ID)
			}
			slices.Sort(ids)
			return ids
		}
		if got, want := hitIDs(pg), hitIDs(lite); !slices.Equal(got, want) || len(want) == 0 {
			t.Errorf("search %s: PostgreSQL finds %v, SQLite %v", q, got, want)
		}
	}
	// A correction on one is a correction on every process of it.
	if _, stderr, err := runOn(t, pg, "entity", "rename", "Lloyd Austin", "Lloyd J. Austin III", "--db", pg); err != nil {
		t.Fatalf("rename: %v %s", err, stderr)
	}
	out, _, err := runOn(t, pg, "entity", "Lloyd J. Austin III", "--json", "--db", pg)
	if err != nil || !strings.Contains(out, `"name": "Lloyd J. Austin III"`) {
		t.Errorf("after rename: %v\n%.300s", err, out)
	}
}

// TestPostgresBadInput: wrong credentials and another program's database
// each get one line naming the address (without its password), a
// non-zero exit, and nothing written.
func TestPostgresBadInput(t *testing.T) {
	good, err := url.Parse(pgtest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	wrong := *good
	wrong.User = url.UserPassword(pgtest.User, "s3cret-but-wrong")
	other := pgtest.URL(t)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, other)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `CREATE TABLE invoices (id int)`); err != nil {
		t.Fatal(err)
	}
	for addr, want := range map[string]string{
		wrong.String(): "wrong user name or password",
		other:          "not an attache database",
	} {
		cmd := attacheProcess("ingest", "--db", addr, sampleFiles(t)[0])
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
		if err == nil || len(lines) != 1 || !strings.Contains(lines[0], want) || strings.Contains(lines[0], "s3cret") {
			t.Errorf("ingest --db %s: %v, stderr %q; want one line saying %q", want, err, stderr.String(), want)
		}
	}
	var n int
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()`).Scan(&n); err != nil || n != 1 {
		t.Errorf("another program's database has %d tables (%v), want its 1", n, err)
	}
}

// TestIngestProcessesAtOnce starts four ingest processes at once on one
// PostgreSQL database, each over an overlapping three quarters of the
// sample corpus, and kills one of them (kill -9) midway. The others
// finish, a re-run of the killed one completes its work, and the base
// holds every article once and the same knowledge as one process makes.
func TestIngestProcessesAtOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("runs subprocesses")
	}
	files := sampleFiles(t)
	ref := pgtest.URL(t)
	if out, stderr, err := runOn(t, ref, "ingest", "--db", ref, "--workers", "1", sampleDir(t)); err != nil {
		t.Fatalf("reference run: %v\n%s%s", err, out, stderr)
	}
	want := pgDump(t, ref)

	shared := pgtest.URL(t)
	// The database exists before the workers start, as on a team's server.
	if _, _, err := runOn(t, shared, "articles", "--db", shared); err != nil {
		t.Fatal(err)
	}
	conn, err := pgx.Connect(context.Background(), shared)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	worker := func(w int) []string {
		args := []string{"ingest", "--db", shared, "--workers", "1"}
		if w == 0 {
			return append(args, files...) // the one killed: all of them, so that it is still at work
		}
		for i, f := range files {
			if (i+w)%4 != 0 {
				args = append(args, f)
			}
		}
		return args
	}
	var cmds []*exec.Cmd
	var outs []*bytes.Buffer
	for w := range 4 {
		cmd := attacheProcess(worker(w)...)
		out := &bytes.Buffer{}
		cmd.Stdout, cmd.Stderr = out, out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds, outs = append(cmds, cmd), append(outs, out)
	}
	// Kill worker 0 once a few articles are stored.
	deadline := time.Now().Add(2 * time.Minute)
	for {
		var n int
		if err := conn.QueryRow(context.Background(), `SELECT count(*) FROM articles`).Scan(&n); err == nil && n >= 3 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no articles stored after 2 minutes")
		}
		time.Sleep(10 * time.Millisecond)
	}
	cmds[0].Process.Kill()
	if err := cmds[0].Wait(); err == nil {
		t.Fatalf("worker 0 finished before it was killed: nothing tested\n%s", outs[0])
	}
	for w := 1; w < 4; w++ {
		if err := cmds[w].Wait(); err != nil {
			t.Fatalf("worker %d: %v\n%s", w, err, outs[w])
		}
	}
	rerun := attacheProcess(worker(0)...)
	if out, err := rerun.CombinedOutput(); err != nil {
		t.Fatalf("re-run of the killed worker: %v\n%s", err, out)
	}
	if got := pgDump(t, shared); got != want {
		t.Errorf("four processes and one differ:\n%s", lineDiff(got, want))
	}
}

// TestTwoServersOnPostgres: two servers on one PostgreSQL database; a
// correction posted to one is what the other shows at once.
func TestTwoServersOnPostgres(t *testing.T) {
	db := pgtest.URL(t)
	if out, stderr, err := runOn(t, db, "ingest", "--db", db, sampleDir(t)); err != nil {
		t.Fatalf("ingest: %v\n%s%s", err, out, stderr)
	}
	a := startServe(t, "--db", db, "--token", "tok")
	b := startServe(t, "--db", db, "--token", "tok")
	req, err := http.NewRequest("POST", a+"/api/v1/corrections",
		strings.NewReader(`{"kind": "rename", "entity": "Lloyd Austin", "value": "Lloyd J. Austin III"}`))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer tok")
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("correct on server a: %d", resp.StatusCode)
	}
	resp, err = http.Get(b + "/api/v1/entities/" + url.PathEscape("Lloyd J. Austin III"))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var body bytes.Buffer
	body.ReadFrom(resp.Body)
	if resp.StatusCode != http.StatusOK || !strings.Contains(body.String(), `"Lloyd J. Austin III"`) {
		t.Errorf("server b after the correction on a: %d %.300s", resp.StatusCode, body.String())
	}
}

// BenchmarkIngestProcesses measures "attache ingest" throughput with 1, 2
// and 4 processes (one worker each) sharing the sample and held-out
// articles against one PostgreSQL database: extraction runs in parallel,
// resolution takes turns.
func BenchmarkIngestProcesses(b *testing.B) {
	files := sampleFiles(b)
	held, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "heldout", "*.txt"))
	files = append(files, held...)
	for _, procs := range []int{1, 2, 4} {
		b.Run(fmt.Sprintf("processes=%d", procs), func(b *testing.B) {
			var busy time.Duration
			for range b.N {
				db := pgtest.URL(b)
				var cmds []*exec.Cmd
				for p := range procs {
					args := []string{"ingest", "--db", db, "--workers", "1"}
					for i := p; i < len(files); i += procs {
						args = append(args, files[i])
					}
					cmds = append(cmds, attacheProcess(args...))
				}
				start := time.Now()
				for _, c := range cmds {
					if err := c.Start(); err != nil {
						b.Fatal(err)
					}
				}
				for _, c := range cmds {
					if err := c.Wait(); err != nil {
						b.Fatal(err)
					}
				}
				busy += time.Since(start)
			}
			b.ReportMetric(float64(len(files)*b.N)/busy.Seconds(), "articles/s")
		})
	}
}

// TestNearDuplicatesAcrossProcesses: near copies of articles ingested by
// different processes at the same moment are linked once: of each pair,
// one is the first copy and the other its near-duplicate.
func TestNearDuplicatesAcrossProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("runs subprocesses")
	}
	dir := t.TempDir()
	var originals, copies []string
	for i, f := range sampleFiles(t)[:4] {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		near := append(append([]byte{}, text...), "\n\nThe two sides agreed to meet again next year."...)
		if d := simhash.Distance(simhash.Fingerprint(string(text)), simhash.Fingerprint(string(near))); d > simhash.Threshold {
			t.Fatalf("%s: the near copy is %d bits away, over the threshold", f, d)
		}
		o, n := filepath.Join(dir, fmt.Sprintf("%d-a.txt", i)), filepath.Join(dir, fmt.Sprintf("%d-b.txt", i))
		if err := os.WriteFile(o, text, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(n, near, 0o644); err != nil {
			t.Fatal(err)
		}
		originals, copies = append(originals, o), append(copies, n)
	}
	db := pgtest.URL(t)
	if _, _, err := runOn(t, db, "articles", "--db", db); err != nil {
		t.Fatal(err)
	}
	reversed := func(s []string) []string { r := slices.Clone(s); slices.Reverse(r); return r }
	var cmds []*exec.Cmd
	for _, files := range [][]string{originals, copies, reversed(originals), reversed(copies)} {
		cmd := attacheProcess(append([]string{"ingest", "--db", db, "--workers", "1"}, files...)...)
		cmds = append(cmds, cmd)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
	}
	for _, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Fatal(err)
		}
	}
	conn, err := pgx.Connect(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	var total, firsts int
	if err := conn.QueryRow(context.Background(), `SELECT count(*), count(*) FILTER (WHERE duplicate_of IS NULL) FROM articles`).Scan(&total, &firsts); err != nil {
		t.Fatal(err)
	}
	if total != 8 || firsts != 4 {
		t.Errorf("%d articles of which %d first copies, want 8 and 4", total, firsts)
	}
}
