// Command gen writes realistic synthetic defence-diplomacy reports (see
// attache/internal/gen) to a folder, one file per report, each starting
// with a "date YYYY-MM-DD" header line, as attache ingest reads them.
//
//	go run ./bench/gen -n 100000 -o DIR [-seed 1] [-from 0]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"attache/internal/gen"
)

func main() {
	n := flag.Int("n", 1000, "number of reports")
	from := flag.Int("from", 0, "number of the first report (reports are numbered, so a base can be extended)")
	out := flag.String("o", "", "output folder (created if missing)")
	seed := flag.Uint64("seed", 1, "seed of the generated world")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "gen: -o DIR is required")
		os.Exit(2)
	}
	if err := run(*out, *seed, *from, *n); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(dir string, seed uint64, from, n int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	g, err := gen.New(seed)
	if err != nil {
		return err
	}
	workers := runtime.GOMAXPROCS(0)
	errs := make(chan error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := from + w; i < from+n; i += workers {
				a := g.Article(i)
				if err := os.WriteFile(filepath.Join(dir, a.Name), []byte(a.File()), 0o644); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	return <-errs
}
