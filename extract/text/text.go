// Package text splits an article's clean text into tokens and sentences,
// keeping byte offsets into the original text, and folds tokens for
// matching (diacritics removed, đ→d, lower case) so that Việt Nam matches
// Viet Nam and Hà Nội matches Ha Noi.
package text

import (
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota // letters, possibly with digits: "Việt", "Level", "UNMISS"
	Number             // digits only: "2024", "6"
	Punct              // any other single rune: ".", ",", "(", "'", "-"
)

// Token is one word, number or punctuation rune of the text.
type Token struct {
	Start, End int    // byte offsets into the text, End exclusive
	Text       string // the token as written
	Fold       string // folded form used for matching
	Sent       int    // index of the sentence the token is in
	Kind       Kind   // (the small fields are kept together: a smaller Token)
	Cap        bool   // starts with an upper-case letter
	Upper      bool   // two or more letters, all upper case: an acronym
	SentStart  bool   // first word-like token of its sentence
	LineStart  bool   // first token of its line
}

// IsWord reports whether the token is a word whose fold equals w.
func (t *Token) IsWord(w string) bool { return t.Kind == Word && t.Fold == w }

// Tokenize splits text into tokens. Words are runs of letters, digits and
// combining marks; every other non-space rune is a token of its own. Curly
// apostrophes fold to "'" so that People’s = People's.
func Tokenize(s string) []Token { return AppendTokens(nil, s) }

// AppendTokens appends the tokens of s (Tokenize) to dst and returns the
// extended slice. Given a slice whose text is done with, it reuses its
// array: a long text's tokens are its largest allocation.
func AppendTokens(dst []Token, s string) []Token {
	// Counted first, so that the slice of tokens is made once at its size
	// rather than grown and copied while the collector scans it.
	n := countTokens(s)
	var toks []Token
	if dst == nil {
		toks = make([]Token, 0, n)
	} else {
		// grown as append grows: an array reused for texts of
		// different lengths soon fits the longest
		toks = slices.Grow(dst, n)
	}
	// Folds that differ from the text (capitals, diacritics) are written
	// into one buffer and sliced out of a single string at the end: one
	// allocation per text instead of one per capitalised word.
	// The buffers start on the stack: a gazetteer phrase of a few words,
	// tokenized thousands of times at start-up, allocates only its tokens
	// and its folds' string.
	// A longer text's buffers come from foldPool: they are garbage once
	// the folds are copied out.
	var bufStack [64]byte
	var foldedStack [16]foldSpan
	buf, folded := bufStack[:0], foldedStack[:0]
	var pooled *foldBufs
	if len(s) > len(bufStack)*4 {
		// grown here and never given the arrays append may grow them
		// into: the stack arrays above must not flow into the pool
		pooled = foldPool.Get().(*foldBufs)
		pooled.buf, pooled.folded = slices.Grow(pooled.buf[:0], len(s)/2), slices.Grow(pooled.folded[:0], n/2)
		buf, folded = pooled.buf, pooled.folded
	}
	var scratch []byte // for appendFold
	line := true
	for i := 0; i < len(s); {
		// most of a text is ASCII: its bytes are classified by table,
		// without decoding
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r == '\n':
			line = true
			i += n
		case isSpace(r) || r == utf8.RuneError && n == 1:
			i += n
		case r < utf8.RuneSelf && asciiWord[r] || r >= utf8.RuneSelf && isWordRune(r):
			t, j, plain := scanWord(s, i, line)
			if !plain {
				a := len(buf)
				buf = appendFold(buf, t.Text, &scratch)
				folded = append(folded, foldSpan{tok: int32(len(toks)), a: int32(a), b: int32(len(buf))})
			}
			toks = append(toks, t)
			line = false
			i = j
		default:
			f := s[i : i+n] // = string(r): the rune decoded validly
			switch r {
			case '’', '‘', '`', '´':
				f = "'"
			case '–', '—', '‑', '−':
				f = "-"
			case '“', '”', '«', '»':
				f = "\""
			}
			toks = append(toks, Token{Start: i, End: i + n, Text: s[i : i+n], Fold: f, Kind: Punct, LineStart: line})
			line = false
			i += n
		}
	}
	all := string(buf)
	for _, f := range folded {
		toks[f.tok].Fold = all[f.a:f.b]
	}
	if pooled != nil && cap(pooled.buf) <= maxPooledFoldBytes {
		foldPool.Put(pooled)
	}
	return toks
}

// foldBufs are AppendTokens' buffers of folds, reused from text to text.
type foldBufs struct {
	buf    []byte
	folded []foldSpan
}

var foldPool = sync.Pool{New: func() any { return new(foldBufs) }}

// maxPooledFoldBytes bounds the buffers kept: a huge text's go back to
// the collector rather than stay held.
const maxPooledFoldBytes = 1 << 20

