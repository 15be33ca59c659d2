package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/term"

	"attache"
	"attache/internal/jsonout"
	"attache/postgres"
	"attache/sqlite"
)

// openStore opens the database c.DB names: a PostgreSQL database for a
// postgres:// address, else the SQLite file at that path, creating it
// (and its directory) when missing.
func (c *Config) openStore(ctx context.Context) (attache.Store, error) {
	if postgres.IsAddress(c.DB) {
		st, err := postgres.Open(ctx, c.DB)
		if attache.ErrorCode(err) == attache.EINVALID {
			return nil, errors.New("database: " + attache.ErrorMessage(err))
		} else if err != nil {
			return nil, fmt.Errorf("database %s: %w", postgres.Redact(c.DB), err)
		}
		return st, nil
	}
	db, err := sqlite.Open(ctx, c.DB)
	if attache.ErrorCode(err) == attache.EINVALID {
		// A refused address or file: the message names it (without a
		// password) and says why, on one line.
		return nil, errors.New("database: " + attache.ErrorMessage(err))
	} else if err != nil {
		return nil, fmt.Errorf("database %s: %w", c.DB, err)
	}
	if c.wrapStore != nil {
		return c.wrapStore(db), nil
	}
	return db, nil
}

// isTerminal reports whether w is a terminal, to decide between ANSI
// highlighting and plain markers.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// safeText neutralises what untrusted article text could do to a terminal:
// ANSI escape sequences are dropped, every other control character
// (including the snippet markers and bidi overrides, which can hide or
// reorder what is shown) is removed, and invalid UTF-8 becomes U+FFFD. With
// oneLine, line breaks and tabs become single spaces.
func safeText(s string, oneLine bool) string {
	var b strings.Builder
	space := false // last byte written was a collapsed space
	for i := 0; i < len(s); {
		if s[i] == 0x1b {
			i = skipEscape(s, i) + 1
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\n' && !oneLine:
			b.WriteByte('\n')
			space = false
		case r == '\t' || r == '\n' || r == '\r' || r == ' ':
			if !oneLine && r == ' ' {
				b.WriteByte(' ')
			} else if !space {
				b.WriteByte(' ')
				space = oneLine
			}
			continue
		case unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || unicode.Is(unicode.Bidi_Control, r):
			continue
		default:
			b.WriteRune(r) // RuneError for invalid bytes writes U+FFFD
		}
		space = false
	}
	return b.String()
}

// skipEscape returns the index of the last byte of the escape sequence
// starting at s[i] (ESC): CSI "ESC [ ... final", OSC "ESC ] ... BEL|ESC \",
// or ESC and one more byte.
func skipEscape(s string, i int) int {
	if i+1 >= len(s) {
		return i
	}
	switch s[i+1] {
	case '[':
		for j := i + 2; j < len(s); j++ {
			if s[j] >= 0x40 && s[j] <= 0x7e {
				return j
			}
		}
		return len(s) - 1
	case ']', 'P', '_', '^':
		for j := i + 2; j < len(s); j++ {
			if s[j] == 0x07 {
				return j
			}
			if s[j] == 0x1b && j+1 < len(s) && s[j+1] == '\\' {
				return j + 1
			}
		}
		return len(s) - 1
	}
	return i + 1
}

// highlight renders a snippet with attache.Mark/EndMark: the text between
// markers is neutralised first, then the matches are shown in bold on a
// terminal or between [ and ] otherwise.
func highlight(snippet string, ansi bool) string {
	on, off := "[", "]"
	if ansi {
		on, off = "\x1b[1m", "\x1b[0m"
	}
	var b strings.Builder
	inside := false
	for _, part := range strings.SplitAfter(snippet, attache.Mark) {
		for _, piece := range strings.SplitAfter(part, attache.EndMark) {
			text := strings.TrimSuffix(strings.TrimSuffix(piece, attache.Mark), attache.EndMark)
			b.WriteString(safeText(text, true))
			switch {
			case strings.HasSuffix(piece, attache.Mark) && !inside:
				b.WriteString(on)
				inside = true
			case strings.HasSuffix(piece, attache.EndMark) && inside:
				b.WriteString(off)
				inside = false
			}
		}
	}
	if inside {
		b.WriteString(off)
	}
	return strings.TrimSpace(b.String())
}

// writeJSON prints v as indented JSON.
func writeJSON(w io.Writer, v any) error { return jsonout.Write(w, v, true) }
