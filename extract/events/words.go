package events

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one token of the text: a word (hyphenated words kept whole), a
// number, a possessive "'s", or one punctuation character.
type word struct {
	start, end int
	low        string // lower-cased; ’ is written '
	upper      bool   // starts with an upper-case letter
	num        int    // value of a number, -1 otherwise
	ordinal    bool   // "7th", "first", ...
}

var ordinalWords = map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true,
	"sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true,
	"eleventh": true, "twelfth": true, "fifteenth": true, "twentieth": true,
}

// appendWords appends to ws the words of text[from:to], with offsets into text.
func appendWords(ws []word, text string, from, to int) []word {
	for i := from; i < to; {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			for j < to {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += n2
					continue
				}
				// keep "send-off", "Level-2" whole, split "Shoigu's"
				if r2 == '-' && j+1 < to {
					r3, _ := utf8.DecodeRuneInString(text[j+1:])
					if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
						j += n2
						continue
					}
				}
				break
			}
			ws = append(ws, newWord(text, i, j))
			i = j
		case (r == '\'' || r == '’') && i+n < to && (text[i+n] == 's' || text[i+n] == 'S') &&
			(i+n+1 >= to || !isWordByte(text[i+n+1])):
			ws = append(ws, word{start: i, end: i + n + 1, low: "'s", num: -1})
			i += n + 1
		default:
			ws = append(ws, word{start: i, end: i + n, low: text[i : i+n], num: -1})
			i += n
		}
	}
	return ws
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

func newWord(text string, i, j int) word {
	s := text[i:j]
	w := word{start: i, end: j, low: strings.ToLower(s), num: -1}
	r, _ := utf8.DecodeRuneInString(s)
	w.upper = unicode.IsUpper(r)
	if unicode.IsDigit(r) {
		v, k := 0, 0
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			if v < 1e9 {
				v = v*10 + int(s[k]-'0')
			}
			k++
		}
		switch s[k:] {
		case "":
			w.num = v
		case "st", "nd", "rd", "th":
			w.ordinal = true
			w.num = v
		}
	} else if ordinalWords[w.low] {
		w.ordinal = true
	}
	return w
}
