package sqlbase

import (
	"errors"
	"fmt"

	"attache"
)

// ExtractionRead is one statement that reads part of an article's
// extraction, taking the article id as its one argument, and the reading
// of its rows into the extraction.
type ExtractionRead struct {
	SQL  string
	Scan func(rows Rows, x *attache.Extraction) error
}

// ExtractionReads are the statements that read an article's sentences,
// entities, mentions, events and quantities, in that order (mentions
// attach to the entities read before them). ph is the store's placeholder
// for the article id ("?" or "$1").
func ExtractionReads(ph string) []ExtractionRead {
	return []ExtractionRead{
		{`SELECT start, "end" FROM sentences WHERE article_id = ` + ph + ` ORDER BY idx`, scanSentences},
		{`SELECT local_id, type, name, aliases, rank, titles, former, country
		FROM entities WHERE article_id = ` + ph + ` ORDER BY idx`, scanExtractedEntities},
		{`SELECT entity_idx, start, "end", text, sentence FROM mentions
		WHERE article_id = ` + ph + ` ORDER BY entity_idx, idx`, scanMentions},
		{`SELECT type, name, date, place, participants, salience, cameo, plover, mission,
		unit, rotation, personnel, women, scheduled, evidence, start, "end", confidence
		FROM events WHERE article_id = ` + ph + ` ORDER BY idx`, scanEvents},
		{`SELECT value, unit, start, "end" FROM quantities WHERE article_id = ` + ph + ` ORDER BY idx`, scanQuantities},
	}
}

// EntityJSON encodes the string lists of an extracted entity as its
// JSON columns (aliases, titles, former).
func EntityJSON(e attache.Entity) (aliases, titles, former *string, err error) {
	aliases, err1 := JSONOrNull(e.Aliases)
	titles, err2 := JSONOrNull(e.Titles)
	former, err3 := JSONOrNull(e.Former)
	if err := errors.Join(err1, err2, err3); err != nil {
		return nil, nil, nil, fmt.Errorf("entity %s: %w", e.ID, err)
	}
	return aliases, titles, former, nil
}

// eachRow calls scan for every row of rows.
func eachRow(rows Rows, scan func() error) error {
	for rows.Next() {
		if err := scan(); err != nil {
			return err
		}
	}
	return rows.Err()
}

func scanSentences(rows Rows, x *attache.Extraction) error {
	return eachRow(rows, func() error {
		var s attache.Span
		if err := rows.Scan(&s.Start, &s.End); err != nil {
			return err
		}
		x.Sentences = append(x.Sentences, s)
		return nil
	})
}

func scanExtractedEntities(rows Rows, x *attache.Extraction) error {
	return eachRow(rows, func() error {
		var e attache.Entity
		var aliases, titles, former *string
		if err := rows.Scan(&e.ID, &e.Type, &e.Name, &aliases, &e.Rank, &titles, &former, &e.Country); err != nil {
			return err
		}
		if err := errors.Join(UnJSON(aliases, &e.Aliases), UnJSON(titles, &e.Titles), UnJSON(former, &e.Former)); err != nil {
			return fmt.Errorf("entity %s: %w", e.ID, err)
		}
		e.Mentions = []attache.Mention{}
		x.Entities = append(x.Entities, e)
		return nil
	})
}

// scanMentions attaches mentions to the entities read before, by the
// entity's position (idx) rather than its local id, which need not be
// unique.
func scanMentions(rows Rows, x *attache.Extraction) error {
	return eachRow(rows, func() error {
		var i int
		var m attache.Mention
		if err := rows.Scan(&i, &m.Start, &m.End, &m.Text, &m.Sentence); err != nil {
			return err
		}
		if i < 0 || i >= len(x.Entities) {
			return fmt.Errorf("mention of missing entity #%d", i)
		}
		x.Entities[i].Mentions = append(x.Entities[i].Mentions, m)
		return nil
	})
}

func scanEvents(rows Rows, x *attache.Extraction) error {
	return eachRow(rows, func() error {
		var e attache.Event
		var parts *string
		if err := rows.Scan(&e.Type, &e.Name, &e.Date, &e.Place, &parts, &e.Salience, &e.Cameo, &e.Plover,
			&e.Mission, &e.Unit, &e.Rotation, &e.Personnel, &e.Women, &e.Scheduled, &e.Evidence,
			&e.Start, &e.End, &e.Confidence); err != nil {
			return err
		}
		if err := UnJSON(parts, &e.Participants); err != nil {
			return fmt.Errorf("event participants: %w", err)
		}
		x.Events = append(x.Events, e)
		return nil
	})
}

func scanQuantities(rows Rows, x *attache.Extraction) error {
	return eachRow(rows, func() error {
		var q attache.Quantity
		if err := rows.Scan(&q.Value, &q.Unit, &q.Start, &q.End); err != nil {
			return err
		}
		x.Quantities = append(x.Quantities, q)
		return nil
	})
}
