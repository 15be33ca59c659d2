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
	"strings"
)

// Write writes v to w as JSON indented by two spaces per level, followed by
// a newline, as json.Encoder with SetIndent("", "  ") and
// SetEscapeHTML(escapeHTML) does.
//
// The encoder's compact bytes are indented as they come and written out in
// chunks: neither the compact nor the indented copy of a record of
// megabytes is held whole, and the collector has less to scan.
func Write(w io.Writer, v any, escapeHTML bool) error {
	iw := &writer{w: w, ind: indenter{indent: "  "}, buf: make([]byte, 0, chunk+chunk/4)}
	enc := json.NewEncoder(iw)
	enc.SetEscapeHTML(escapeHTML)
	if err := enc.Encode(v); err != nil {
		return err
	}
	return iw.flush()
}

// chunk is how many indented bytes writer gathers before it writes them.
const chunk = 64 << 10

// writer indents the compact JSON written to it and passes it on to w.
type writer struct {
	w   io.Writer
	ind indenter
	buf []byte
	err error
}

// Write indents p, which may end inside a value: the indenter's state
// carries over to the next call.
func (iw *writer) Write(p []byte) (int, error) {
	for n := 0; n < len(p) && iw.err == nil; {
		// at most a chunk of input at a time, so that buf stays small
		end := min(len(p), n+chunk)
		iw.buf = iw.ind.append(iw.buf, p[n:end])
		n = end
		if len(iw.buf) >= chunk {
			iw.flush()
		}
	}
	if iw.err != nil {
		return 0, iw.err
	}
	return len(p), nil
}

// flush writes out the indented bytes gathered so far.
func (iw *writer) flush() error {
	if iw.err == nil && len(iw.buf) > 0 {
		_, iw.err = iw.w.Write(iw.buf)
	}
	iw.buf = iw.buf[:0]
	return iw.err
}

// Indent appends to dst the JSON src indented as json.Indent(dst, src, "",
// indent) does. src must be what encoding/json produces: valid, with no
// space outside strings (a trailing newline is copied as it is).
func Indent(dst, src []byte, indent string) []byte {
	ind := indenter{indent: indent}
	return ind.append(dst, src)
}

// indenter is the state of indenting one JSON text read in pieces.
type indenter struct {
	indent string
	depth  int
	open   bool   // after { or [: the line break waits, so that empty ones stay {} and []
	str    bool   // inside a string
	esc    bool   // inside a string, right after a backslash
	breaks string // a line break and indents for many levels (see newline)
}

// append appends the indented form of src, the next piece of the text.
func (in *indenter) append(dst, src []byte) []byte {
	i := 0
	if in.str {
		j := in.endOfString(src, 0)
		dst = append(dst, src[:j]...)
		i = j
	}
	for i < len(src) {
		c := src[i]
		if in.open && c != '}' && c != ']' {
			in.open = false
			in.depth++
			dst = in.newline(dst)
		}
		if !structural[c] {
			// numbers, true, false, null: copied as one run, not byte by byte
			j := i + 1
			for j < len(src) && !structural[src[j]] {
				j++
			}
			dst = append(dst, src[i:j]...)
			i = j
			continue
		}
		i++
		switch c {
		case '"':
			in.str = true
			j := in.endOfString(src, i)
			dst = append(dst, src[i-1:j]...)
			i = j
		case '{', '[':
			in.open = true
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			dst = in.newline(dst)
		case ':':
			dst = append(dst, c, ' ')
		case '}', ']':
			if in.open {
				in.open = false
			} else {
				in.depth--
				dst = in.newline(dst)
			}
			dst = append(dst, c)
		}
	}
	return dst
}

// structural marks the bytes the indenter acts on outside strings.
var structural = func() (t [256]bool) {
	for _, c := range []byte(`"{}[],:`) {
		t[c] = true
	}
	return t
}()

// endOfString returns the index after the closing quote of the string
// whose contents go on at i, and leaves the string; or len(src) when src
// ends first, still inside it.
func (in *indenter) endOfString(src []byte, i int) int {
	if in.esc && i < len(src) {
		in.esc = false
		i++ // the byte the backslash escapes
	}
	for i < len(src) {
		// two single-byte searches: much faster than IndexAny, which
		// builds its set of bytes on every call
		k := bytes.IndexByte(src[i:], '"')
		if k < 0 {
			k = len(src) - i
		}
		if b := bytes.IndexByte(src[i:i+k], '\\'); b >= 0 {
			k = b
		}
		i += k
		if i == len(src) {
			return len(src)
		}
		if src[i] == '"' {
			in.str = false
			return i + 1
		}
		if i+1 == len(src) {
			in.esc = true // the escaped byte comes in the next piece
			return len(src)
		}
		i += 2 // a backslash and the byte it escapes
	}
	return len(src)
}

// newline appends a line break and the indent of the current depth, cut
// from a string of breaks built once rather than appended level by level.
func (in *indenter) newline(dst []byte) []byte {
	n := 1 + len(in.indent)*in.depth
	if len(in.breaks) < n {
		in.breaks = "\n" + strings.Repeat(in.indent, 2*in.depth+8)
	}
	return append(dst, in.breaks[:n]...)
}
