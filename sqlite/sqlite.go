// Package sqlite is the default attache.Store: one SQLite file through the
// pure-Go driver modernc.org/sqlite.
package sqlite
