package query

import (
	"context"
	"fmt"
	"strings"

	"attache"
)

// ListEntities lists one page of entities over the whole knowledge base,
// with the cursors of the pages before and after it. See attache.Reader.
func (s *Service) ListEntities(ctx context.Context, f attache.KBEntityFilter) (*attache.EntityPage, error) {
	want := f.Limit
	if want > 0 {
		f.Limit = want + 1 // one more tells whether a page follows
	}
	es, total, err := s.kb.FindKBEntities(ctx, f)
	if err != nil {
		return nil, err
	}
	es, next, prev := pageOf(es, want, f.After != "" || f.Offset > 0, f.Before != "", attache.EntityCursor)
	return &attache.EntityPage{Entities: es, Total: total, Next: next, Prev: prev}, nil
}

// pageOf trims rows, read with a limit one over want, to the page asked
// for, and returns the cursors of the next and previous pages ("" for
// none). back says the rows were read backwards from a Before cursor (a
// row over want then lies before the page), after that the page does not
// start the list.
func pageOf[T any](rows []T, want int, after, back bool, cursor func(T) string) (page []T, next, prev string) {
	more := want > 0 && len(rows) > want
	switch {
	case more && back:
		rows = rows[len(rows)-want:]
	case more:
		rows = rows[:want]
	}
	if len(rows) == 0 {
		return rows, "", ""
	}
	first, last := cursor(rows[0]), cursor(rows[len(rows)-1])
	if back {
		// A page before a cursor always has that cursor's row after it.
		next = last
		if more {
			prev = first
		}
		return rows, next, prev
	}
	if more {
		next = last
	}
	if after {
		prev = first
	}
	return rows, next, prev
}

// FindEvents lists one page of the events matching q, titled, oldest or
// newest first, with the total number of matches and the cursors of the pages
// before and after it. See attache.Reader.
func (s *Service) FindEvents(ctx context.Context, q attache.EventQuery) (*attache.EventList, error) {
	// Brief: a page lists events, each with its first reports; a widely
	// reported one would otherwise carry hundreds.
	f := attache.KBEventFilter{From: q.From, To: q.To, Offset: q.Offset, After: q.After, Before: q.Before, Brief: true}
	switch q.Sort {
	case "", attache.SortDate:
	case attache.SortRecent:
		f.Recent = true
	default:
		return nil, attache.Errorf(attache.EINVALID, "unknown order %q: want %s or %s", q.Sort, attache.SortDate, attache.SortRecent)
	}
	if q.Type != "" {
		if !q.Type.Valid() {
			return nil, attache.Errorf(attache.EINVALID, "unknown event type %q", q.Type)
		}
		f.Types = []attache.EventType{q.Type}
	}
	for _, c := range []string{q.Country, q.With} {
		if c = strings.ToUpper(strings.TrimSpace(c)); c != "" {
			if !isCode(c) {
				return nil, attache.Errorf(attache.EINVALID, "bad country code %q: want two letters (VN, RU)", c)
			}
			f.Countries = append(f.Countries, c)
		}
	}
	if q.Entity != "" {
		e, err := s.Knowledge.FindEntity(ctx, q.Entity)
		if err != nil {
			return nil, err
		}
		f.EntityID = e.ID
	}
	if q.Limit > 0 {
		f.Limit = q.Limit + 1 // one more tells whether a page follows
	}
	evs, err := s.kb.KBEvents(ctx, f)
	if err != nil {
		return nil, err
	}
	list := &attache.EventList{}
	list.Events, list.Next, list.Prev = pageOf(evs, q.Limit, q.After != "" || q.Offset > 0, q.Before != "", attache.EventCursor)
	LabelEvents(list.Events)
	if list.Names, err = s.names(ctx, list.Events); err != nil {
		return nil, err
	}
	list.Total = len(list.Events)
	if q.Limit > 0 || q.Offset > 0 || q.After != "" || q.Before != "" {
		// A page: the store counts the rest without reading it.
		years, err := s.kb.KBEventTally(ctx, f)
		if err != nil {
			return nil, err
		}
		list.Total = 0
		for _, y := range years {
			list.Total += y.Total
		}
	}
	return list, nil
}

// names resolves the participants of evs to names.
func (s *Service) names(ctx context.Context, evs []attache.KBEvent) (attache.Names, error) {
	var ids []string
	seen := map[string]bool{}
	for _, ev := range evs {
		for _, id := range ev.Participants {
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
	}
	m, err := s.kb.KBEntityNames(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("event names: %w", err)
	}
	out := attache.Names{}
	for id, e := range m {
		out[id] = attache.NameRef{Name: e.Name, Type: e.Type, Country: e.Country}
	}
	return out, nil
}

// isCode reports whether s looks like an ISO alpha-2 code.
func isCode(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}
