package extract

import (
	"testing"

	"attache/extract/events"
	"attache/internal/devgold"
)

// TestTokenWordsMatchTheirTables: the one lookup per token gives, for
// every token of the dev articles, what the three tables it joins give
// looked up one by one: the gazetteers' first-word id, the lexicon
// categories of the fold (and of the text written as it folds) and the
// event rules' number.
func TestTokenWordsMatchTheirTables(t *testing.T) {
	x := mustExtractor(t)
	vocab := map[string]int32{}
	x.events.Vocabulary(func(w string, id int32) { vocab[w] = id })
	checked := 0
	for _, a := range devgold.Articles(t) {
		d := x.newDoc(a.Text)
		for i, tok := range d.toks {
			first, ok := x.words.ids[tok.Fold]
			if !ok {
				first = -1
			}
			event, ok := vocab[tok.Fold]
			if !ok {
				event = events.NoWord
			}
			if d.firstIDs[i] != first || d.eventIDs[i] != event {
				t.Fatalf("%s: token %q: ids %d, %d; want %d, %d", a.Name, tok.Text, d.firstIDs[i], d.eventIDs[i], first, event)
			}
			if !d.foldIs(i, x.lex[tok.Fold]) && x.lex[tok.Fold] != 0 || d.foldCats[i] != x.lex[tok.Fold]|lexLooked {
				t.Fatalf("%s: token %q: categories %b, want %b", a.Name, tok.Text, d.foldCats[i], x.lex[tok.Fold])
			}
			if tok.Text == tok.Fold && d.textCats[i] != x.lex[tok.Text]|lexLooked {
				t.Fatalf("%s: token %q: categories as written %b, want %b", a.Name, tok.Text, d.textCats[i], x.lex[tok.Text])
			}
			if event > 0 {
				checked++
			}
		}
		d.release()
	}
	if checked == 0 {
		t.Error("no token of the dev articles is a word of the event rules")
	}
}
