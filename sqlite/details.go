package sqlite

import (
	"encoding/json"
	"strconv"
	"unicode/utf8"

	"attache"
)

// eventDetails is the JSON form of kb_events.details and brief.
type eventDetails struct {
	Participants []string              `json:"participants"`
	Countries    []string              `json:"countries"`
	Sources      []attache.EventSource `json:"sources"`
}

// decodeDetails reads a details or brief column into d. Event lists
// decode hundreds of them per page (a widely attended conference names
// hundreds of participants), and encoding/json, through reflection,
// took a third of such a page's time: the shape SQLite writes
// (setDetailsSQL) is read directly here, and anything else (or anything
// malformed) goes to encoding/json, so that the result is always the
// same as its.
func decodeDetails(data []byte, d *eventDetails) error {
	r := detailsReader{b: data, s: string(data)}
	if r.details(d) && r.end() {
		return nil
	}
	*d = eventDetails{}
	return json.Unmarshal(data, d)
}

// detailsReader reads JSON of the details' shape from b at i; each
// method reports false on anything it does not expect.
type detailsReader struct {
	b []byte
	s string // b as one string, which the strings read share
	i int
}

func (r *detailsReader) space() {
	for r.i < len(r.b) && (r.b[r.i] == ' ' || r.b[r.i] == '\t' || r.b[r.i] == '\n' || r.b[r.i] == '\r') {
		r.i++
	}
}

// next consumes c, after any white space.
func (r *detailsReader) next(c byte) bool {
	r.space()
	if r.i < len(r.b) && r.b[r.i] == c {
		r.i++
		return true
	}
	return false
}

// end reports whether only white space is left.
func (r *detailsReader) end() bool {
	r.space()
	return r.i == len(r.b)
}

// list reads "[" item ("," item)* "]" or "[]".
func (r *detailsReader) list(item func() bool) bool {
	if !r.next('[') {
		return false
	}
	if r.next(']') {
		return true
	}
	for {
		if !item() {
			return false
		}
		if r.next(']') {
			return true
		}
		if !r.next(',') {
			return false
		}
	}
}

// object reads "{" key ":" value ("," ...)* "}", value read by field.
func (r *detailsReader) object(field func(key string) bool) bool {
	if !r.next('{') {
		return false
	}
	if r.next('}') {
		return true
	}
	for {
		key, ok := r.str()
		if !ok || !r.next(':') || !field(key) {
			return false
		}
		if r.next('}') {
			return true
		}
		if !r.next(',') {
			return false
		}
	}
}

// str reads a string. One with escapes goes to encoding/json alone.
func (r *detailsReader) str() (string, bool) {
	if !r.next('"') {
		return "", false
	}
	start, escaped, ascii := r.i, false, true
	for ; r.i < len(r.b); r.i++ {
		switch c := r.b[r.i]; {
		case c == '\\':
			escaped = true
			r.i++ // the escaped byte, which may be a quote
		case c == '"':
			r.i++
			if escaped {
				var s string
				return s, json.Unmarshal(r.b[start-1:r.i], &s) == nil
			}
			// encoding/json replaces invalid UTF-8: leave those to it.
			raw := r.s[start : r.i-1]
			return raw, ascii || utf8.ValidString(raw)
		case c < 0x20:
			return "", false
		case c >= 0x80:
			ascii = false
		}
	}
	return "", false
}

// strings reads an array of strings.
func (r *detailsReader) strings(dst *[]string) bool {
	out := []string{}
	ok := r.list(func() bool {
		s, ok := r.str()
		out = append(out, s)
		return ok
	})
	*dst = out
	return ok
}

// integer reads a number without fraction or exponent.
func (r *detailsReader) integer() (int, bool) {
	r.space()
	start := r.i
	if r.i < len(r.b) && r.b[r.i] == '-' {
		r.i++
	}
	digits := r.i
	for r.i < len(r.b) && r.b[r.i] >= '0' && r.b[r.i] <= '9' {
		r.i++
	}
	if r.i-digits > 1 && r.b[digits] == '0' {
		return 0, false // JSON has no leading zeros
	}
	n, err := strconv.Atoi(r.s[start:r.i])
	return n, err == nil
}

func (r *detailsReader) source(s *attache.EventSource) bool {
	return r.object(func(key string) bool {
		var ok bool
		switch key {
		case "article":
			s.ArticleID, ok = r.str()
		case "idx":
			s.Idx, ok = r.integer()
		case "published":
			s.Published, ok = r.str()
		case "salience":
			s.Salience, ok = r.str()
		case "evidence":
			s.Evidence, ok = r.str()
		}
		return ok
	})
}

func (r *detailsReader) details(d *eventDetails) bool {
	return r.object(func(key string) bool {
		switch key {
		case "participants":
			return r.strings(&d.Participants)
		case "countries":
			return r.strings(&d.Countries)
		case "sources":
			d.Sources = []attache.EventSource{}
			return r.list(func() bool {
				d.Sources = append(d.Sources, attache.EventSource{})
				return r.source(&d.Sources[len(d.Sources)-1])
			})
		}
		return false
	})
}
