// Package postgres is the attache.Store and attache.KnowledgeStore of a
// knowledge base shared by a team: one PostgreSQL database, fed by many
// ingest processes on many machines at once, read by many servers. It
// talks to the server through the pure-Go driver github.com/jackc/pgx/v5
// and applies its numbered migrations (migrations/NNN_name.sql, embedded)
// on open.
//
// Full-text search uses a tsvector column of title and text folded in Go
// (diacritics and case removed, so that "ha noi" finds "Hà Nội" whatever
// the server's locale), a GIN index and ts_rank with the title weighing
// more. Writers of different processes meet in the database (shared.go):
// unique keys with ON CONFLICT store an article once, a first copy is
// checked for near-duplicates under an advisory lock (LockArticles), and
// resolution into the knowledge base takes turns under another
// (LockKnowledge), with a version that tells a process whether another
// wrote since (KnowledgeVersion) and a log of who resolved what (kb_log).
package postgres

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"attache"
	"attache/internal/sqlbase"
)

var (
	_ attache.Store           = (*Store)(nil)
	_ attache.KnowledgeStore  = (*Store)(nil)
	_ attache.KnowledgeLocker = (*Store)(nil)
	_ attache.ArticleLocker   = (*Store)(nil)
)

// connectTimeout bounds a connection attempt when the address sets no
// connect_timeout.
const connectTimeout = 15 * time.Second

// Store is an attache.Store over one PostgreSQL database. It is safe for
// concurrent use, also by several processes.
type Store struct {
	addr   string // the address without password, for messages
	pool   *pgxpool.Pool
	ranked sqlbase.RankBound // how many of a search's latest matches are ranked
}

// IsAddress reports whether addr names a PostgreSQL database
// (postgres://... or postgresql://...) rather than a file.
func IsAddress(addr string) bool {
	scheme, _, ok := strings.Cut(addr, "://")
	return ok && (strings.EqualFold(scheme, "postgres") || strings.EqualFold(scheme, "postgresql"))
}

// Open connects to the database at addr (postgres://user:password@host:port/name),
// checks that it is an attache database or an empty one, and applies
// pending migrations. An unreachable server, refused credentials, a
// missing database, another program's database and a database of a newer
// attache are EINVALID errors with a one-line message that names the
// address without its password; nothing is written to a database that is
// not attache's.
func Open(ctx context.Context, addr string) (*Store, error) {
	if !IsAddress(addr) {
		return nil, attache.Errorf(attache.EINVALID, "%s is not a PostgreSQL address (postgres://user@host/database)", Redact(addr))
	}
	cfg, err := pgxpool.ParseConfig(addr)
	if err != nil {
		return nil, attache.Errorf(attache.EINVALID, "bad PostgreSQL address %s: %s", Redact(addr), oneLine(err))
	}
	if cfg.ConnConfig.ConnectTimeout == 0 {
		// A server that does not answer (a firewall dropping packets)
		// fails in seconds rather than after the system's TCP timeout.
		cfg.ConnConfig.ConnectTimeout = connectTimeout
	}
	s := &Store{addr: Redact(addr)}
	if s.pool, err = pgxpool.NewWithConfig(ctx, cfg); err != nil {
		return nil, s.connectError(err)
	}
	if err := s.pool.Ping(ctx); err != nil {
		s.pool.Close()
		return nil, s.connectError(err)
	}
	if err := s.migrate(ctx); err != nil {
		s.pool.Close()
		return nil, err
	}
	return s, nil
}

// connectError turns a failure to reach or log in to the server into a
// one-line EINVALID error.
func (s *Store) connectError(err error) error {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch {
		case pe.Code == "28P01" || pe.Code == "28000":
			return attache.Errorf(attache.EINVALID, "PostgreSQL at %s refused the login: wrong user name or password", s.addr)
		case pe.Code == "3D000":
			return attache.Errorf(attache.EINVALID, "PostgreSQL at %s: the database does not exist (create it: createdb NAME)", s.addr)
		}
		return attache.Errorf(attache.EINVALID, "PostgreSQL at %s: %s", s.addr, pe.Message)
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("connect to %s: %w", s.addr, err)
	}
	return attache.Errorf(attache.EINVALID, "cannot reach PostgreSQL at %s: %s", s.addr, oneLine(err))
}

// Redact hides the password of an address, in its user information or
// in a password= parameter.
func Redact(addr string) string {
	u, err := url.Parse(addr)
	if err != nil {
		return "(an address that does not parse)"
	}
	if u.User != nil {
		if _, ok := u.User.Password(); ok {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
		}
	}
	if q := u.Query(); q.Has("password") {
		q.Set("password", "xxxxx")
		u.RawQuery = q.Encode()
	}
	return u.String()
}

// oneLine keeps an error message on one line.
func oneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}

// Close closes the connection pool.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}