// countTokens returns the number of tokens Tokenize makes of s: runs of
// word runes count one, every other rune but spaces and invalid bytes one.
func countTokens(s string) int {
	n := 0
	word := false // the previous rune is a word rune
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			switch {
			case asciiWord[c]:
				if !word {
					n++
				}
				word = true
			case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
				word = false
			default:
				n++
				word = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1 || unicode.IsSpace(r):
			word = false
		case isWordRune(r):
			if !word {
				n++
			}
			word = true
		default:
			n++
			word = false
		}
		i += size
	}
	return n
}

// isSpace is unicode.IsSpace, with ASCII answered without a call.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r >= '\t' && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// asciiWord marks the ASCII bytes that are word runes.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// foldSpan places the fold of token tok at bytes [a, b) of Tokenize's
// fold buffer.
type foldSpan struct{ tok, a, b int32 }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// scanWord reads the word whose first rune, at i, is a word rune, and
// returns its token (Fold left for Tokenize to set), the index after it,
// and whether it folds to itself (ASCII without capitals). The word is
// found and classified in one pass over its bytes.
func scanWord(s string, i int, line bool) (t Token, end int, plain bool) {
	t = Token{Start: i, Kind: Number, LineStart: line}
	letters, upper, ascii := 0, 0, true
	j := i
scan:
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf { // ASCII without decoding
			switch {
			case c >= 'a' && c <= 'z':
				letters++
			case c >= 'A' && c <= 'Z':
				letters++
				upper++
				t.Cap = t.Cap || j == i
			case c >= '0' && c <= '9':
			default:
				break scan
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if !isWordRune(r) {
			break
		}
		ascii = false
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
				t.Cap = t.Cap || j == i
			}
		}
		j += n
	}
	if letters > 0 {
		t.Kind = Word
	}
	t.Upper = letters >= 2 && upper == letters
	t.End, t.Text, t.Fold = j, s[i:j], s[i:j]
	return t, j, ascii && upper == 0
}

// letters that do not decompose under NFD.
var special = map[rune]string{
	'đ': "d", 'Đ': "d", 'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l", 'ß': "ss",
	'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ı': "i", 'þ': "th", 'Þ': "th",
}

// Fold returns the matching form of one word: NFD, combining marks removed,
// letters that do not decompose mapped to ASCII, lower case.
func Fold(w string) string {
	if foldsToItself(w) {
		return w
	}
	var scratch []byte
	return string(appendFold(nil, w, &scratch))
}

// foldsToItself reports whether w is ASCII without capitals, the common
// case, whose fold is w itself.
func foldsToItself(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			return false
		}
	}
	return true
}

// appendFold appends the fold of w to dst; scratch holds the decomposed
// form of a word that is not ASCII.
func appendFold(dst []byte, w string, scratch *[]byte) []byte {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
		}
		return dst
	}
	// a word of ASCII and precomposed Latin letters (most accented words
	// of reports: Vietnamese, Turkish, Spanish names) folds letter by
	// letter from a table: no letter of it decomposes into a mark another
	// could be reordered with
	start := len(dst)
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		f, ok := latinFold(r)
		if !ok {
			return foldDecomposed(dst[:start], w, scratch)
		}
		dst = append(dst, f...)
		i += n
	}
	return dst
}

// foldDecomposed is appendFold by way of the word's NFD.
func foldDecomposed(dst []byte, w string, scratch *[]byte) []byte {
	// decomposed into the caller's scratch buffer, reused from word to
	// word, where NFD.String allocated a string per word
	*scratch = norm.NFD.AppendString((*scratch)[:0], w)
	for _, r := range string(*scratch) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case special[r] != "":
			dst = append(dst, special[r]...)
		default:
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	return dst
}

// The Latin letters whose folds are kept in a table: Latin-1 Supplement,
// Latin Extended-A and -B, and Latin Extended Additional (Vietnamese).
const (
	latinLo, latinHi       = 0x00C0, 0x024F
	latinAddLo, latinAddHi = 0x1E00, 0x1EFF
)

// latinFolds holds foldDecomposed of each letter of the two ranges,
// [latinLo, latinHi] then [latinAddLo, latinAddHi].
var latinFolds = func() []string {
	var out []string
	var scratch []byte
	for _, r := range [][2]rune{{latinLo, latinHi}, {latinAddLo, latinAddHi}} {
		for c := r[0]; c <= r[1]; c++ {
			out = append(out, string(foldDecomposed(nil, string(c), &scratch)))
		}
	}
	return out
}()

// latinFold returns the fold of letter r from latinFolds, or false when r
// is outside the table (or a letter of it that is not a single starter:
// those go by way of the whole word's NFD).
func latinFold(r rune) (string, bool) {
	var i int
	switch {
	case r >= latinLo && r <= latinHi:
		i = int(r - latinLo)
	case r >= latinAddLo && r <= latinAddHi:
		i = int(r-latinAddLo) + latinHi - latinLo + 1
	default:
		return "", false
	}
	return latinFolds[i], true
}

// FoldPhrase tokenizes a phrase (a gazetteer entry) and returns the folds
// of its tokens and their Cap/Upper flags.
func FoldPhrase(p string) []Token { return Tokenize(p) }
