// Package fold turns names into the folded form used for matching and for
// scoring: Việt Nam = Viet Nam, Hà Nội = Ha Noi, Đà Nẵng = Da Nang.
package fold

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// letters that do not decompose under NFKD.
var special = map[rune]string{
	'đ': "d", 'Đ': "d", 'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l", 'ß': "ss",
	'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ı': "i", 'þ': "th", 'Þ': "th",
}

// Key folds s as EXTRACTION.md's scorer does: NFKD, combining marks
// removed, đ→d, lower case, punctuation removed, spaces collapsed, a
// leading "the " dropped.
func Key(s string) string {
	if isASCII(s) {
		return asciiKey(s)
	}
	var stack [64]byte // most names fit: only the key is allocated
	b := stack[:0]
	var nfkd []byte // the decomposition of one run, its buffer reused
	space := true   // drop leading spaces
	// Only the runs of non-ASCII bytes go through NFKD and the Unicode
	// tables: an ASCII character has no decomposition and, a starter,
	// blocks the reordering of marks, so NFKD of the whole is NFKD of the
	// pieces, and it folds as in asciiKey. A long text with a dash in
	// every line is then not normalised whole.
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			b, space = appendASCII(b, c, space)
			i++
			continue
		}
		j := i + 1
		for j < len(s) && s[j] >= utf8.RuneSelf {
			j++
		}
		nfkd = norm.NFKD.AppendString(nfkd[:0], s[i:j])
		for k := 0; k < len(nfkd); {
			r, n := utf8.DecodeRune(nfkd[k:])
			k += n
			switch {
			case unicode.Is(unicode.Mn, r):
			case special[r] != "":
				b = append(b, special[r]...)
				space = false
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				b = utf8.AppendRune(b, unicode.ToLower(r))
				space = false
			case unicode.IsSpace(r):
				if !space {
					b = append(b, ' ')
					space = true
				}
			default: // punctuation is removed without a space, as the scorer does: Level-2 → level2
			}
		}
		i = j
	}
	out := strings.TrimRight(string(b), " ")
	return strings.TrimPrefix(out, "the ")
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// asciiKey is Key for ASCII text, most names: NFKD leaves it as it is, and
// it holds no marks and no special letters. Names are folded by the
// thousand when the knowledge base loads and at every mention.
func asciiKey(s string) string {
	if isFolded(s) {
		// Most keys are folded again where they are looked up: returned
		// as they are, they cost no allocation.
		return strings.TrimPrefix(s, "the ")
	}
	// The buffer starts on the stack: only the returned string is
	// allocated for a name of ordinary length.
	var stack [64]byte
	b := stack[:0]
	space := true // drop leading spaces
	for i := 0; i < len(s); i++ {
		b, space = appendASCII(b, s[i], space)
	}
	for len(b) > 0 && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	if len(b) >= 4 && string(b[:4]) == "the " {
		b = b[4:]
	}
	return string(b)
}

// isFolded reports whether asciiKey would leave the ASCII string s as it
// is but for a leading "the ": lower-case letters and digits in words
// separated by single spaces, none at either end.
func isFolded(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		case c == ' ':
			if s[i-1] == ' ' {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// appendASCII folds one ASCII byte c onto b: letters lower-cased, digits
// kept, a run of spaces made one space (none while space is true, after a
// space or at the start), punctuation dropped. It returns b and whether b
// now ends in a space or is still at its start.
func appendASCII(b []byte, c byte, space bool) ([]byte, bool) {
	switch {
	case c >= 'A' && c <= 'Z':
		return append(b, c+'a'-'A'), false
	case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		return append(b, c), false
	case c == ' ' || c >= '\t' && c <= '\r':
		if !space {
			return append(b, ' '), true
		}
	}
	return b, space
}

// Words folds running text for full-text search: diacritics and case go
// as in Key, but every character that is not a letter or a digit
// separates words ("Level-2" → "level 2", as a search tokenizer reads
// it), and no leading "the" is dropped.
func Words(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case special[r] != "":
			b.WriteString(special[r])
			space = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	return strings.TrimRight(b.String(), " ")
}
