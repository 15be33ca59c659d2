package server

import (
	"context"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"attache"
	"attache/extract"
	"attache/ingest"
	"attache/internal/gen"
	"attache/query"
	"attache/resolve"
	"attache/sqlite"
)

// benchBase is a base of realistic generated reports (internal/gen)
// ingested through the real pipeline (cleaning, extraction, SQLite store,
// resolution), and what the page list needs to name in it.
type benchBase struct {
	db      *sqlite.DB
	svc     *resolve.Service
	article string // an article id
	person  string // a person's full name
	country string // a partner country's code, with VN
}

// openBenchBase opens or builds the base of n generated reports. Building
// 100,000 takes minutes: set ATTACHE_BENCH_DB to a file path to keep the
// base and reuse it in later runs (it is rebuilt when it holds fewer
// articles than asked for).
func openBenchBase(b *testing.B, n int) benchBase {
	ctx := context.Background()
	path := os.Getenv("ATTACHE_BENCH_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "bench.db")
	}
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	svc := knowledgeOf(b, db)
	g, err := gen.New(1)
	if err != nil {
		b.Fatal(err)
	}
	if _, total, err := db.FindArticles(ctx, attache.ArticleFilter{Limit: 1}); err != nil {
		b.Fatal(err)
	} else if total < n {
		dir := b.TempDir()
		for i := total; i < n; i++ {
			a := g.Article(i)
			if err := os.WriteFile(filepath.Join(dir, a.Name), []byte(a.File()), 0o644); err != nil {
				b.Fatal(err)
			}
		}
		ex, err := extract.New(testKB)
		if err != nil {
			b.Fatal(err)
		}
		in := &ingest.Service{Store: db, Extractor: ex, Resolver: svc}
		if _, err := in.Ingest(ctx, []string{dir}); err != nil {
			b.Fatal(err)
		}
	}
	base := benchBase{db: db, svc: svc, country: "RU"}
	if as, _, err := db.FindArticles(ctx, attache.ArticleFilter{Limit: 1, Offset: n / 2}); err != nil || len(as) == 0 {
		b.Fatalf("no article in the base: %v", err)
	} else {
		base.article = as[0].ID
	}
	for _, p := range g.Persons() {
		if p.Country == "VN" && len(p.Stints) > 1 {
			base.person = p.Name
			break
		}
	}
	return base
}

