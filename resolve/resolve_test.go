package resolve_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"attache"
	"attache/kb"
	"attache/resolve"
	"attache/sqlite"
)

// openService opens a real SQLite file in a temp dir with a resolver on it.
func openService(t testing.TB) (*resolve.Service, *sqlite.DB) {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "kb.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return &resolve.Service{Articles: db, Knowledge: db, KB: defaultKB(t)}, db
}

// defaultKB returns the embedded knowledge base, or stops the test.
func defaultKB(t testing.TB) *kb.KB {
	t.Helper()
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// personOf is a person of a country, with no aliases, rank or posts.
func personOf(name, country string) attache.Entity { return person(name, nil, "", country, nil, nil) }

func person(name string, aliases []string, rank, country string, titles, former []string) attache.Entity {
	return attache.Entity{Type: attache.Person, Name: name, Aliases: aliases, Rank: rank, Country: country, Titles: titles, Former: former}
}

func country(name, code string) attache.Entity {
	return attache.Entity{Type: attache.Country, Name: name, Country: code}
}

// article builds a stored article with a hand-made extraction, so that
// these tests do not depend on the extractor's current quality.
func article(id, published string, es []attache.Entity, evs []attache.Event) *attache.Article {
	for i := range es {
		es[i].ID = "e" + string(rune('1'+i))
		es[i].Mentions = []attache.Mention{}
	}
	return &attache.Article{ID: id, Published: published, Title: "article " + id, Text: "text of " + id,
		Extraction: &attache.Extraction{Doc: id, Published: published, Entities: es, Events: evs}}
}

// fixture is three reports: the 7th defence strategy dialogue (2024), a
// second report of it with another spelling of Giang, and Shoigu's visit
// (2025), where Shoigu's old post is stated as former; plus an earlier
// report with Shoigu as minister, and another person called Giang.
func fixture() []*attache.Article {
	giangVN := person("Phan Văn Giang", []string{"Giang", "General Giang"}, "General", "VN",
		[]string{"Minister of National Defence"}, nil)
	return []*attache.Article{
		article("a1", "2024-12-26", []attache.Entity{
			person("Phan Van Giang", []string{"Giang"}, "General", "VN", []string{"Minister of National Defence", "Politburo member"}, nil),
			person("Alexander Fomin", []string{"Fomin"}, "Colonel General", "RU", []string{"Deputy Minister of Defence"}, nil),
			country("Vietnam", "VN"), country("Russia", "RU"),
		}, []attache.Event{
			{Type: "dialogue", Name: "7th Defence Strategy Dialogue", Date: "2024-12", Participants: []string{"VN", "RU"}, Salience: "main"},
			{Type: "meeting", Date: "2024-12-26", Participants: []string{"Phan Van Giang", "Alexander Fomin"}, Salience: "main"},
		}),
		article("a2", "2024-12-27", []attache.Entity{
			person("Gen. Phan Van Giang", []string{"Giang"}, "General", "VN", nil, nil),
			person("Alexander Fomin", nil, "", "RU", nil, nil),
			country("Viet Nam", "VN"), country("Russian Federation", "RU"),
		}, []attache.Event{
			{Type: "meeting", Date: "2024-12-26", Participants: []string{"Gen. Phan Van Giang", "Alexander Fomin"}, Salience: "main"},
		}),
		article("a0", "2023-03-10", []attache.Entity{
			person("Sergey Shoigu", []string{"Shoigu"}, "General", "RU", []string{"Minister of Defence"}, nil),
			country("Russia", "RU"),
		}, nil),
		article("a3", "2025-12-10", []attache.Entity{
			giangVN,
			person("Sergey Shoigu", []string{"Shoigu"}, "General", "RU",
				[]string{"Secretary of the Security Council", "Minister of Defence"}, []string{"Minister of Defence"}),
			country("Vietnam", "VN"), country("Russia", "RU"),
		}, []attache.Event{
			{Type: "meeting", Date: "2025-12-10", Participants: []string{"Phan Văn Giang", "Sergey Shoigu"}, Salience: "main"},
			{Type: "deployment", Date: "2025-11", Participants: []string{"VN"}, Mission: "UNMISS", Unit: "Level-2 Field Hospital", Rotation: "7", Personnel: 63, Women: 12},
		}),
		// Another Giang: a bare surname must not join Phan Van Giang.
		article("a4", "2025-01-05", []attache.Entity{
			person("Giang", nil, "", "", nil, nil),
		}, nil),
	}
}

func mustPut(t testing.TB, db *sqlite.DB, svc *resolve.Service, as ...*attache.Article) {
	t.Helper()
	for _, a := range as {
		if err := db.PutArticle(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		if err := svc.ResolveArticle(context.Background(), a); err != nil {
			t.Fatal(err)
		}
	}
}

// reextractAndRebuild cuts the stored extraction of article id to its
// first event, as a re-extraction that finds less would, and rebuilds
// the knowledge base.
func reextractAndRebuild(t testing.TB, db *sqlite.DB, svc *resolve.Service, id string) *resolve.RebuildStats {
	t.Helper()
	ctx := context.Background()
	a, err := db.Article(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	a.Extraction.Events = a.Extraction.Events[:1]
	if err := db.ReplaceExtraction(ctx, id, a.Extraction); err != nil {
		t.Fatal(err)
	}
	st, err := svc.Rebuild(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func articlesOf(p *attache.Profile) string {
	var ids []string
	for _, s := range p.Sources {
		ids = append(ids, s.ArticleID)
	}
	return strings.Join(ids, ",")
}

func TestResolveIncrementalAndRebuild(t *testing.T) {
	for _, mode := range []string{"incremental", "rebuild"} {
		t.Run(mode, func(t *testing.T) {
			ctx := context.Background()
			svc, db := openService(t)
			mustPut(t, db, svc, fixture()...)
			if mode == "rebuild" {
				if _, err := svc.Rebuild(ctx); err != nil {
					t.Fatal(err)
				}
			}
			// Three spellings, one person, three articles.
			for _, name := range []string{"Phan Van Giang", "Phan Văn Giang", "Gen. Phan Van Giang", "phan van giang"} {
				p, err := svc.EntityProfile(ctx, name)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if got := articlesOf(p); got != "a3,a2,a1" {
					t.Errorf("%s: sources %s, want a3,a2,a1", name, got)
				}
				if len(p.Events) != 2 {
					t.Errorf("%s: %d events, want 2 (two reports of one meeting are one event)", name, len(p.Events))
				}
			}
			// The bare "Giang" of a4 is its own entity.
			p, err := svc.EntityProfile(ctx, "Phan Van Giang")
			if err != nil {
				t.Fatal(err)
			}
			if p.Entity.Articles != 3 {
				t.Errorf("Giang in %d articles, want 3", p.Entity.Articles)
			}
			if len(p.CoParticipants) == 0 || p.CoParticipants[0].Name != "Alexander Fomin" {
				t.Errorf("co-participants %+v, want Fomin first", p.CoParticipants)
			}
			// The meeting of 2024-12-26 has two sources.
			if ev := p.Events[0]; ev.Date != "2024-12-26" || len(ev.Sources) != 2 {
				t.Errorf("first event %s %s with %d sources, want the 2024-12-26 meeting with 2", ev.Type, ev.Date, len(ev.Sources))
			}
			// Shoigu: minister as of 2023, secretary (and former minister) as of 2025.
			sp, err := svc.EntityProfile(ctx, "Shoigu")
			if err != nil {
				t.Fatal(err)
			}
			var posts []string
			for _, ps := range sp.Entity.Positions {
				if ps.Kind == attache.PositionPost {
					f := ""
					if ps.Former {
						f = " (former)"
					}
					posts = append(posts, ps.AsOf+" "+ps.Value+f)
				}
			}
			want := "2023-03-10 Minister of Defence|2025-12-10 Minister of Defence (former)|2025-12-10 Secretary of the Security Council"
			if got := strings.Join(posts, "|"); got != want {
				t.Errorf("Shoigu posts\n got %s\nwant %s", got, want)
			}
			// VN–RU dossier: the 7th dialogue, then the Shoigu meeting.
			d, err := svc.Relations(ctx, "vn", "RU")
			if err != nil {
				t.Fatal(err)
			}
			var order []string
			for _, ev := range d.Events {
				order = append(order, ev.Date+" "+string(ev.Type))
			}
			if got := strings.Join(order, "|"); got != "2024-12 dialogue|2024-12-26 meeting|2025-12-10 meeting" {
				t.Errorf("VN-RU events %s", got)
			}
			if len(d.Series) != 1 || d.Series[0].Name != "defence strategy dialogue" || d.Series[0].Events[0].Number != 7 {
				t.Errorf("series %+v, want the 7th defence strategy dialogue", d.Series)
			}
			if len(d.People) != 3 {
				t.Errorf("people %+v, want Giang, Fomin, Shoigu", d.People)
			}
			dep, err := svc.Deployments(ctx, attache.DeploymentFilter{Mission: "unmiss", Country: "VN"})
			if err != nil {
				t.Fatal(err)
			}
			if len(dep) != 1 || dep[0].Personnel != 63 || dep[0].Women != 12 || dep[0].Sources[0].ArticleID != "a3" {
				t.Errorf("deployments %+v", dep)
			}
		})
	}
}
