package jsonout

import (
	"encoding"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The streaming encoder writes structs, slices, strings, integers and
// booleans itself, already indented, and hands every other value (maps,
// floats, pointers below the top, interfaces, types with their own
// MarshalJSON or MarshalText) to encoding/json, indenting what it
// returns. A record of megabytes then never exists whole in memory, and
// its mentions are written without encoding/json's compact pass and the
// indenting pass after it. Types it cannot vouch for (embedded fields, tag
// options other than omitempty, methods on the pointer only) make Write
// fall back to encoding/json for the whole value.

// plan is how the streaming encoder writes one type.
type plan struct {
	kind   reflect.Kind
	fields []field // structs: the fields encoding/json writes, in order
	elem   *plan   // slices and arrays: the element's plan
	leaf   bool    // handed to encoding/json
}

// field is one struct field as encoding/json names it.
type field struct {
	index     int
	key       string // the quoted key and its colon: `"name": `
	keyHTML   string // the same with <, > and & escaped
	omitEmpty bool
	p         *plan
}

var (
	marshaler     = reflect.TypeFor[json.Marshaler]()
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
	plans         sync.Map // reflect.Type → *plan, or nil when the type must fall back
)

// planOf returns the plan of t, or nil when the streaming encoder cannot
// write t exactly as encoding/json does.
func planOf(t reflect.Type) *plan {
	if p, ok := plans.Load(t); ok {
		return p.(*plan)
	}
	p := makePlan(t, map[reflect.Type]*plan{})
	plans.Store(t, p)
	return p
}

// makePlan builds the plan of t; busy holds the plans being built, for
// types that contain themselves.
func makePlan(t reflect.Type, busy map[reflect.Type]*plan) *plan {
	if p, ok := busy[t]; ok {
		return p
	}
	if t.Implements(marshaler) || t.Implements(textMarshaler) {
		return &plan{leaf: true}
	}
	pt := reflect.PointerTo(t)
	if pt.Implements(marshaler) || pt.Implements(textMarshaler) {
		return nil // encoding/json calls these only on addressable values
	}
	p := &plan{kind: t.Kind()}
	busy[t] = p
	switch t.Kind() {
	case reflect.String, reflect.Bool,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
	case reflect.Slice, reflect.Array:
		if t.Elem().Kind() == reflect.Uint8 {
			p.leaf = true // base64 for []byte, and its special cases
			break
		}
		if p.elem = makePlan(t.Elem(), busy); p.elem == nil {
			return nil
		}
	case reflect.Struct:
		if !p.addFields(t, busy) {
			return nil
		}
	case reflect.Map, reflect.Interface, reflect.Pointer, reflect.Float32, reflect.Float64:
		// Handed over whole. What encoding/json does below them does not
		// depend on where they are: map entries and the values of
		// interfaces are never addressable, what a pointer points to
		// always is.
		p.leaf = true
	default:
		return nil // channels, functions, complex numbers: encoding/json refuses them
	}
	return p
}

// addFields plans the fields of struct t, or reports false when one of
// them is beyond the streaming encoder.
func (p *plan) addFields(t reflect.Type, busy map[reflect.Type]*plan) bool {
	names := map[string]bool{}
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Anonymous {
			return false // embedded fields are promoted: encoding/json's rules
		}
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if opts != "" && opts != "omitempty" {
			return false
		}
		if name == "" || !validKey(name) {
			name = f.Name
		}
		if names[name] {
			return false // encoding/json drops both fields of one name
		}
		names[name] = true
		fp := makePlan(f.Type, busy)
		if fp == nil {
			return false
		}
		p.fields = append(p.fields, field{
			index:     i,
			key:       string(appendString(nil, name, false)) + ": ",
			keyHTML:   string(appendString(nil, name, true)) + ": ",
			omitEmpty: opts == "omitempty",
			p:         fp,
		})
	}
	return true
}

// validKey is encoding/json's test of a tag name.
func validKey(s string) bool {
	for _, c := range s {
		switch {
		case strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c):
		case !unicode.IsLetter(c) && !unicode.IsDigit(c):
			return false
		}
	}
	return true
}

