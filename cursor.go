package attache

import (
	"encoding/base64"
	"strconv"
	"strings"
)

// Lists that can grow without bound (entities, events) are paged by
// keyset: a page asks for the rows after (or before) the last (first) row
// of the page shown, named by a Cursor, so that the store seeks into an
// index instead of counting past every earlier row as OFFSET does.

// Cursor names a place in a sorted list: the sort key of one row.
type Cursor struct {
	Key string // the row's text sort value: a date, a name
	N   int    // the row's number sort value: mentions
	ID  string // the row's id, which breaks ties
}

// String encodes c for a URL: opaque to readers, stable across versions
// of the same list.
func (c Cursor) String() string {
	return base64.RawURLEncoding.EncodeToString([]byte(c.Key + "\x1f" + strconv.Itoa(c.N) + "\x1f" + c.ID))
}

// ParseCursor decodes a cursor made by Cursor.String. Returns EINVALID
// for anything else.
func ParseCursor(s string) (Cursor, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return Cursor{}, Errorf(EINVALID, "bad page cursor %q", s)
	}
	parts := strings.Split(string(b), "\x1f")
	if len(parts) != 3 || parts[2] == "" {
		return Cursor{}, Errorf(EINVALID, "bad page cursor %q", s)
	}
	n, err := strconv.Atoi(parts[1])
	if err != nil {
		return Cursor{}, Errorf(EINVALID, "bad page cursor %q", s)
	}
	return Cursor{Key: parts[0], N: n, ID: parts[2]}, nil
}

// The orders of the entity list (KBEntityFilter.Sort).
const (
	SortMentions = "mentions" // most mentioned first, then by name (the default)
	SortName     = "name"     // by name
)

// The orders of the event list (EventQuery.Sort).
const (
	SortDate   = "date"   // oldest first, undated last (the default)
	SortRecent = "recent" // newest first, undated last
)

// EventDateStart is the first day of an event date ("2024-03-05" of
// "2024-03-05/2024-03-07"), "" when undated: the key events are sorted
// and filtered on.
func EventDateStart(date string) string {
	start, _, _ := strings.Cut(date, "/")
	return start
}

// EventCursor is the cursor that names ev in an event list.
func EventCursor(ev KBEvent) string {
	return Cursor{Key: EventDateStart(ev.Date), ID: ev.ID}.String()
}

// EntityCursor is the cursor that names e in an entity list.
func EntityCursor(e KBEntity) string {
	return Cursor{Key: e.Name, N: e.Articles, ID: e.ID}.String()
}
