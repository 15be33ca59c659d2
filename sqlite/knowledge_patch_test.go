package sqlite

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"attache"
)

// TestPatchKeepsPairs: an event of many countries that PatchKnowledge
// rewrites (a country added in the middle of its list, another dropped)
// ends with exactly the pairs and pair tallies that
// writing it afresh gives, and keeps the pair rows it still has rather
// than deleting and inserting them again.
func TestPatchKeepsPairs(t *testing.T) {
	ctx := context.Background()
	var before, after []string
	for i := 0; i < 30; i++ {
		c := fmt.Sprintf("C%02d", 2*i)
		before = append(before, c)
		if i != 7 {
			after = append(after, c)
		}
		if i == 15 {
			after = append(after, "C31") // new, in the middle
		}
	}
	event := func(date string, countries []string) attache.KBEvent {
		return attache.KBEvent{ID: "ev1", Type: "conference", Date: date, Countries: countries, Participants: []string{},
			Sources: []attache.EventSource{{ArticleID: "a1", Published: "2024-01-01"}}}
	}
	patched := openKB(t)
	if err := patched.PutKnowledge(ctx, &attache.Knowledge{Events: []attache.KBEvent{event("2024-01-01", before)}}); err != nil {
		t.Fatal(err)
	}
	changes := func() int64 { // rows written so far on the one write connection, triggers' included
		t.Helper()
		var n int64
		if err := patched.write.QueryRowContext(ctx, `SELECT total_changes()`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	start := changes()
	if err := patched.PatchKnowledge(ctx, nil, []string{"ev1"}, &attache.Knowledge{Events: []attache.KBEvent{event("2024-01-01", after)}}); err != nil {
		t.Fatal(err)
	}
	fresh := openKB(t)
	if err := fresh.PutKnowledge(ctx, &attache.Knowledge{Events: []attache.KBEvent{event("2024-01-01", after)}}); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`SELECT a, b, event_id, date_start, type, numbered FROM kb_event_pairs ORDER BY a, b`,
		`SELECT a, b, year, type, n FROM kb_pair_tally ORDER BY a, b, year, type`,
		`SELECT kind, party, idx, date_start FROM kb_event_parties ORDER BY kind, party`,
		`SELECT date, details FROM kb_events`,
	} {
		if got, want := dump(t, patched, q), dump(t, fresh, q); !reflect.DeepEqual(got, want) {
			t.Errorf("%s:\npatched %d rows %.300v\nfresh   %d rows %.300v", q, len(got), got, len(want), want)
		}
	}
	// 29 new pairs of C31, 29 pairs of C14 deleted, each with its tally;
	// rewriting the 435 pairs would change thousands of rows
	if n := changes() - start; n > 400 {
		t.Errorf("the patch changed %d rows, want the pairs it keeps left alone", n)
	}
}

// dump returns the rows of query q as strings.
func dump(t *testing.T, db *DB, q string) []string {
	t.Helper()
	rows, err := db.write.QueryContext(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out []string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprint(vals...))
	}
	return out
}

// TestPatchKeepsParties: an event rewritten with a participant dropped
// from the middle of its list and one added ends with exactly the parties,
// party tallies and details that writing it afresh gives, and keeps the
// rows of the parties still at their place rather than writing them again.
func TestPatchKeepsParties(t *testing.T) {
	ctx := context.Background()
	var before, after []string
	for i := 0; i < 40; i++ {
		p := fmt.Sprintf("person:p%02d", i)
		before = append(before, p)
		if i != 30 {
			after = append(after, p)
		}
	}
	after = append(after, "person:new")
	event := func(date string, parties []string) attache.KBEvent {
		return attache.KBEvent{ID: "ev1", Type: "meeting", Date: date, Countries: []string{"VN", "LA"}, Participants: parties,
			Sources: []attache.EventSource{{ArticleID: "a1", Published: date}}}
	}
	patched := openKB(t)
	if err := patched.PutKnowledge(ctx, &attache.Knowledge{Events: []attache.KBEvent{event("2024-01-01", before)}}); err != nil {
		t.Fatal(err)
	}
	var start int64
	if err := patched.write.QueryRowContext(ctx, `SELECT total_changes()`).Scan(&start); err != nil {
		t.Fatal(err)
	}
	// re-dated as well: the parties kept move with the event
	if err := patched.PatchKnowledge(ctx, nil, []string{"ev1"}, &attache.Knowledge{Events: []attache.KBEvent{event("2024-02-03", after)}}); err != nil {
		t.Fatal(err)
	}
	var end int64
	if err := patched.write.QueryRowContext(ctx, `SELECT total_changes()`).Scan(&end); err != nil {
		t.Fatal(err)
	}
	fresh := openKB(t)
	if err := fresh.PutKnowledge(ctx, &attache.Knowledge{Events: []attache.KBEvent{event("2024-02-03", after)}}); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`SELECT kind, party, idx, date_start FROM kb_event_parties ORDER BY kind, party`,
		`SELECT * FROM kb_party_tally ORDER BY 1, 2, 3, 4`,
		`SELECT a, b, event_id, date_start, type FROM kb_event_pairs ORDER BY a, b`,
		`SELECT date, details FROM kb_events`,
	} {
		if got, want := dump(t, patched, q), dump(t, fresh, q); !reflect.DeepEqual(got, want) {
			t.Errorf("%s:\npatched %d rows %.300v\nfresh   %d rows %.300v", q, len(got), got, len(want), want)
		}
	}
	// 9 participants moved, one gone, one new; the 30 in place are only
	// re-dated. Deleting and inserting all 42 parties, with their
	// tallies, changed over 200 rows.
	if n := end - start; n > 150 {
		t.Errorf("the patch changed %d rows, want the parties it keeps left alone", n)
	}
}

