package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"attache"
	"attache/export"
	"attache/sqlite"
)

func (m *Main) runImport(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	m.Config.storeFlags(fs)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: attache import FILE|- --db NEW.db\n\n"+
			"Restores a jsonl export (attache export --format jsonl) into a new or\n"+
			"empty database. The import is written to a temporary file beside the\n"+
			"database and renamed into place only when the whole file is read: a\n"+
			"truncated or corrupted export is refused with its line and changes\n"+
			"nothing.\n\nflags:")
		fs.PrintDefaults()
	}
	pos, err := parseArgs(fs, args)
	if err != nil {
		return flagErr(err)
	}
	if len(pos) != 1 {
		fs.Usage()
		return fmt.Errorf("import: give one file (or - for stdin): %w", errUsage)
	}
	var in io.Reader = m.Stdin
	if pos[0] != "-" {
		f, err := os.Open(pos[0])
		if err != nil {
			return fmt.Errorf("import: %w", err)
		}
		defer f.Close()
		in = f
	}
	if err := m.checkImportTarget(ctx); err != nil {
		return err
	}
	var progress func(string, int)
	if isTerminal(m.Stderr) {
		bar := newProgress(m.Stderr, "import")
		defer bar.finish()
		progress = bar.update
	}
	st, err := importFile(ctx, m.Config.DB, in, progress)
	if err != nil {
		var le *export.LineError
		if errors.As(err, &le) {
			return fmt.Errorf("import %s: %w; nothing was imported", pos[0], le)
		}
		return fmt.Errorf("import %s: %s; nothing was imported", pos[0], userError(err))
	}
	fmt.Fprintf(m.Stdout, "imported %d articles, %d entities, %d events, %d corrections into %s\n",
		st.Articles, st.Entities, st.Events, st.Corrections, m.Config.DB)
	return nil
}

// checkImportTarget refuses a database that already holds something; a
// missing one is fine.
func (m *Main) checkImportTarget(ctx context.Context) error {
	if _, err := os.Stat(m.Config.DB); errors.Is(err, os.ErrNotExist) {
		return nil
	}
	st, err := m.Config.openStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	t, ok := st.(export.Target)
	if !ok {
		return fmt.Errorf("database %s keeps no knowledge base", m.Config.DB)
	}
	_, n, err := t.FindArticles(ctx, attache.ArticleFilter{Limit: 1})
	if err != nil {
		return err
	}
	_, e, err := t.FindKBEntities(ctx, attache.KBEntityFilter{Limit: 1})
	if err != nil {
		return err
	}
	if n+e > 0 {
		return fmt.Errorf("import: database %s is not empty (%d articles): give a new file with --db", m.Config.DB, n)
	}
	return nil
}

// importFile imports r into a new SQLite file beside path and renames it
// to path once the import has succeeded and the file is closed, so that
// path is either left as it was or holds the whole import.
func importFile(ctx context.Context, path string, r io.Reader, progress func(string, int)) (*export.ImportStats, error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".import-*")
	if err != nil {
		return nil, err
	}
	tmp := f.Name()
	f.Close()
	cleanup := func() {
		for _, p := range []string{tmp, tmp + "-wal", tmp + "-shm"} {
			os.Remove(p)
		}
	}
	db, err := sqlite.Open(ctx, tmp)
	if err != nil {
		cleanup()
		return nil, err
	}
	st, err := export.Import(ctx, r, db, progress)
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		// Closing the last connection checkpoints the write-ahead log
		// into the file; a log left behind would be lost in the rename.
		if fi, serr := os.Stat(tmp + "-wal"); serr == nil && fi.Size() > 0 {
			err = fmt.Errorf("the database's write-ahead log was not checkpointed")
		}
	}
	if err != nil {
		cleanup()
		return nil, err
	}
	for _, p := range []string{path + "-wal", path + "-shm"} {
		os.Remove(p) // an empty target's, which must not be applied to the new file
	}
	if err := os.Rename(tmp, path); err != nil {
		cleanup()
		return nil, err
	}
	cleanup()
	return st, nil
}
