package postgres_test

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/jackc/pgx/v5"

	"attache"
	"attache/internal/pgtest"
	"attache/postgres"
	"attache/resolve"
)

// The store offers resolution its patched writes, parties alone included.
var _ resolve.PartyPatcher = (*postgres.Store)(nil)

// tallyChecks pair each count kept on write (migration 004) with the same
// count made from the rows it follows.
var tallyChecks = []struct{ kept, rows string }{
	{`SELECT year, type, n FROM kb_event_tally ORDER BY 1, 2`,
		`SELECT left(date_start, 4), type, count(*) FROM kb_events GROUP BY 1, 2 ORDER BY 1, 2`},
	{`SELECT kind, party, year, type, n FROM kb_party_tally ORDER BY 1, 2, 3, 4`,
		`SELECT p.kind, p.party, left(e.date_start, 4), e.type, count(*) FROM kb_event_parties p
			JOIN kb_events e ON e.id = p.event_id GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`},
	{`SELECT a, b, year, type, n FROM kb_pair_tally ORDER BY 1, 2, 3, 4`,
		`SELECT p.a, p.b, left(e.date_start, 4), e.type, count(*) FROM kb_event_pairs p
			JOIN kb_events e ON e.id = p.event_id GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`},
}

// TestTalliesFollowPatches: after each kind of knowledge write (a put, a
// re-dated and re-typed event, a patch that deletes events, their
// parties and pairs going by cascade, a patch of parties alone, a
// replace), every tally holds exactly the counts of the rows, and no
// count of zero is left behind.
func TestTalliesFollowPatches(t *testing.T) {
	ctx := context.Background()
	addr := pgtest.URL(t)
	s, err := postgres.Open(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	conn, err := pgx.Connect(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	ev := func(id string, typ attache.EventType, date string, people []string, countries ...string) attache.KBEvent {
		return attache.KBEvent{ID: id, Type: typ, Date: date, Participants: people, Countries: countries,
			Sources: []attache.EventSource{{ArticleID: "a-" + id, Published: "2024-01-01"}}}
	}
	person := func(id string) attache.KBEntity {
		return attache.KBEntity{ID: id, Type: attache.Person, Name: id, Aliases: []string{}, Positions: []attache.Position{}}
	}
	k := &attache.Knowledge{
		Entities: []attache.KBEntity{person("person:a"), person("person:b"), person("person:c")},
		Events: []attache.KBEvent{
			ev("event:1", attache.EventMeeting, "2024-03-02", []string{"person:a", "person:b"}, "VN", "RU", "LA"),
			ev("event:2", attache.EventVisit, "2023", []string{"person:a"}, "VN", "LA"),
			ev("event:3", attache.EventMeeting, "", []string{"person:c"}, "KH", "VN", "VN"),
			ev("event:4", attache.EventDialogue, "2024-01-01/2024-01-03", []string{}, "VN", "RU"),
		}}
	steps := []struct {
		name  string
		write func() error
	}{
		{"put", func() error { return s.PutKnowledge(ctx, k) }},
		{"re-dated and re-typed", func() error {
			return s.PutKnowledge(ctx, &attache.Knowledge{Events: []attache.KBEvent{
				ev("event:1", attache.EventVisit, "2022-06", []string{"person:a", "person:b"}, "VN", "RU", "LA")}})
		}},
		{"events deleted and one written again with fewer countries", func() error {
			return s.PatchKnowledge(ctx, []string{"person:c"}, []string{"event:2", "event:3"}, &attache.Knowledge{
				Events: []attache.KBEvent{ev("event:3", attache.EventMeeting, "2021", []string{}, "KH")}})
		}},
		{"parties alone", func() error {
			return s.PatchKnowledgeParties(ctx, nil, nil, map[string][]string{"event:1": {"person:b"}}, &attache.Knowledge{
				Events: []attache.KBEvent{ev("event:1", attache.EventVisit, "2022-06", []string{"person:c", "person:a"}, "VN", "RU", "LA")}})
		}},
		{"replace", func() error { return s.ReplaceKnowledge(ctx, &attache.Knowledge{Events: k.Events[2:]}) }},
		{"replace with nothing", func() error { return s.ReplaceKnowledge(ctx, &attache.Knowledge{}) }},
	}
	for _, st := range steps {
		if err := st.write(); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		for _, c := range tallyChecks {
			if kept, rows := rowsOf(t, conn, c.kept), rowsOf(t, conn, c.rows); !reflect.DeepEqual(kept, rows) {
				t.Errorf("after %s:\n%s\n gives %v\n%s\n gives %v", st.name, c.kept, kept, c.rows, rows)
			}
		}
	}
}

// rowsOf runs q and returns its rows, each as text.
func rowsOf(t *testing.T, conn *pgx.Conn, q string) []string {
	t.Helper()
	rows, err := conn.Query(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := []string{}
	for rows.Next() {
		vals, err := rows.Values()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprint(vals...))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestPatchKeepsParties: an event rewritten with a participant dropped
// from the middle of its list, one added and its last country dropped ends with
// the parties, pairs and tallies that writing it afresh gives, and leaves
// the party and pair rows it keeps untouched rather than deleting and
// inserting them again.
func TestPatchKeepsParties(t *testing.T) {
	ctx := context.Background()
	var people, fewer, countries []string
	for i := 0; i < 30; i++ {
		people = append(people, fmt.Sprintf("person:p%02d", i))
		if i != 20 {
			fewer = append(fewer, people[i])
		}
		countries = append(countries, fmt.Sprintf("C%02d", i))
	}
	fewer = append(fewer, "person:new")
	event := func(people, countries []string) attache.KBEvent {
		return attache.KBEvent{ID: "ev1", Type: attache.EventConference, Date: "2024-05-06", Participants: people, Countries: countries,
			Sources: []attache.EventSource{{ArticleID: "a1", Published: "2024-05-06"}}}
	}
	open := func() (*postgres.Store, *pgx.Conn) {
		addr := pgtest.URL(t)
		s, err := postgres.Open(ctx, addr)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		conn, err := pgx.Connect(ctx, addr)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { conn.Close(ctx) })
		return s, conn
	}
	patched, pconn := open()
	if err := patched.PutKnowledge(ctx, &attache.Knowledge{Events: []attache.KBEvent{event(people, countries)}}); err != nil {
		t.Fatal(err)
	}
	after := event(fewer, countries[:29])
	if err := patched.PatchKnowledge(ctx, nil, []string{"ev1"}, &attache.Knowledge{Events: []attache.KBEvent{after}}); err != nil {
		t.Fatal(err)
	}
	fresh, fconn := open()
	if err := fresh.PutKnowledge(ctx, &attache.Knowledge{Events: []attache.KBEvent{after}}); err != nil {
		t.Fatal(err)
	}
	queries := []string{
		`SELECT kind, party, idx, date_start, type FROM kb_event_parties ORDER BY kind, party`,
		`SELECT a, b, event_id, date_start, type FROM kb_event_pairs ORDER BY a, b`,
		`SELECT article_id FROM kb_event_sources`,
	}
	for _, c := range tallyChecks {
		queries = append(queries, c.kept)
	}
	for _, q := range queries {
		if got, want := rowsOf(t, pconn, q), rowsOf(t, fconn, q); !reflect.DeepEqual(got, want) {
			t.Errorf("%s:\npatched %d rows %.300v\nfresh   %d rows %.300v", q, len(got), got, len(want), want)
		}
	}
	// Rows the patch wrote carry its transaction id, as the event's row
	// does: 9 parties moved up, one new; no pair is new.
	written := `SELECT count(*) FROM %s WHERE xmin::text = (SELECT xmin::text FROM kb_events WHERE id = 'ev1')`
	for table, most := range map[string]int{"kb_event_parties": 10, "kb_event_pairs": 0} {
		var n int
		if err := pconn.QueryRow(ctx, fmt.Sprintf(written, table)).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n > most {
			t.Errorf("the patch wrote %d rows of %s, want at most %d", n, table, most)
		}
	}
}

// TestPatchKeepsEntityRows: an entity of many positions that
// PatchKnowledge rewrites (a position and an alias gained, one of each
// lost, one position confirmed) ends with exactly the rows that writing it
// afresh gives, and leaves the alias and position rows it keeps untouched
// rather than deleting and inserting them again.
func TestPatchKeepsEntityRows(t *testing.T) {
	ctx := context.Background()
	entity := func(from, to int, confirm int, aliases ...string) attache.KBEntity {
		e := attache.KBEntity{ID: "person:a", Type: attache.Person, Name: "A", Aliases: aliases, Articles: to - from}
		for i := from; i < to; i++ {
			p := attache.Position{Kind: "post", Value: "Minister", AsOf: fmt.Sprintf("2024-01-%02d", i%28+1),
				ArticleID: fmt.Sprintf("a%03d", i), Confirmed: i == confirm}
			q := p
			q.Former = true
			e.Positions = append(e.Positions, p, q) // a duplicate: the first is stored
		}
		return e
	}
	open := func() (*postgres.Store, *pgx.Conn) {
		addr := pgtest.URL(t)
		s, err := postgres.Open(ctx, addr)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		conn, err := pgx.Connect(ctx, addr)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { conn.Close(ctx) })
		return s, conn
	}
	before, after := entity(0, 200, -1, "Ay", "Aye"), entity(1, 201, 100, "Aye", "Eh")
	patched, pconn := open()
	if err := patched.PutKnowledge(ctx, &attache.Knowledge{Entities: []attache.KBEntity{before}}); err != nil {
		t.Fatal(err)
	}
	if err := patched.PatchKnowledge(ctx, []string{"person:a"}, nil, &attache.Knowledge{Entities: []attache.KBEntity{after}}); err != nil {
		t.Fatal(err)
	}
	fresh, fconn := open()
	if err := fresh.PutKnowledge(ctx, &attache.Knowledge{Entities: []attache.KBEntity{after}}); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`SELECT entity_id, kind, value, as_of, former, article_id, confirmed FROM kb_positions ORDER BY article_id`,
		`SELECT entity_id, alias, key FROM kb_aliases ORDER BY alias`,
		`SELECT id, type, name, key, country, rank, articles FROM kb_entities`,
	} {
		if got, want := rowsOf(t, pconn, q), rowsOf(t, fconn, q); !reflect.DeepEqual(got, want) {
			t.Errorf("%s:\npatched %d rows %.300v\nfresh   %d rows %.300v", q, len(got), got, len(want), want)
		}
	}
	// Rows the patch wrote carry its transaction id, as the entity's row
	// does: one position gained, one confirmed; one alias gained.
	written := `SELECT count(*) FROM %s WHERE xmin::text = (SELECT xmin::text FROM kb_entities WHERE id = 'person:a')`
	for table, most := range map[string]int{"kb_positions": 2, "kb_aliases": 1} {
		var n int
		if err := pconn.QueryRow(ctx, fmt.Sprintf(written, table)).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n > most {
			t.Errorf("the patch wrote %d rows of %s, want at most %d", n, table, most)
		}
	}
}
