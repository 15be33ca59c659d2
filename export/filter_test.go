package export_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"attache"
	"attache/export"
)

// exportedEvents returns the ids of the events a filtered export holds,
// in file order, read from the jsonl, events and csv formats; all three
// must agree.
func exportedEvents(t *testing.T, b *base, f export.Filter) []string {
	t.Helper()
	ctx := context.Background()
	read := func(format string) []string {
		var buf bytes.Buffer
		if err := export.Write(ctx, b.src, format, &buf, export.Options{Filter: f, Table: "events"}); err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		var ids []string
		switch format {
		case "csv":
			rows, err := csv.NewReader(&buf).ReadAll()
			must(t, err)
			for _, r := range rows[1:] {
				ids = append(ids, r[0])
			}
		default:
			sc := bufio.NewScanner(&buf)
			sc.Buffer(nil, 16<<20)
			for sc.Scan() {
				var rec struct {
					ID    string `json:"id"`
					Kind  string `json:"kind"`
					Event *struct {
						ID string `json:"id"`
					} `json:"event"`
				}
				must(t, json.Unmarshal(sc.Bytes(), &rec))
				if format == "events" {
					ids = append(ids, rec.ID)
				} else if rec.Kind == "event" {
					ids = append(ids, rec.Event.ID)
				}
			}
		}
		return ids
	}
	ids := read("events")
	for _, format := range []string{"jsonl", "csv"} {
		if got := read(format); !slices.Equal(got, ids) {
			t.Errorf("%s holds events %v, the events format %v", format, got, ids)
		}
	}
	return ids
}

func eventIDs(evs []attache.KBEvent) []string {
	var out []string
	for _, e := range evs {
		out = append(out, e.ID)
	}
	return out
}

// TestFilteredExportIsTheDossier exports the busiest pair of countries of
// the sample base: the export holds exactly the events of their dossier;
// from a date on, exactly the dossier's events since that date; and for
// --entity and --type filters exactly what the events page lists.
func TestFilteredExportIsTheDossier(t *testing.T) {
	ctx := context.Background()
	b := ingestBase(t, sampleDir)
	all, err := b.db.KBEvents(ctx, attache.KBEventFilter{})
	must(t, err)
	pairs := map[[2]string]int{}
	for _, e := range all {
		for i, x := range e.Countries {
			for _, y := range e.Countries[i+1:] {
				if y < x {
					x, y = y, x
				}
				pairs[[2]string{x, y}]++
			}
		}
	}
	var pair [2]string
	for p, n := range pairs {
		if n > pairs[pair] || n == pairs[pair] && p[0]+p[1] < pair[0]+pair[1] {
			pair = p
		}
	}
	if pairs[pair] < 2 {
		t.Fatalf("no pair of countries with two events: %v", pairs)
	}
	d, err := b.src.Reader.Relations(ctx, pair[0], pair[1])
	must(t, err)
	if d.Total > len(d.Events) {
		t.Fatalf("dossier lists %d of %d events: pick a smaller pair", len(d.Events), d.Total)
	}
	got := exportedEvents(t, b, export.Filter{Country: pair[0], With: strings.ToLower(pair[1])})
	if want := eventIDs(d.Events); !slices.Equal(got, want) {
		t.Errorf("%s–%s export: %v\ndossier: %v", pair[0], pair[1], got, want)
	}

	// Since the year of the dossier's middle event.
	from := d.Events[len(d.Events)/2].Date[:4]
	var since []string
	for _, e := range d.Events {
		if e.Date != "" && e.Date[:4] >= from {
			since = append(since, e.ID)
		}
	}
	got = exportedEvents(t, b, export.Filter{Country: pair[0], With: pair[1], From: from})
	if !slices.Equal(got, since) {
		t.Errorf("%s–%s since %s: %v\ndossier since then: %v", pair[0], pair[1], from, got, since)
	}

	// An entity and a type: what the events page shows.
	people, _, err := b.db.FindKBEntities(ctx, attache.KBEntityFilter{Type: attache.Person, Limit: 1})
	must(t, err)
	for _, f := range []export.Filter{{Entity: people[0].Name}, {Type: attache.EventAgreement}, {Country: pair[0], Type: attache.EventMeeting, To: "2030"}} {
		list, err := b.src.Reader.FindEvents(ctx, f.Query())
		must(t, err)
		if got, want := exportedEvents(t, b, f), eventIDs(list.Events); !slices.Equal(got, want) || len(want) == 0 {
			t.Errorf("filter %+v: export %v, events page %v", f, got, want)
		}
	}

	// Bad filters are the read side's errors.
	for _, f := range []export.Filter{{Country: "Vietnam"}, {From: "yesterday"}, {Entity: "Nobody At All"}} {
		err := export.Write(ctx, b.src, "events", &bytes.Buffer{}, export.Options{Filter: f})
		if code := attache.ErrorCode(err); code != attache.EINVALID && code != attache.ENOTFOUND {
			t.Errorf("filter %+v: %v, want invalid or not found", f, err)
		}
	}
}

