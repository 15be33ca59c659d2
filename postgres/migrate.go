package postgres

import (
	"context"
	"embed"
	"fmt"

	"github.com/jackc/pgx/v5"

	"attache"

	"attache/internal/sqlbase"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Advisory lock keys of this program (pg_advisory_lock takes any bigint;
// these spell "attache" and a purpose in ASCII so that another program is
// unlikely to share them).
const (
	lockMigrate   int64 = 0x61747461_63686d67 // "attachmg"
	lockKnowledge int64 = 0x61747461_63686b62 // "attachkb"
	lockArticles  int64 = 0x61747461_63686172 // "attachar"
)

// migrations returns the embedded migrations in version order.
func migrations() ([]sqlbase.Migration, error) {
	return sqlbase.Migrations(migrationFiles)
}

// migrate checks that the database is attache's (or empty) and applies
// every migration not yet recorded in attache_migrations, each in its own
// transaction with its record. Processes opening one database at once
// take turns on an advisory lock, so that each migration runs once.
func (s *Store) migrate(ctx context.Context) error {
	all, err := migrations()
	if err != nil {
		return err
	}
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return s.connectError(err)
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, lockMigrate); err != nil {
		return fmt.Errorf("migrate %s: %w", s.addr, err)
	}
	defer conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, lockMigrate)

	applied, err := s.appliedMigrations(ctx, conn.Conn(), all)
	if err != nil {
		return err
	}
	for _, m := range all {
		if applied[m.Version] {
			continue
		}
		err := pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, m.SQL); err != nil {
				return err
			}
			_, err := tx.Exec(ctx, `INSERT INTO attache_migrations (version, name) VALUES ($1, $2)`, m.Version, m.Name)
			return err
		})
		if err != nil {
			return fmt.Errorf("migrate %s: migration %s: %w", s.addr, m.Name, err)
		}
	}
	return nil
}

// appliedMigrations returns the versions recorded in the database,
// creating the record table in an empty database. It refuses a database
// with tables of its own but no record of attache's migrations (another
// program's, left untouched), one whose record table is not attache's,
// and one holding migrations this build does not know (a newer attache's).
func (s *Store) appliedMigrations(ctx context.Context, conn *pgx.Conn, all []sqlbase.Migration) (map[int]bool, error) {
	var tables, ours int
	err := conn.QueryRow(ctx, `SELECT count(*), count(*) FILTER (WHERE table_name = 'attache_migrations')
		FROM information_schema.tables WHERE table_schema = current_schema()`).Scan(&tables, &ours)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", s.addr, err)
	}
	if tables > 0 && ours == 0 {
		return nil, attache.Errorf(attache.EINVALID, "%s is not an attache database (it holds another program's tables): it was left untouched", s.addr)
	}
	if tables == 0 {
		if _, err := conn.Exec(ctx, `CREATE TABLE attache_migrations (
			version    integer PRIMARY KEY,
			name       text NOT NULL,
			applied_at timestamptz NOT NULL DEFAULT now()
		)`); err != nil {
			return nil, fmt.Errorf("open %s: create attache_migrations: %w", s.addr, err)
		}
	}
	rows, err := conn.Query(ctx, `SELECT version, name FROM attache_migrations ORDER BY version`)
	if err != nil {
		return nil, attache.Errorf(attache.EINVALID, "%s: its attache_migrations table is not attache's (%s): it was left untouched", s.addr, oneLine(err))
	}
	known := map[int]string{}
	for _, m := range all {
		known[m.Version] = m.Name
	}
	applied := map[int]bool{}
	for rows.Next() {
		var v int
		var name string
		if err := rows.Scan(&v, &name); err != nil {
			rows.Close()
			return nil, attache.Errorf(attache.EINVALID, "%s: its attache_migrations table is not attache's (%s): it was left untouched", s.addr, oneLine(err))
		}
		if known[v] != name {
			rows.Close()
			return nil, attache.Errorf(attache.EINVALID, "%s holds schema version %d (%s), which this attache does not know: use a newer attache", s.addr, v, name)
		}
		applied[v] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("open %s: %w", s.addr, err)
	}
	return applied, nil
}
