package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"attache/ingest"
	"attache/sample"
)

func (m *Main) runDemo(ctx context.Context, args []string) error {
	fset := flag.NewFlagSet("demo", flag.ContinueOnError)
	fset.SetOutput(m.Stderr)
	c := &m.Config
	db := fset.String("db", "", "SQLite database `file` (default: a fresh file in the system temp dir, removed on exit)")
	fset.StringVar(&c.KBDir, "kb", c.KBDir, "extra knowledge `dir` (env ATTACHE_KB)")
	c.serveFlags(fset)
	fset.Usage = func() {
		fmt.Fprintln(fset.Output(), "usage: attache demo [flags]\n\nIngests the bundled sample corpus into SQLite and serves the web UI.\nWithout --token a random one is made up and printed, so that corrections can be tried.\n\nflags:")
		fset.PrintDefaults()
	}
	pos, err := parseArgs(fset, args)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	} else if err != nil {
		return errUsage
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

	corpus, err := os.MkdirTemp("", "attache-sample-")
	if err != nil {
		return fmt.Errorf("demo: temp dir: %w", err)
	}
	defer os.RemoveAll(corpus)
	if err := copySample(corpus); err != nil {
		return err
	}
	k, err := c.loadKB()
	if err != nil {
		return err
	}
	ex, err := c.newExtractor(k)
	if err != nil {
		return err
	}
	st, err := c.openStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	svc := &ingest.Service{Store: st, Extractor: ex, Workers: c.Workers, Resolver: ingestResolver(st, k)}
	res, err := svc.Ingest(ctx, []string{corpus})
	if err != nil {
		return fmt.Errorf("demo: ingest sample corpus: %w", err)
	}
	for _, e := range res.Errors {
		fmt.Fprintf(m.Stderr, "attache: sample %s: %v\n", filepath.Base(e.Path), e.Err)
	}
	fmt.Fprintf(m.Stdout, "attache: sample corpus in %s: new %d, duplicate %d, near-duplicate %d, failed %d\n",
		c.DB, res.New, res.Duplicate, res.NearDuplicate, res.Failed)
	return m.serve(ctx, st)
}

// copySample writes the embedded sample articles and their manifest to
// dir, where the ingest service reads them like any folder. The gold
// records stay behind: they are answers, not articles.
func copySample(dir string) error {
	return fs.WalkDir(sample.FS, sample.Dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		name := path.Base(p)
		if !strings.HasSuffix(name, ".txt") && name != sample.ManifestFile {
			return nil
		}
		data, err := fs.ReadFile(sample.FS, p)
		if err != nil {
			return fmt.Errorf("demo: sample %s: %w", p, err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return fmt.Errorf("demo: sample %s: %w", name, err)
		}
		return nil
	})
}

// randomToken makes up a corrections token for a demo run.
func randomToken() string {
	b := make([]byte, 12)
	_, _ = rand.Read(b) // crypto/rand.Read never fails on supported systems
	return hex.EncodeToString(b)
}
