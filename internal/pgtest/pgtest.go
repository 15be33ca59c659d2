// Package pgtest starts a throw-away PostgreSQL server for tests: initdb
// into a temp folder, the server on a free port of 127.0.0.1 (and a unix
// socket in the same folder), one fresh database per test, everything
// removed when the package's tests end. No Docker, no outside server. The
// server is a child of the test process: on Linux it gets a signal to
// stop should the tests die without stopping it (a timeout, kill -9).
//
// The server is Debian's "postgresql" package (initdb and postgres on
// PATH, or in the folder `pg_config --bindir` names). Without it, tests
// are skipped with a message saying how to install it, or fail when
// CI=true.
//
// A package shares one server between its tests: its TestMain calls
// os.Exit(pgtest.Main(m)), which stops the server after the last test;
// the server starts at the first call of URL, so packages whose tests do
// not need it never start one.
//
// initdb refuses to run as root. Run as root (CI containers often are),
// initdb and the server run as the unprivileged user "postgres" (which
// Debian's package creates), or "nobody".
package pgtest

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// Install is what to run to get PostgreSQL on Debian and Ubuntu.
const Install = "apt-get install -y postgresql"

// User is the superuser of the test server.
const User = "attache"

var (
	mu      sync.Mutex
	running *Server
	failed  error // why the server could not start; not retried
	dbs     atomic.Int64
)

// Server is a running test server.
type Server struct {
	Dir      string // holds data/, the socket and the log
	Port     int
	Password string // of User
	bin      string // folder of initdb and postgres
	runAs    *user.User
	proc     *exec.Cmd     // the running server
	exited   chan struct{} // closed when it has exited
}

// Main runs the tests of a package and stops the server if one was
// started. Use it from TestMain: os.Exit(pgtest.Main(m)).
func Main(m *testing.M) int {
	code := m.Run()
	mu.Lock()
	defer mu.Unlock()
	if running != nil {
		if err := running.Stop(); err != nil {
			fmt.Fprintln(os.Stderr, "pgtest:", err)
		}
		running = nil
	}
	return code
}

// URL creates a new, empty database on the shared server (starting it if
// needed) and returns its address, postgres://attache:PASSWORD@127.0.0.1:PORT/NAME.
// Without PostgreSQL installed the test is skipped, or fails when CI=true.
func URL(t testing.TB) string {
	t.Helper()
	s := Shared(t)
	name := fmt.Sprintf("t%d_%d", os.Getpid(), dbs.Add(1))
	if err := s.Exec(context.Background(), `CREATE DATABASE `+name); err != nil {
		t.Fatalf("pgtest: create database: %v", err)
	}
	return s.DatabaseURL(name)
}

// Shared returns the package's server, starting it at the first call.
// Without PostgreSQL installed the test is skipped, or fails when CI=true.
func Shared(t testing.TB) *Server {
	t.Helper()
	mu.Lock()
	defer mu.Unlock()
	if running == nil && failed == nil {
		bin, err := BinDir()
		if err != nil {
			failed = err
		} else if running, err = Start(bin); err != nil {
			failed = err
		}
	}
	if failed != nil {
		var nf *notFound
		if errors.As(failed, &nf) && os.Getenv("CI") != "true" {
			t.Skipf("pgtest: %v; skipping the PostgreSQL tests (install it: %s)", failed, Install)
		}
		t.Fatalf("pgtest: %v", failed)
	}
	return running
}

// notFound is the error of a machine without PostgreSQL.
type notFound struct{ msg string }

func (e *notFound) Error() string { return e.msg }

// BinDir returns the folder holding initdb and postgres: the one on
// PATH, else the one `pg_config --bindir` names.
func BinDir() (string, error) {
	if p, err := exec.LookPath("initdb"); err == nil {
		if _, err := os.Stat(filepath.Join(filepath.Dir(p), "postgres")); err == nil {
			return filepath.Dir(p), nil
		}
		// Debian links initdb into PATH but not postgres: follow the link.
		if real, err := filepath.EvalSymlinks(p); err == nil {
			if _, err := os.Stat(filepath.Join(filepath.Dir(real), "postgres")); err == nil {
				return filepath.Dir(real), nil
			}
		}
	}
	if out, err := exec.Command("pg_config", "--bindir").Output(); err == nil {
		dir := strings.TrimSpace(string(out))
		if _, err := os.Stat(filepath.Join(dir, "initdb")); err == nil {
			return dir, nil
		}
	}
	return "", &notFound{"PostgreSQL is not installed (no initdb and postgres on PATH nor in pg_config --bindir)"}
}

// Start runs initdb and the server from bin in a new temp folder and
// waits until the server accepts connections. Stop removes everything.
func Start(bin string) (*Server, error) {
	dir, err := os.MkdirTemp("", "attache-pgtest-")
	if err != nil {
		return nil, err
	}
	s := &Server{Dir: dir, bin: bin, Password: randomHex(12)}
	if os.Geteuid() == 0 {
		if s.runAs, err = unprivileged(); err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
	}
	if err := s.init(); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	// A free port may be taken between asking and listening: try again.
	for try := 0; ; try++ {
		if s.Port, err = freePort(); err == nil {
			if err = s.start(); err == nil {
				return s, nil
			}
		}
		if try == 4 {
			os.RemoveAll(dir)
			return nil, err
		}
	}
}

