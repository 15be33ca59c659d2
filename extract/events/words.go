package events

import (
	"strings"
	"sync"

	"attache/extract/text"
)

// word is one token of the text: a word (hyphenated words kept whole), a
// number, a possessive "'s", or one punctuation character.
type word struct {
	start, end int
	low        string // lower-cased; ’ is written '
	num        int    // value of a number, -1 otherwise
	id         int32  // number in the rules' vocab: 0 not looked up, noWord in no slot
	upper      bool   // starts with an upper-case letter (bools together: a smaller word)
	ordinal    bool   // "7th", "first", ...
}

// ordinalWords are the ordinals written as words, with their value.
var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
	"sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
	"eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"twentieth": 20,
}

// appendTokenWords appends to ws the words of the tokens from toks[i] on
// that end by byte to, and returns the index of the first token left. It
// reuses the tokenizer's folds: hyphenated words are joined ("send-off",
// "two-plus-two"), "'s" is one word, as appendWords does, without reading
// the text again.
//
// ids, when not nil, are the tokens' vocabulary numbers (Prepare): a word
// of one token takes its token's; the others keep 0, to be looked up.
func appendTokenWords(ws []word, toks []text.Token, i, to int, ids []int32) ([]word, int) {
	for ; i < len(toks); i++ {
		t := &toks[i]
		if t.End > to {
			break
		}
		if t.Kind == text.Punct {
			if t.Fold == "'" && i+1 < len(toks) && toks[i+1].Start == t.End && toks[i+1].Fold == "s" && toks[i+1].End <= to &&
				(i+2 >= len(toks) || toks[i+2].Start > toks[i+1].End || toks[i+2].Kind == text.Punct) {
				ws = append(ws, word{start: t.Start, end: toks[i+1].End, low: "'s", num: -1})
				i++
				continue
			}
			w := word{start: t.Start, end: t.End, low: t.Fold, num: -1}
			if ids != nil {
				w.id = ids[i]
			}
			ws = append(ws, w)
			continue
		}
		// join "send" "-" "off" written without spaces
		j := i
		for j+2 < len(toks) && toks[j+1].Fold == "-" && toks[j+1].Kind == text.Punct && toks[j+1].Start == toks[j].End &&
			toks[j+2].Start == toks[j+1].End && toks[j+2].Kind != text.Punct && toks[j+2].End <= to {
			j += 2
		}
		w := tokenWord(t)
		if ids != nil && j == i {
			w.id = ids[i]
		}
		if j > i {
			var b strings.Builder
			for k := i; k <= j; k++ {
				b.WriteString(toks[k].Fold)
			}
			w.low, w.end = b.String(), toks[j].End
			w.num, w.ordinal = -1, false
			i = j
		}
		ws = append(ws, w)
	}
	return ws, i
}

// tokenWord is the word of one word or number token.
func tokenWord(t *text.Token) word {
	w := word{start: t.Start, end: t.End, low: t.Fold, upper: t.Cap, num: -1}
	s := t.Fold
	if s != "" && s[0] >= '0' && s[0] <= '9' {
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
	} else if ordinalEnding(s) { // most words are not ordinals: skip the map
		if n, ok := ordinalWords[s]; ok {
			w.ordinal, w.num = true, n
		}
	}
	return w
}

// ordinalEnding reports whether s ends as every ordinal word does (-st,
// -nd, -rd, -th), a cheap test evaluated before the map lookup.
func ordinalEnding(s string) bool {
	if len(s) < 2 {
		return false
	}
	switch s[len(s)-2:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// wordPool keeps the word arrays of finished texts (releaseWords): the
// words of a text are among the largest things detection allocates, and
// garbage once its events are out.
var wordPool sync.Pool

// maxPooledWords bounds the arrays kept for reuse: a huge text's go back
// to the collector.
const maxPooledWords = 1 << 16

// wordArray returns an empty slice of words with room for n, reused from
// a finished text when one is large enough.
func wordArray(n int) []word {
	if p, ok := wordPool.Get().(*[]word); ok && cap(*p) >= n {
		return (*p)[:0]
	}
	return make([]word, 0, n)
}

// releaseWords gives ws's array back for the next text; ws is not used
// after.
func releaseWords(ws []word) {
	if ws == nil || cap(ws) > maxPooledWords {
		return
	}
	wordPool.Put(&ws)
}
