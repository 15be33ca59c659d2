package text

import "attache"

// Sentences splits the tokenized text into sentences and sets each token's
// Sent and SentStart. A sentence ends at a line break, or at ".", "!" or
// "?" followed by a token that can start a sentence, unless the word
// before the stop is an abbreviation ("Gen.", "Lieut.", "No.") or a
// single-letter initial ("U.S.", "J. Smith"). abbrevs holds folded
// abbreviations without their dot.
//
// A run of more than MaxSentence tokens without an end is cut into pieces
// of at most MaxSentence tokens, after a comma or semicolon where there is
// one near the limit: the later stages look at whole sentences, and text
// with no sentence end (a scraped table, a phrase repeated thousands of
// times) must not make their work grow with the square of its length.
func Sentences(s string, toks []Token, abbrevs map[string]bool) []attache.Span {
	spans := make([]attache.Span, 0, sentenceBound(toks))
	start := 0 // token index of the current sentence's first token
	flush := func(end int) {
		if end <= start {
			return
		}
		spans = append(spans, attache.Span{Start: toks[start].Start, End: toks[end-1].End})
		for k := start; k < end; k++ {
			toks[k].Sent = len(spans) - 1
		}
		start = end
	}
	for i := range toks {
		if i > start && toks[i].LineStart {
			flush(i)
		}
		if i-start >= MaxSentence {
			flush(softBreak(toks, start, i))
		}
		t := &toks[i]
		if t.Kind != Punct || (t.Fold != "." && t.Fold != "!" && t.Fold != "?" && t.Fold != "…") {
			continue
		}
		if i+1 < len(toks) && !canStart(&toks[i+1]) {
			continue
		}
		if t.Fold == "." && i > 0 {
			p := &toks[i-1]
			if p.End == t.Start && p.Kind == Word && (abbrevs[p.Fold] || IsInitial(p)) {
				continue
			}
			if isDecimalPoint(toks, i) {
				continue
			}
		}
		// keep closing quotes and brackets with the sentence they close
		j := i + 1
		for j < len(toks) && !toks[j].LineStart && (toks[j].Fold == "\"" || toks[j].Fold == ")" || toks[j].Fold == "'" || toks[j].Fold == "/") {
			j++
		}
		if j < len(toks) && !toks[j].LineStart && !canStart(&toks[j]) && toks[j].Kind == Punct {
			continue
		}
		flush(j)
	}
	flush(len(toks))
	for i := range toks {
		toks[i].SentStart = i == 0 || toks[i].Sent != toks[i-1].Sent
		if toks[i].SentStart && toks[i].Kind == Punct {
			// the first word after leading quotes or dashes also starts the sentence
			for j := i + 1; j < len(toks) && toks[j].Sent == toks[i].Sent; j++ {
				if toks[j].Kind != Punct {
					toks[j].SentStart = true
					break
				}
			}
		}
	}
	return spans
}

// sentenceBound counts the stops and line starts of toks, where nearly
// all sentences end: sized once, the spans of a text of millions of short
// sentences are not grown step by step, which allocated about five times
// their final size. A sentence cut for its length may still grow them.
func sentenceBound(toks []Token) int {
	n := 1
	for i := range toks {
		t := &toks[i]
		if t.LineStart || t.Kind == Punct && (t.Fold == "." || t.Fold == "!" || t.Fold == "?" || t.Fold == "…") {
			n++
		}
	}
	return n
}

// MaxSentence is the most tokens a sentence may hold. Sentences of news
// text hold well under a hundred; the longest of the development and
// sample corpora holds about 110.
const MaxSentence = 400

// softBreak returns where to cut the overlong sentence toks[start:end]: after
// the last comma, semicolon or dash of its final quarter, or at end. The
// search is bounded, so cutting costs O(1) per token in all.
func softBreak(toks []Token, start, end int) int {
	for k := end; k > start+1 && end-k < MaxSentence/4; k-- {
		switch toks[k-1].Fold {
		case ",", ";", "-":
			return k
		}
	}
	return end
}

// isDecimalPoint reports a dot written between two digits with no space,
// as in "a 7.7-magnitude earthquake" or "$8.1 billion": a number, not the
// end of a sentence.
func isDecimalPoint(toks []Token, i int) bool {
	if i == 0 || i+1 >= len(toks) {
		return false
	}
	p, t, n := &toks[i-1], &toks[i], &toks[i+1]
	return p.Kind == Number && n.Kind == Number && p.End == t.Start && t.End == n.Start
}

func canStart(t *Token) bool {
	return t.Cap || t.Kind == Number || t.Fold == "\"" || t.Fold == "(" || t.Fold == "-" || t.Fold == "'" || t.Fold == "["
}

// IsInitial reports a single upper-case letter: "J" in "J. Smith", "S" in "U.S.".
func IsInitial(t *Token) bool {
	return t.Cap && len([]rune(t.Text)) == 1
}