// unprivileged returns the user a root process runs the server as.
func unprivileged() (*user.User, error) {
	for _, name := range []string{"postgres", "nobody"} {
		if u, err := user.Lookup(name); err == nil {
			return u, nil
		}
	}
	return nil, errors.New("running as root, and initdb refuses root: no user postgres or nobody to run it as")
}

// command runs a server program, as s.runAs when set.
func (s *Server) command(name string, args ...string) *exec.Cmd {
	cmd := exec.Command(filepath.Join(s.bin, name), args...)
	cmd.SysProcAttr = procAttr(s.runAs)
	cmd.Env = append(os.Environ(), "LC_ALL=C.UTF-8")
	return cmd
}

func (s *Server) init() error {
	if s.runAs != nil {
		uid, _ := strconv.Atoi(s.runAs.Uid)
		gid, _ := strconv.Atoi(s.runAs.Gid)
		if err := os.Chown(s.Dir, uid, gid); err != nil {
			return fmt.Errorf("give %s to %s: %w", s.Dir, s.runAs.Username, err)
		}
	}
	pwfile := filepath.Join(s.Dir, "pw")
	if err := os.WriteFile(pwfile, []byte(s.Password+"\n"), 0o644); err != nil {
		return err
	}
	defer os.Remove(pwfile)
	// Trust on the socket (the tests' own admin work), passwords over TCP
	// (what the program under test uses, so that wrong credentials fail).
	cmd := s.command("initdb", "-D", filepath.Join(s.Dir, "data"), "-U", User, "--pwfile", pwfile,
		"-E", "UTF8", "--locale", "C.UTF-8", "--auth-local", "trust", "--auth-host", "scram-sha-256", "--no-sync")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("initdb: %v: %s", err, lastLines(out))
	}
	return nil
}

// start runs the server (not through pg_ctl, so that it stays a child of
// this process) and waits until it accepts connections.
func (s *Server) start() error {
	log, err := os.Create(filepath.Join(s.Dir, "log"))
	if err != nil {
		return err
	}
	defer log.Close()
	s.proc = s.command("postgres", "-D", filepath.Join(s.Dir, "data"), "-p", strconv.Itoa(s.Port), "-k", s.Dir,
		"-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off",
		"-c", "full_page_writes=off", "-c", "max_connections=200")
	s.proc.Stdout, s.proc.Stderr = log, log
	if err := s.proc.Start(); err != nil {
		return fmt.Errorf("start postgres: %w", err)
	}
	s.exited = make(chan struct{})
	go func() {
		s.proc.Wait()
		close(s.exited)
	}()
	deadline := time.Now().Add(time.Minute)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		conn, err := pgx.Connect(ctx, s.DatabaseURL("postgres"))
		cancel()
		if err == nil {
			conn.Close(context.Background())
			return nil
		}
		select {
		case <-s.exited:
			out, _ := os.ReadFile(filepath.Join(s.Dir, "log"))
			return fmt.Errorf("postgres stopped: %s", lastLines(out))
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			s.proc.Process.Kill()
			<-s.exited
			return fmt.Errorf("postgres did not accept connections within a minute: %v", err)
		}
	}
}

// Stop stops the server (a fast shutdown) and removes its folder.
func (s *Server) Stop() error {
	var err error
	if s.proc != nil {
		s.proc.Process.Signal(syscall.SIGINT)
		select {
		case <-s.exited:
		case <-time.After(30 * time.Second):
			s.proc.Process.Kill()
			<-s.exited
			err = errors.New("postgres did not stop within 30 s: killed")
		}
	}
	if rmErr := os.RemoveAll(s.Dir); err == nil {
		err = rmErr
	}
	return err
}

// DatabaseURL is the address of database name with the superuser's
// password, over TCP.
func (s *Server) DatabaseURL(name string) string {
	u := url.URL{Scheme: "postgres", User: url.UserPassword(User, s.Password),
		Host: net.JoinHostPort("127.0.0.1", strconv.Itoa(s.Port)), Path: "/" + name, RawQuery: "sslmode=disable"}
	return u.String()
}

// Exec runs one statement on the maintenance database as the superuser
// (CREATE DATABASE, CREATE ROLE ...).
func (s *Server) Exec(ctx context.Context, sql string) error {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	conn, err := pgx.Connect(ctx, s.DatabaseURL("postgres"))
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, sql)
	return err
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// lastLines keeps the end of a program's output for an error message.
func lastLines(b []byte) string {
	b = bytes.TrimSpace(b)
	if len(b) > 800 {
		b = b[len(b)-800:]
	}
	return string(b)
}
