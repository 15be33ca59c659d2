package server

import (
	"net/http"
	"net/url"
)

// cursors reads the keyset cursors of a list request (after, before).
// A cursor goes with neither the other nor an offset.
func cursors(r *http.Request, offset int) (after, before string, err error) {
	v := r.URL.Query()
	after, before = v.Get("after"), v.Get("before")
	if after != "" && before != "" {
		return "", "", invalid("give after or before, not both")
	}
	if (after != "" || before != "") && offset > 0 {
		return "", "", invalid("a cursor (after, before) does not go with an offset")
	}
	if len(after) > 1000 || len(before) > 1000 {
		return "", "", invalid("cursor too long")
	}
	return after, before, nil
}

// cursorURL is the URL of this list's page on the side (after or before)
// of cursor, with every filter kept; "" when there is no such page.
func cursorURL(r *http.Request, side, cursor string) string {
	if cursor == "" {
		return ""
	}
	vals := r.URL.Query()
	vals.Del("offset")
	vals.Del("after")
	vals.Del("before")
	vals.Set(side, cursor)
	return (&url.URL{Path: r.URL.Path, RawQuery: vals.Encode()}).RequestURI()
}
