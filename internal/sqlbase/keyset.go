// Package sqlbase holds what the SQLite and PostgreSQL stores share of
// their SQL: statement pieces that both dialects accept, built around a
// placeholder function that each store supplies ("?" for SQLite, "$n" for
// PostgreSQL), so that each store keeps only the SQL its database alone
// understands.
package sqlbase

import (
	"strings"

	"attache"
)

// Dialect is what differs between the stores in the statements built
// here.
type Dialect struct {
	// Arg records an argument and returns its placeholder.
	Arg func(v any) string
	// Contains is the condition that text s holds sub (both SQL
	// expressions), as the database spells it.
	Contains func(s, sub string) string
	// EntityKeyMatch, when the store has an index for it, is the
	// condition that the folded name or an alias of entity e holds key
	// (a fold.Key form), answered from that index. Nil: the stores test
	// every key with Contains.
	EntityKeyMatch func(key string) string
}

// Page is the keyset part of a list statement: the condition that keeps
// the rows past the cursor ("" for none), the ORDER BY, and whether the
// rows come back in reverse list order (a page before a cursor is read
// backwards from it) and must be reversed.
type Page struct {
	Where    string
	OrderBy  string
	Reversed bool
}

// keyset builds a Page over a sort key of columns: cols in list order
// ascending when desc is false, all descending when true. The cursor's
// values vals are compared as a row value; the same bound on the first
// column alone is added because SQLite seeks an index on an expression
// (the first column of some keys) by a plain comparison only, not by a
// row value.
func keyset(d Dialect, cols []string, vals []any, desc bool, after, before bool) Page {
	backward := before
	asc := desc == backward // the direction the statement reads in
	dir, cmp := " ASC", ">"
	if !asc {
		dir, cmp = " DESC", "<"
	}
	order := make([]string, len(cols))
	for i, c := range cols {
		order[i] = c + dir
	}
	p := Page{OrderBy: " ORDER BY " + strings.Join(order, ", "), Reversed: backward}
	if after || before {
		first := d.Arg(vals[0]) // placeholders in the order they are written
		ph := make([]string, len(vals))
		for i, v := range vals {
			ph[i] = d.Arg(v)
		}
		p.Where = cols[0] + " " + cmp + "= " + first + " AND (" + strings.Join(cols, ", ") + ") " + cmp + " (" + strings.Join(ph, ", ") + ")"
	}
	return p
}

// cursorOf parses whichever of after and before is set. Returns EINVALID
// for a bad cursor or both set.
func cursorOf(after, before string) (attache.Cursor, error) {
	switch {
	case after != "" && before != "":
		return attache.Cursor{}, attache.Errorf(attache.EINVALID, "a page is either after or before a cursor, not both")
	case after != "":
		return attache.ParseCursor(after)
	case before != "":
		return attache.ParseCursor(before)
	}
	return attache.Cursor{}, nil
}

// EventPage is the keyset part of an event list for f, on the
// kb_events alias e: oldest first (undated last), or with f.Recent
// newest first (undated still last). Returns EINVALID for a bad cursor,
// or a cursor with Offset or Latest.
func EventPage(d Dialect, f attache.KBEventFilter) (Page, error) {
	return EventPageOn(d, f, "e.date_start", "e.id")
}

// EventPageOn is EventPage on other columns that hold an event's start
// date and id (a table of an event's parties keeps copies of both, and
// an index on them hands over one party's events in list order).
func EventPageOn(d Dialect, f attache.KBEventFilter, date, id string) (Page, error) {
	c, err := cursorOf(f.After, f.Before)
	if err != nil {
		return Page{}, err
	}
	if (f.After != "" || f.Before != "") && (f.Offset > 0 || f.Latest) {
		return Page{}, attache.Errorf(attache.EINVALID, "a page cursor goes with neither offset nor latest")
	}
	if f.Recent {
		// '' (undated) is the smallest string: descending puts it last.
		return keyset(d, []string{date, id}, []any{c.Key, c.ID}, true, f.After != "", f.Before != ""), nil
	}
	key := c.Key
	if key == "" {
		key = Undated
	}
	return keyset(d, []string{DateOrderOf(date), id}, []any{key, c.ID}, false, f.After != "", f.Before != ""), nil
}

// Undated stands for the date of an undated event in the oldest-first
// order, after every real date in any collation.
const Undated = "9999"

// DateOrderOf is the start date in column date with undated events last:
// the first column of the oldest-first order, which both stores index.
func DateOrderOf(date string) string {
	return "(CASE WHEN " + date + " = '' THEN '" + Undated + "' ELSE " + date + " END)"
}

// EntityPage is the keyset part of an entity list on the kb_entities
// alias e for f: most mentioned first, or by name with SortName. Returns
// EINVALID for an unknown order, a bad cursor, or a cursor with Offset.
func EntityPage(d Dialect, f attache.KBEntityFilter) (Page, error) {
	c, err := cursorOf(f.After, f.Before)
	if err != nil {
		return Page{}, err
	}
	if (f.After != "" || f.Before != "") && f.Offset > 0 {
		return Page{}, attache.Errorf(attache.EINVALID, "a page cursor does not go with an offset")
	}
	after, before := f.After != "", f.Before != ""
	switch f.Sort {
	case "", attache.SortMentions:
		// Most mentioned first, then by name: the mentions go in negated
		// so that the whole key reads in one direction.
		return keyset(d, []string{"-e.articles", "e.name", "e.id"}, []any{-c.N, c.Key, c.ID}, false, after, before), nil
	case attache.SortName:
		return keyset(d, []string{"e.name", "e.id"}, []any{c.Key, c.ID}, false, after, before), nil
	}
	return Page{}, attache.Errorf(attache.EINVALID, "unknown order %q: want %s or %s", f.Sort, attache.SortMentions, attache.SortName)
}

// Reverse reverses s in place: the rows of a page read backwards.
func Reverse[T any](s []T) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}
