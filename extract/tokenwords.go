package extract

import (
	"unicode/utf8"

	"attache/extract/events"
)

// tokenWord is what the extractor and the event detector know of one
// folded word: the three tables it was looked up in, one after another,
// made one (Extractor.tokenWords), so that each token of a text costs one
// string lookup instead of three.
type tokenWord struct {
	first int32  // firstWords id, -1 when no gazetteer pattern has it
	event int32  // the event rules' number (events.Detector.Vocabulary)
	cats  lexCat // the lexicon categories of the word as folded
}

// unknownWord is the tokenWord of a word in none of the tables.
var unknownWord = tokenWord{first: -1, event: events.NoWord}

// buildTokenWords joins the gazetteers' first words, the lexicon and the
// event rules' vocabulary into x.tokenWords. Run it once all three are made.
func (x *Extractor) buildTokenWords() {
	tw := make(map[string]tokenWord, len(x.words.ids)+len(x.lex))
	get := func(w string) tokenWord {
		if v, ok := tw[w]; ok {
			return v
		}
		return unknownWord
	}
	for w, id := range x.words.ids {
		v := get(w)
		v.first = id
		tw[w] = v
	}
	for w, c := range x.lex {
		v := get(w)
		v.cats = c
		tw[w] = v
	}
	x.events.Vocabulary(func(w string, id int32) {
		v := get(w)
		v.event = id
		tw[w] = v
	})
	x.tokenWords = tw
	for c := range x.byteWords {
		x.byteWords[c] = get(string(rune(c)))
	}
}

// lookUpTokens fills, for each token, the gazetteers' first-word id
// (d.firstIDs), the event rules' number (d.eventIDs) and the lexicon
// categories of its fold (d.foldCats, and d.textCats where the token is
// written as it folds), with one lookup per token.
func (d *doc) lookUpTokens() {
	n := len(d.toks)
	var first, event []int32
	if d.bufs != nil {
		first, event = d.bufs.firstIDs[:0], d.bufs.eventIDs[:0]
	}
	first, event = grown(first, n), grown(event, n)
	for i := range d.toks {
		t := &d.toks[i]
		var v tokenWord
		if len(t.Fold) == 1 && t.Fold[0] < utf8.RuneSelf {
			v = d.x.byteWords[t.Fold[0]] // punctuation, mostly: by table
		} else if w, ok := d.x.tokenWords[t.Fold]; ok {
			v = w
		} else {
			v = unknownWord
		}
		first[i], event[i] = v.first, v.event
		d.foldCats[i] = v.cats | lexLooked
		if t.Fold == t.Text {
			d.textCats[i] = d.foldCats[i]
		}
	}
	d.firstIDs, d.eventIDs = first, event
	if d.bufs != nil {
		d.bufs.firstIDs, d.bufs.eventIDs = first, event
	}
}

// grown returns s with length n, reusing its array when large enough;
// the values are left for the caller to set.
func grown(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	return s[:n]
}
