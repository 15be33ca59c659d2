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
