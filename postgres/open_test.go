package postgres_test

import (
	"context"
	"net"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"

	"attache"
	"attache/internal/pgtest"
	"attache/postgres"
)

// exec runs statements on the database at addr.
func exec(t *testing.T, addr string, sqls ...string) {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	for _, sql := range sqls {
		if _, err := conn.Exec(ctx, sql); err != nil {
			t.Fatalf("%s: %v", sql, err)
		}
	}
}

// tables lists the tables of the database at addr.
func tables(t *testing.T, addr string) []string {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	rows, _ := conn.Query(ctx, `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1`)
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	return names
}

// wantRefused checks that opening addr fails with EINVALID, a one-line
// message holding want and never the password.
func wantRefused(t *testing.T, addr, want string) {
	t.Helper()
	s, err := postgres.Open(context.Background(), addr)
	if err == nil {
		s.Close()
		t.Fatalf("open %s: no error, want %q", postgres.Redact(addr), want)
	}
	msg := attache.ErrorMessage(err)
	if attache.ErrorCode(err) != attache.EINVALID || !strings.Contains(msg, want) || strings.Contains(msg, "\n") {
		t.Errorf("open: %v; want EINVALID on one line with %q", err, want)
	}
	if u, _ := url.Parse(addr); u != nil && u.User != nil {
		if pw, ok := u.User.Password(); ok && strings.Contains(err.Error(), pw) {
			t.Errorf("error shows the password: %v", err)
		}
	}
}

func TestOpenRefusesAnotherProgramsDatabase(t *testing.T) {
	addr := pgtest.URL(t)
	exec(t, addr, `CREATE TABLE customers (id int PRIMARY KEY, name text)`, `INSERT INTO customers VALUES (1, 'x')`,
		`CREATE TABLE schema_migrations (version bigint PRIMARY KEY, dirty boolean)`)
	before := tables(t, addr)
	wantRefused(t, addr, "not an attache database")
	if after := tables(t, addr); strings.Join(after, ",") != strings.Join(before, ",") {
		t.Errorf("tables changed: %v, were %v", after, before)
	}
}

func TestOpenRefusesANewerSchema(t *testing.T) {
	addr := pgtest.URL(t)
	s, err := postgres.Open(context.Background(), addr)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	exec(t, addr, `INSERT INTO attache_migrations (version, name) VALUES (999, '999_from_the_future.sql')`)
	wantRefused(t, addr, "use a newer attache")
}

// TestOpenMigratesAnOlderSchema: a database where an earlier attache
// recorded fewer migrations (here: none yet) gets the missing ones.
func TestOpenMigratesAnOlderSchema(t *testing.T) {
	addr := pgtest.URL(t)
	exec(t, addr, `CREATE TABLE attache_migrations (version integer PRIMARY KEY, name text NOT NULL,
		applied_at timestamptz NOT NULL DEFAULT now())`)
	s, err := postgres.Open(context.Background(), addr)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, _, err := s.FindArticles(context.Background(), attache.ArticleFilter{}); err != nil {
		t.Errorf("after migration: %v", err)
	}
}

func TestOpenRefusesBadAddresses(t *testing.T) {
	good, err := url.Parse(pgtest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	wrongPassword := *good
	wrongPassword.User = url.UserPassword(pgtest.User, "not-the-password")
	wantRefused(t, wrongPassword.String(), "wrong user name or password")

	wrongUser := *good
	wrongUser.User = url.UserPassword("nobody_here", "whatever")
	wantRefused(t, wrongUser.String(), "wrong user name or password")

	missing := *good
	missing.Path = "/no_such_database"
	wantRefused(t, missing.String(), "does not exist")

	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close() // nothing listens there now
	unreachable := *good
	unreachable.Host = net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	wantRefused(t, unreachable.String(), "cannot reach PostgreSQL")

	wantRefused(t, "postgres://[::1", "bad PostgreSQL address")
}

// TestOpenAtOnce: processes that open a new database at the same moment
// apply each migration once and all succeed.
func TestOpenAtOnce(t *testing.T) {
	addr := pgtest.URL(t)
	var wg sync.WaitGroup
	errs := make(chan error, 6)
	for range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := postgres.Open(context.Background(), addr)
			if err == nil {
				s.Close()
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

func TestRedact(t *testing.T) {
	for in, want := range map[string]string{
		"postgres://ann:s3cret@db.example.org:5433/kb":         "postgres://ann:xxxxx@db.example.org:5433/kb",
		"postgres://ann@db/kb?password=s3cret&sslmode=require": "postgres://ann@db/kb?password=xxxxx&sslmode=require",
		"postgresql://db/kb":                                   "postgresql://db/kb",
	} {
		if got := postgres.Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
}