// TestPatchKeepsEntityRows: an entity of many positions that
// PatchKnowledge rewrites (a position and an alias gained, one of each
// lost, one position confirmed) ends with exactly the rows that writing it
// afresh gives, and keeps the rows it still has rather than deleting and
// inserting them again.
func TestPatchKeepsEntityRows(t *testing.T) {
	ctx := context.Background()
	entity := func(from, to int, confirm int, aliases ...string) attache.KBEntity {
		e := attache.KBEntity{ID: "person:a", Type: attache.Person, Name: "A", Aliases: aliases, Articles: to - from}
		for i := from; i < to; i++ {
			p := attache.Position{Kind: "post", Value: "Minister", AsOf: fmt.Sprintf("2024-01-%02d", i%28+1),
				ArticleID: fmt.Sprintf("a%03d", i), Confirmed: i == confirm}
			e.Positions = append(e.Positions, p, p) // a duplicate: the first is stored
		}
		return e
	}
	before, after := entity(0, 200, -1, "Ay", "Aye"), entity(1, 201, 100, "Aye", "Eh")
	patched := openKB(t)
	if err := patched.PutKnowledge(ctx, &attache.Knowledge{Entities: []attache.KBEntity{before}}); err != nil {
		t.Fatal(err)
	}
	var start int64
	if err := patched.write.QueryRowContext(ctx, `SELECT total_changes()`).Scan(&start); err != nil {
		t.Fatal(err)
	}
	if err := patched.PatchKnowledge(ctx, []string{"person:a"}, nil, &attache.Knowledge{Entities: []attache.KBEntity{after}}); err != nil {
		t.Fatal(err)
	}
	var end int64
	if err := patched.write.QueryRowContext(ctx, `SELECT total_changes()`).Scan(&end); err != nil {
		t.Fatal(err)
	}
	fresh := openKB(t)
	if err := fresh.PutKnowledge(ctx, &attache.Knowledge{Entities: []attache.KBEntity{after}}); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`SELECT entity_id, kind, value, as_of, former, article_id, confirmed FROM kb_positions ORDER BY article_id`,
		`SELECT entity_id, alias, key FROM kb_aliases ORDER BY alias`,
		`SELECT id, type, name, key, country, rank, articles FROM kb_entities`,
	} {
		if got, want := dump(t, patched, q), dump(t, fresh, q); !reflect.DeepEqual(got, want) {
			t.Errorf("%s:\npatched %d rows %.300v\nfresh   %d rows %.300v", q, len(got), got, len(want), want)
		}
	}
	// 2 positions, 1 confirmed (deleted and written), 2 aliases, the
	// entity's row and their triggers' rows; writing the 200 positions
	// again would change hundreds
	if n := end - start; n > 20 {
		t.Errorf("the patch changed %d rows, want the rows it keeps left alone", n)
	}
}

// TestPatchPartiesKeepsDetails: an event whose participants alone change
// (PatchKnowledgeParties, as a merge writes it) ends with the very details
// and brief, byte for byte, that writing it afresh gives, sources with
// quotes, accents and line breaks in their evidence included.
func TestPatchPartiesKeepsDetails(t *testing.T) {
	ctx := context.Background()
	event := func(parties ...string) attache.KBEvent {
		ev := attache.KBEvent{ID: "ev1", Type: "meeting", Date: "2024-03-05", Countries: []string{"VN"}, Participants: parties}
		for i := 0; i < attache.BriefSources+3; i++ {
			ev.Sources = append(ev.Sources, attache.EventSource{ArticleID: fmt.Sprintf("a%d", i), Published: fmt.Sprintf("2024-03-%02d", 9-i),
				Salience: "main", Evidence: fmt.Sprintf("Bộ trưởng said \"welcome\" to the\nguests, report %d <&>", i)})
		}
		return ev
	}
	before, after := event("person:a", "person:b", "person:c"), event("person:a", "person:c", "person:d")
	patched := openKB(t)
	if err := patched.PutKnowledge(ctx, &attache.Knowledge{Events: []attache.KBEvent{before}}); err != nil {
		t.Fatal(err)
	}
	drop := map[string][]string{"ev1": {"person:b"}}
	if err := patched.PatchKnowledgeParties(ctx, nil, nil, drop, &attache.Knowledge{Events: []attache.KBEvent{after}}); err != nil {
		t.Fatal(err)
	}
	fresh := openKB(t)
	if err := fresh.PutKnowledge(ctx, &attache.Knowledge{Events: []attache.KBEvent{after}}); err != nil {
		t.Fatal(err)
	}
	q := `SELECT details, brief, sources_n, confirmed FROM kb_events`
	got, want := dump(t, patched, q), dump(t, fresh, q)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("patched:\n%v\nfresh:\n%v", got, want)
	}
}
