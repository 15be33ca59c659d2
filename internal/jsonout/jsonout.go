// Package jsonout writes indented JSON fast. encoding/json indents through
// its general scanner, one state-machine step per byte, which costs four
// times the encoding itself: on a hostile article's record (megabytes of
// mentions) that is most of what `attache extract --format json` spends
// after extraction. The output is byte for byte what json.Encoder writes
// with SetIndent("", indent).
package jsonout

import (
	"bytes"
	"encoding/json"
	"io"
)

// Write writes v to w as JSON indented by two spaces per level, followed by
// a newline, as json.Encoder with SetIndent("", "  ") and
// SetEscapeHTML(escapeHTML) does.
func Write(w io.Writer, v any, escapeHTML bool) error {
	var compact bytes.Buffer
	enc := json.NewEncoder(&compact)
	enc.SetEscapeHTML(escapeHTML)
	if err := enc.Encode(v); err != nil {
		return err
	}
	// the indented form is the compact one plus newlines and spaces: a
	// fifth more is enough for the flat records that are large
	out := Indent(make([]byte, 0, compact.Len()+compact.Len()/5), compact.Bytes(), "  ")
	_, err := w.Write(out)
	return err
}

// Indent appends to dst the JSON src indented as json.Indent(dst, src, "",
// indent) does. src must be what encoding/json produces: valid, with no
// space outside strings (a trailing newline is copied as it is).
func Indent(dst, src []byte, indent string) []byte {
	depth := 0
	open := false // after { or [: the line break waits, so that empty ones stay {} and []
	for i := 0; i < len(src); i++ {
		c := src[i]
		if open && c != '}' && c != ']' {
			open = false
			depth++
			dst = newline(dst, indent, depth)
		}
		switch c {
		case '"':
			j := endOfString(src, i+1)
			dst = append(dst, src[i:j]...)
			i = j - 1
		case '{', '[':
			open = true
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			dst = newline(dst, indent, depth)
		case ':':
			dst = append(dst, c, ' ')
		case '}', ']':
			if open {
				open = false
			} else {
				depth--
				dst = newline(dst, indent, depth)
			}
			dst = append(dst, c)
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// endOfString returns the index after the closing quote of the string
// whose contents start at i, or len(src) for an unterminated one.
func endOfString(src []byte, i int) int {
	for i < len(src) {
		k := bytes.IndexAny(src[i:], `"\`)
		if k < 0 {
			return len(src)
		}
		i += k
		if src[i] == '"' {
			return i + 1
		}
		i += 2 // a backslash and the byte it escapes
	}
	return len(src)
}

func newline(dst []byte, indent string, depth int) []byte {
	dst = append(dst, '\n')
	for range depth {
		dst = append(dst, indent...)
	}
	return dst
}