// stream writes values by their plans into a writer's chunks.
type stream struct {
	out        *writer
	escapeHTML bool
	indent     string
}

// value writes v, whose plan is p, at depth.
func (s *stream) value(v reflect.Value, p *plan, depth int) error {
	out := s.out
	switch {
	case p.leaf:
		return s.leaf(v, depth)
	case p.kind == reflect.String:
		out.buf = appendString(out.buf, v.String(), s.escapeHTML)
	case p.kind == reflect.Bool:
		out.buf = strconv.AppendBool(out.buf, v.Bool())
	case p.kind >= reflect.Int && p.kind <= reflect.Int64:
		out.buf = strconv.AppendInt(out.buf, v.Int(), 10)
	case p.kind >= reflect.Uint && p.kind <= reflect.Uintptr:
		out.buf = strconv.AppendUint(out.buf, v.Uint(), 10)
	case p.kind == reflect.Struct:
		return s.object(v, p, depth)
	default: // slices and arrays
		return s.array(v, p, depth)
	}
	return nil
}

// object writes a struct.
func (s *stream) object(v reflect.Value, p *plan, depth int) error {
	n := 0
	for _, f := range p.fields {
		fv := v.Field(f.index)
		if f.omitEmpty && empty(fv) {
			continue
		}
		s.open(n, '{', depth)
		if s.escapeHTML {
			s.out.buf = append(s.out.buf, f.keyHTML...)
		} else {
			s.out.buf = append(s.out.buf, f.key...)
		}
		if err := s.value(fv, f.p, depth+1); err != nil {
			return err
		}
		n++
	}
	s.close(n, '{', '}', depth)
	return nil
}

// array writes a slice or an array.
func (s *stream) array(v reflect.Value, p *plan, depth int) error {
	if p.kind == reflect.Slice && v.IsNil() {
		s.out.buf = append(s.out.buf, "null"...)
		return nil
	}
	for i := range v.Len() {
		s.open(i, '[', depth)
		if err := s.value(v.Index(i), p.elem, depth+1); err != nil {
			return err
		}
	}
	s.close(v.Len(), '[', ']', depth)
	return nil
}

// open starts member n of an object or array at depth: the bracket before
// the first, a comma before the others, then a new line.
func (s *stream) open(n int, bracket byte, depth int) {
	if n == 0 {
		s.out.buf = append(s.out.buf, bracket)
	} else {
		s.out.buf = append(s.out.buf, ',')
	}
	s.out.buf = newline(s.out.buf, s.indent, depth+1)
	if len(s.out.buf) >= chunk {
		s.out.flush()
	}
}

// close ends an object or array of n members: "{}" or "[]" when empty.
func (s *stream) close(n int, bracket, end byte, depth int) {
	if n == 0 {
		s.out.buf = append(s.out.buf, bracket, end)
		return
	}
	s.out.buf = newline(s.out.buf, s.indent, depth)
	s.out.buf = append(s.out.buf, end)
}

// leaf hands v to encoding/json and indents what it writes at depth.
func (s *stream) leaf(v reflect.Value, depth int) error {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(s.escapeHTML)
	if err := enc.Encode(v.Interface()); err != nil {
		return err
	}
	compact := strings.TrimSuffix(b.String(), "\n")
	ind := indenter{indent: s.indent, depth: depth}
	s.out.buf = ind.append(s.out.buf, []byte(compact))
	return nil
}

// empty is encoding/json's test for omitempty.
func empty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64,
		reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

// appendString appends s quoted as encoding/json quotes strings: invalid
// UTF-8 as \ufffd, U+2028 and U+2029 escaped, and with escapeHTML <, >
// and & as \u003c, \u003e and \u0026.
func appendString(dst []byte, s string, escapeHTML bool) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			if b >= ' ' && b != '"' && b != '\\' && (!escapeHTML || b != '<' && b != '>' && b != '&') {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case c == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case c == '\u2028' || c == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[c&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
