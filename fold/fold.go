// Package fold turns names into the folded form used for matching and for
// scoring: Việt Nam = Viet Nam, Hà Nội = Ha Noi, Đà Nẵng = Da Nang.
package fold

import (
	"strings"
	"unicode"

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
	var b strings.Builder
	space := true // drop leading spaces
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
		case unicode.IsSpace(r):
			if !space {
				b.WriteByte(' ')
				space = true
			}
		default: // punctuation is removed without a space, as the scorer does: Level-2 → level2
		}
	}
	out := strings.TrimRight(b.String(), " ")
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
	b := make([]byte, 0, len(s))
	space := true // drop leading spaces
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			b = append(b, c+'a'-'A')
			space = false
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			b = append(b, c)
			space = false
		case c == ' ' || c >= '\t' && c <= '\r':
			if !space {
				b = append(b, ' ')
				space = true
			}
		}
	}
	out := strings.TrimRight(string(b), " ")
	return strings.TrimPrefix(out, "the ")
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
