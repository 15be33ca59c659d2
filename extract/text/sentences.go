package text

import "attache"

// Sentences splits the tokenized text into sentences and sets each token's
// Sent and SentStart. A sentence ends at a line break, or at ".", "!" or
// "?" followed by a token that can start a sentence, unless the word
// before the stop is an abbreviation ("Gen.", "Lieut.", "No.") or a
// single-letter initial ("U.S.", "J. Smith"). abbrevs holds folded
// abbreviations without their dot.
func Sentences(s string, toks []Token, abbrevs map[string]bool) []attache.Span {
	var spans []attache.Span
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

func canStart(t *Token) bool {
	return t.Cap || t.Kind == Number || t.Fold == "\"" || t.Fold == "(" || t.Fold == "-" || t.Fold == "'" || t.Fold == "["
}

// IsInitial reports a single upper-case letter: "J" in "J. Smith", "S" in "U.S.".
func IsInitial(t *Token) bool {
	return t.Cap && len([]rune(t.Text)) == 1
}