// BenchmarkPages renders the main pages and API reads over a base of
// ATTACHE_BENCH_ARTICLES realistic generated reports (default 100000; see
// openBenchBase) and reports each page's median and 99th percentile time
// (p50-ms, p99-ms) besides the mean, the process's CPU time a page
// (cpu-ms), with the machine's load average
// (load1) when the system tells it.
//
//	ATTACHE_BENCH_DB=bench100k.db go test ./server -run '^$' -bench Pages -benchtime 200x
func BenchmarkPages(b *testing.B) {
	n := 100_000
	if v := os.Getenv("ATTACHE_BENCH_ARTICLES"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil {
			b.Fatalf("ATTACHE_BENCH_ARTICLES=%q: %v", v, err)
		}
	}
	base := openBenchBase(b, n)
	countries := map[string]string{}
	for _, c := range testKB.Countries {
		countries[c.Code] = c.Name
	}
	st, svc := base.db, base.svc
	s, err := New(Config{Store: st, Knowledge: query.New(st, svc.Knowledge, svc), Corrector: kbCorrector{svc}, Countries: countries})
	if err != nil {
		b.Fatal(err)
	}
	person := url.PathEscape(base.person)
	quoted := url.QueryEscape(`"` + base.person + `"`)
	h := s.Handler()
	for _, bc := range []struct{ name, url string }{
		{"home", "/"},
		{"search", "/?q=defence+cooperation"}, // words in nearly every report: the worst case
		{"search-selective", "/?q=" + quoted},
		{"search-filtered", "/?q=dialogue&type=exercise&from=2020-01-01&to=2022-12-31"},
		{"search-entity", "/?q=navy&entity=Russia"},
		{"search-page-50", "/?q=navy&offset=1000"},
		{"article", "/articles/" + base.article},
		{"api-search", "/api/v1/search?q=peacekeeping+rotation"},
		{"api-article", "/api/v1/articles/" + base.article},
		{"api-articles", "/api/v1/articles?from=2020-01-01&limit=50"},
		{"entities", "/entities"},
		{"entities-by-name", "/entities?sort=name&type=person"},
		{"events-all", "/events"},
		{"events-recent", "/events?sort=recent"},
		{"entity", "/entities/" + person},
		{"events", "/events?type=dialogue&country=RU"},
		{"relations", "/relations?a=VN&b=RU"},
		{"deployments", "/deployments"},
		{"api-entity", "/api/v1/entities/" + person},
		{"api-events", "/api/v1/events?country=VN&with=JP&from=2020-01-01"},
		{"api-relations", "/api/v1/relations/VN/RU"},
		{"relations-index", "/relations"},
		{"relations-of-country", "/relations/VN"},
		{"api-relations-index", "/api/v1/relations?country=Vietnam"},
		{"country", "/entities/country:VN"},
		{"mission", "/entities/UNMISS"},
		{"search-event-dates", "/?q=navy&event_from=2021&event_to=2021-06"},
		{"search-rare-event-dates", "/?q=" + quoted + "&event_from=2016"}, // a few matches, most of the dates
		{"search-common-event-month", "/?q=defence+cooperation&event_from=2021-03&event_to=2021-03"},
		{"api-search-profiles", "/api/v1/search?q=" + url.QueryEscape(base.person)},
		{"api-entities", "/api/v1/entities?type=person&limit=50"},
		{"api-timeline", "/api/v1/entities/" + person + "/timeline"},
		{"api-deployments", "/api/v1/deployments?mission=UNMISS"},
		{"api-deployments-mission-country", "/api/v1/deployments?mission=UNMISS&country=VN"},
		{"api-deployments-country", "/api/v1/deployments?country=VN"},
		{"deployments-mission", "/deployments?mission=UNIFIL"},
		{"api-entities-two-letters", "/api/v1/entities?q=an&limit=50"}, // no trigram: every name read
		{"api-entities-rare-letters", "/api/v1/entities?q=zq&limit=50"},
		{"map", "/map?country=VN&with=RU"},
		{"corrections", "/corrections"},
		{"help", "/help"},
		// Every other route: a country pair's dossier by the API's path,
		// citations, exports of one entity and one pair, the corrections'
		// log, the OpenAPI document and the login page; and searches
		// filtered by source (a base's articles have sources when its files
		// name them; generated ones do not, unless set on a copy).
		{"relations-pair", "/relations/VN/RU"},
		{"cite", "/cite?article=" + base.article + "&event=0"},
		{"api-cite", "/api/v1/cite?article=" + base.article + "&event=0"},
		{"api-events-entity", "/api/v1/events?entity=" + url.QueryEscape(base.person)},
		{"api-export-entity", "/api/v1/export?entity=" + url.QueryEscape(base.person)},
		{"api-export-pair", "/api/v1/export?country=VN&with=RU&from=2024-01-01"},
		{"api-corrections", "/api/v1/corrections"},
		{"api-openapi", "/api/v1/openapi.json"},
		{"login", "/login"},
		{"search-source", "/?q=defence+cooperation&source=VNA"},
		{"api-search-source-month", "/api/v1/search?q=navy&source=TASS&from=2021-03&to=2021-03"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			var times []time.Duration
			cpu0, cpuKnown := processCPU()
			for b.Loop() {
				t0 := time.Now()
				w := do(b, h, "GET", bc.url, "")
				times = append(times, time.Since(t0))
				if w.Code != 200 {
					b.Fatalf("%s: %d %s", bc.url, w.Code, w.Body)
				}
			}
			slices.Sort(times)
			pct := func(p float64) float64 {
				return float64(times[min(len(times)-1, int(p*float64(len(times))))].Microseconds()) / 1000
			}
			b.ReportMetric(pct(0.50), "p50-ms")
			b.ReportMetric(pct(0.99), "p99-ms")
			if cpu1, ok := processCPU(); ok && cpuKnown {
				// CPU time per page, the whole process's: it moves less
				// than wall-clock times with the machine's load.
				b.ReportMetric(float64((cpu1-cpu0).Microseconds())/1000/float64(len(times)), "cpu-ms")
			}
			if load, ok := loadAverage(); ok {
				// Times on a shared machine move with its load: say it.
				b.ReportMetric(load, "load1")
			}
		})
	}
}

// loadAverage returns the machine's load average over the last minute,
// where the system tells it (/proc/loadavg on Linux).
func loadAverage() (float64, bool) {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0, false
	}
	first, _, _ := strings.Cut(string(data), " ")
	load, err := strconv.ParseFloat(first, 64)
	return load, err == nil
}
