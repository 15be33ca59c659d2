package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"attache/ingest"
	"attache/internal/manifest"
	"attache/score"
)

func (m *Main) runEval(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	c := &m.Config
	manifest := fs.String("published-from", "", "`MANIFEST.tsv` giving publication dates (default: GOLD_DIR/MANIFEST.tsv when present)")
	verbose := fs.Bool("v", false, "list misses, false positives and wrong ranks, countries and places")
	asJSON := fs.Bool("json", false, "print the results as JSON")
	resolution := fs.String("resolution", "", "score cross-article resolution on the stories of `DIR` instead (see testdata/stories)")
	c.kbFlag(fs)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: attache eval GOLD_DIR [flags]\n       attache eval --resolution STORIES_DIR [-v] [--json]\n\nRun extraction on each X.txt of GOLD_DIR that has an X.gold.json and score it\nby the rules of EXTRACTION.md. Publication dates come from the manifest, else\nfrom a \"date YYYY-MM-DD\" first line, else are unknown.\n\nflags:")
		fs.PrintDefaults()
	}
	pos, err := parseArgs(fs, args)
	if err != nil {
		return flagErr(err)
	}
	if *resolution != "" {
		if len(pos) != 0 {
			return fmt.Errorf("eval: --resolution takes no GOLD_DIR: %w", errUsage)
		}
		return m.runEvalResolution(ctx, *resolution, *verbose, *asJSON)
	}
	if len(pos) != 1 {
		fs.Usage()
		return fmt.Errorf("eval: want one GOLD_DIR, got %d arguments: %w", len(pos), errUsage)
	}
	dir := pos[0]
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return fmt.Errorf("eval: %s: not a readable directory", dir)
	}
	docs, err := goldPairs(dir, m.Stderr)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	dates, err := readManifestFor(dir, *manifest)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	a, err := c.startExtraction()
	if err != nil {
		return err
	}
	results, err := m.scoreGoldDir(ctx, a, dir, docs, dates)
	if err != nil {
		return err
	}
	overall := score.Sum("ALL", results)
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(struct {
			Documents []*score.Result `json:"documents"`
			Overall   *score.Result   `json:"overall"`
		}{results, overall})
	}
	printEval(m.Stdout, results, overall, *verbose)
	return nil
}

// scoreGoldDir extracts each article of dir named in docs, through the
// input check and cleaning of ingest, and scores it against its gold
// record. dates gives publication dates by file name; an article without
// one uses its "date" first line.
func (m *Main) scoreGoldDir(ctx context.Context, a *app, dir string, docs []string, dates map[string]string) ([]*score.Result, error) {
	opt := score.Options{Canon: score.Canonicalizer(a.kb)}
	var results []*score.Result
	for _, txt := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		gold, err := score.ReadGold(filepath.Join(dir, strings.TrimSuffix(txt, ".txt")+".gold.json"))
		if err != nil {
			return nil, fmt.Errorf("eval: %w", err)
		}
		name, raw, err := m.readArticle(ctx, filepath.Join(dir, txt))
		if err != nil {
			return nil, fmt.Errorf("eval: %w", err)
		}
		art, _, err := ingest.PrepareText(name, raw)
		if err != nil {
			return nil, fmt.Errorf("eval: %w", err)
		}
		published := dates[txt]
		if published == "" {
			published = art.Published
		}
		pred := score.FromExtraction(a.extractor.Extract(txt, art.Text, published))
		r := score.Compare(pred, gold, opt)
		r.Doc = txt
		results = append(results, r)
	}
	return results, nil
}

// goldPairs lists the X.txt files of dir that have an X.gold.json, sorted.
// A gold file without its text is reported on warn and skipped.
func goldPairs(dir string, warn interface{ Write([]byte) (int, error) }) ([]string, error) {
	golds, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return nil, err
	}
	var docs []string
	for _, g := range golds {
		txt := strings.TrimSuffix(filepath.Base(g), ".gold.json") + ".txt"
		if _, err := os.Stat(filepath.Join(dir, txt)); err != nil {
			fmt.Fprintf(warn, "attache: eval: %s has no %s beside it; skipped\n", g, txt)
			continue
		}
		docs = append(docs, txt)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("%s: no X.txt with an X.gold.json", dir)
	}
	sort.Strings(docs)
	return docs, nil
}

// readManifestFor reads the publication dates of the flag's manifest, or of
// dir/MANIFEST.tsv when the flag is empty and the file exists.
func readManifestFor(dir, flagPath string) (map[string]string, error) {
	path := flagPath
	if path == "" {
		path = filepath.Join(dir, manifest.Name)
		if _, err := os.Stat(path); err != nil {
			return map[string]string{}, nil
		}
	}
	return readManifest(path)
}

// readManifest reads the publication dates of a MANIFEST.tsv (see
// internal/manifest): file name → date, "" when unknown.
func readManifest(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	defer f.Close()
	rows, err := manifest.Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	dates := map[string]string{}
	for _, r := range rows {
		if r.Published != "" && !isDay(r.Published) {
			return nil, fmt.Errorf("%s:%d: published %q is not a date YYYY-MM-DD", path, r.Line, r.Published)
		}
		dates[filepath.Base(r.File)] = r.Published
	}
	return dates, nil
}
