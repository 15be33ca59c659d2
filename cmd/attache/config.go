package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"attache"
	"attache/sqlite"
)

// Config is the whole configuration: defaults, overridden by environment
// variables, then by flags.
type Config struct {
	DB      string // SQLite file or postgres:// address (ATTACHE_DB, --db)
	KBDir   string // extra knowledge files (ATTACHE_KB, --kb)
	Addr    string // listen address of serve and demo (--addr)
	Token   string // token for API writes (ATTACHE_TOKEN, --token)
	MaxSize int64  // largest input accepted, bytes (--max-size)
	Workers int    // ingest workers (--workers)
	// AllowPrivateURLs lets URL ingest (command and API) reach loopback,
	// private and link-local addresses (--allow-private-urls).
	AllowPrivateURLs bool
	// ReadsNeedToken asks for the token on reads from loopback too
	// (--reads-need-token), for a server behind a reverse proxy.
	ReadsNeedToken bool
	Hosts          string // host names serve answers to besides this machine's addresses, comma-separated (ATTACHE_HOSTS, --allow-host)

	// wrapStore, when set (by tests only), wraps the opened database, for
	// example to interrupt a run at a chosen point.
	wrapStore func(*sqlite.DB) attache.Store

	// Budget is the most time one article's cleaning and extraction may
	// take at ingest (extraction alone at reextract) (--budget); 0 means
	// ingest.DefaultBudget.
	Budget time.Duration
}

// DefaultConfig returns the defaults, with the environment read through
// getenv.
func DefaultConfig(getenv func(string) string) Config {
	c := Config{
		DB:      defaultDBPath(getenv),
		KBDir:   getenv("ATTACHE_KB"),
		Addr:    "127.0.0.1:8080",
		Token:   getenv("ATTACHE_TOKEN"),
		Hosts:   getenv("ATTACHE_HOSTS"),
		MaxSize: 10 << 20,
		Workers: runtime.NumCPU(),
	}
	if v := getenv("ATTACHE_DB"); v != "" {
		c.DB = v
	}
	return c
}

// defaultDBPath is $XDG_DATA_HOME/attache/attache.db, falling back to
// ~/.local/share/attache/attache.db, or attache.db in the working
// directory when there is no home.
func defaultDBPath(getenv func(string) string) string {
	if d := getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "attache", "attache.db")
	}
	if h, err := os.UserHomeDir(); err == nil {
		return filepath.Join(h, ".local", "share", "attache", "attache.db")
	}
	return "attache.db"
}

// storeFlags adds the flags every command that opens the database shares.
func (c *Config) storeFlags(fs *flag.FlagSet) {
	fs.StringVar(&c.DB, "db", c.DB, "SQLite database `file`, or postgres://user:password@host/database (env ATTACHE_DB)")
	c.kbFlag(fs)
}

// kbFlag adds --kb, the user's knowledge directory.
func (c *Config) kbFlag(fs *flag.FlagSet) {
	fs.StringVar(&c.KBDir, "kb", c.KBDir, "extra knowledge `dir` with countries.tsv, places.tsv, ranks.tsv, posts.tsv, orgs.tsv, lexicon.tsv (env ATTACHE_KB)")
}

// flagErr turns a flag parsing error into a usage error; -h is not one.
func flagErr(err error) error {
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	return fmt.Errorf("%w: %w", err, errUsage)
}

// parseArgs parses flags that may come before, between or after the
// positional arguments ("attache search ADMM --from 2024-01-01") and
// returns the positional ones. A lone "-" is positional (stdin).
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if rest[0] == "--" {
			return append(pos, rest[1:]...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// budgetFlag adds --budget, the time limit of one article's extraction.
func (c *Config) budgetFlag(fs *flag.FlagSet) {
	fs.DurationVar(&c.Budget, "budget", c.Budget, "most `time` the work on one article (cleaning, extraction) may take; an article over it is stored without extraction (0: 10s)")
}
