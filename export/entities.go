package export

import (
	"context"
	"fmt"
	"strings"

	"attache"
	"attache/eventname"
)

// eachSelected calls fn with every entity an export holds: the whole
// base's, or the participants of the events f selects (by id).
func (s Source) eachSelected(ctx context.Context, f Filter, fn func(*attache.KBEntity) error) error {
	if f.IsZero() {
		return s.eachEntity(ctx, fn)
	}
	ids, err := s.participants(ctx, f)
	if err != nil {
		return err
	}
	for _, id := range ids {
		e, err := s.Knowledge.KBEntity(ctx, id)
		if attache.ErrorCode(err) == attache.ENOTFOUND {
			continue // an event may still name an entity a correction removed
		} else if err != nil {
			return fmt.Errorf("entity %s: %w", id, err)
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	return nil
}

// participants returns the ids of the entities taking part in the events
// f selects, sorted.
func (s Source) participants(ctx context.Context, f Filter) ([]string, error) {
	set := map[string]bool{}
	err := s.eachEvent(ctx, f, func(e *attache.KBEvent) error {
		for _, p := range e.Participants {
			set[p] = true
		}
		return nil
	})
	return sortedKeys(set), err
}

// datePrecision names the precision of an ISO date as event-data
// pipelines do: day, month, year, range, or "" when undated.
func datePrecision(d string) string {
	switch {
	case d == "":
		return ""
	case strings.Contains(d, "/"):
		return "range"
	case len(d) == 4:
		return "year"
	case len(d) == 7:
		return "month"
	}
	return "day"
}

// eventLabel is a readable name for an event: its title, or its type
// and date when it has no title of its own.
func eventLabel(e *attache.KBEvent) string {
	l := eventname.Event(*e)
	if l != string(e.Type) || e.Date == "" {
		return l
	}
	return string(e.Type) + " " + e.Date
}