// TestFilteredJSONLHoldsItsParts checks that a filtered jsonl export
// holds the events' participants and source articles, and that it
// imports into an empty base on its own.
func TestFilteredJSONLHoldsItsParts(t *testing.T) {
	ctx := context.Background()
	b := ingestBase(t, sampleDir)
	people, _, err := b.db.FindKBEntities(ctx, attache.KBEntityFilter{Type: attache.Person, Limit: 1})
	must(t, err)
	f := export.Filter{Entity: people[0].Name}
	var buf bytes.Buffer
	must(t, export.WriteJSONL(ctx, b.src, &buf, export.Options{Filter: f}))
	dst := openBase(t, t.TempDir()+"/part.db")
	st, err := export.Import(ctx, &buf, dst.db, nil)
	must(t, err)
	list, err := b.src.Reader.FindEvents(ctx, f.Query())
	must(t, err)
	if st.Events != len(list.Events) || st.Entities < len(list.Names) || st.Articles == 0 {
		t.Errorf("imported %+v from a part of %d events naming %d entities", *st, len(list.Events), len(list.Names))
	}
	got, err := dst.src.Reader.FindEvents(ctx, f.Query())
	must(t, err)
	if !slices.Equal(eventIDs(got.Events), eventIDs(list.Events)) {
		t.Errorf("the imported part lists %v, the base %v", eventIDs(got.Events), eventIDs(list.Events))
	}
}

// TestMissionFilterIsTheLedger exports the deployments to each mission of
// the sample base: the events are the ledger's rows for that mission.
func TestMissionFilterIsTheLedger(t *testing.T) {
	ctx := context.Background()
	b := ingestBase(t, sampleDir)
	deps, err := b.src.Reader.Deployments(ctx, attache.DeploymentFilter{})
	must(t, err)
	missions := map[string]bool{}
	for _, d := range deps {
		if d.Mission != "" {
			missions[d.Mission] = true
		}
	}
	if len(missions) == 0 {
		t.Fatal("no mission in the sample ledger")
	}
	for m := range missions {
		rows, err := b.src.Reader.Deployments(ctx, attache.DeploymentFilter{Mission: m})
		must(t, err)
		var want []string
		for _, r := range rows {
			want = append(want, r.EventID)
		}
		got := exportedEvents(t, b, export.Filter{Type: attache.EventDeployment, Mission: m})
		if !slices.Equal(got, want) {
			t.Errorf("mission %s: export %v, ledger %v", m, got, want)
		}
	}
}

// TestExportsAreStable exports the same base twice in every format: the
// files are the same (but the jsonl header's time), so that two exports
// of an unchanged base compare equal.
func TestExportsAreStable(t *testing.T) {
	ctx := context.Background()
	b := ingestBase(t, sampleDir)
	for _, f := range export.Formats {
		var one, two bytes.Buffer
		must(t, export.Write(ctx, b.src, f, &one, export.Options{}))
		must(t, export.Write(ctx, b.src, f, &two, export.Options{}))
		x, y := one.String(), two.String()
		if f == "jsonl" {
			_, x, _ = strings.Cut(x, "\n")
			_, y, _ = strings.Cut(y, "\n")
		}
		if x != y {
			t.Errorf("%s: two exports of one base differ", f)
		}
	}
}
