package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"path"
	"path/filepath"

	"attache/sample"
)

func (m *Main) runDemo(ctx context.Context, args []string) error {
	fset := flag.NewFlagSet("demo", flag.ContinueOnError)
	fset.SetOutput(m.Stderr)
	c := &m.Config
	db := fset.String("db", "", "SQLite database `file` (default: a fresh file in the system temp dir, removed on exit)")
	c.kbFlag(fset)
	c.serveFlags(fset)
	fset.Usage = func() {
		fmt.Fprintln(fset.Output(), "usage: attache demo [flags]\n\nIngests the bundled sample corpus into SQLite and serves the web UI.\nWithout --token a random one is made up and printed, so that corrections can be tried.\n\nflags:")
		fset.PrintDefaults()
	}
	pos, err := parseArgs(fset, args)
	if err != nil {
		return flagErr(err)
	}
	if len(pos) > 0 {
		fset.Usage()
		return fmt.Errorf("demo: unexpected argument %q: %w", pos[0], errUsage)
	}
	if *db == "" {
		dir, err := os.MkdirTemp("", "attache-demo-")
		if err != nil {
			return fmt.Errorf("demo: temp dir: %w", err)
		}
		defer os.RemoveAll(dir)
		*db = filepath.Join(dir, "attache.db")
	}
	c.DB = *db
	if c.Token == "" {
		c.Token = randomToken()
		fmt.Fprintf(m.Stdout, "attache: corrections token for this demo: %s\n", c.Token)
	}

	app, err := c.start(ctx)
	if err != nil {
		return err
	}
	defer app.Close()
	res, err := app.ingester(c).IngestFS(ctx, sample.FS, sample.Dir)
	if err != nil {
		return fmt.Errorf("demo: ingest sample corpus: %w", err)
	}
	for _, e := range res.Errors {
		fmt.Fprintf(m.Stderr, "attache: sample %s: %v\n", path.Base(e.Path), e.Err)
	}
	fmt.Fprintf(m.Stdout, "attache: sample corpus in %s: new %d, duplicate %d, near-duplicate %d, failed %d\n",
		c.DB, res.New, res.Duplicate, res.NearDuplicate, res.Failed)
	return m.serve(ctx, app)
}

// randomToken makes up a corrections token for a demo run.
func randomToken() string {
	b := make([]byte, 12)
	_, _ = rand.Read(b) // crypto/rand.Read never fails on supported systems
	return hex.EncodeToString(b)
}
