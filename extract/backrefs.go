package extract

import (
	"strings"

	"attache"
	"attache/extract/text"
)

// genericBackReferences joins an organisation named only by a generic name
// ("the General Staff", "the Security Council", "the Defence Forces") to
// the one body named earlier in the article whose name ends with those
// words ("the Kuwaiti General Staff") or opens with them before "of"
// ("Security Council of the Russian Federation"): agencies shorten a
// body's name so once they have named it. With no such body, or two, the
// generic name stays as it is.
func (d *doc) genericBackReferences() {
	var names map[*cand]string // folded names of the organisations, made when first needed
	tried := 0
	for _, c := range d.cands {
		if c.typ != attache.Organization || len(c.mentions) == 0 {
			continue
		}
		words := d.genericWords(c)
		if len(words) < 2 {
			continue
		}
		if tried++; tried > maxGenericNames {
			return // a flood of generic names stays linear
		}
		if names == nil {
			names = map[*cand]string{}
			for _, o := range d.cands {
				if o.typ == attache.Organization {
					names[o] = joinFolds(d.nameTokens(o.name))
				}
			}
		}
		if o := d.namedEarlierWith(c, words, names); o != nil {
			o.mentions = append(o.mentions, c.mentions...)
			c.mentions = nil
		}
	}
}

// maxGenericNames bounds the generic names looked up in one article: a
// real one holds a handful.
const maxGenericNames = 32

// firstStart returns the offset of c's first mention.
func firstStart(c *cand) int {
	s := c.mentions[0].Start
	for _, m := range c.mentions[1:] {
		s = min(s, m.Start)
	}
	return s
}

// genericWords returns the folded words of c's name when the name is made
// of head, field and qualifier words only, or nil.
func (d *doc) genericWords(c *cand) []string {
	// a word the lexicon does not know rules most names out before any
	// tokenizing: "General Staff" passes, "Kenya Defence Forces" stops
	// at "Kenya"
	for w := range strings.FieldsSeq(c.name) {
		if !d.x.is(cOrghead|cDomain|cTitleword, w) {
			return nil
		}
	}
	toks := d.nameTokens(c.name)
	var out []string
	for i := range toks {
		t := &toks[i]
		if t.Kind != text.Word || !t.Cap || !d.x.is(cOrghead|cDomain|cTitleword, t.Text) {
			return nil
		}
		out = append(out, t.Fold)
	}
	return out
}

// namedEarlierWith returns the only other organisation, first mentioned
// before c, whose name ends with words or opens with them before "of".
func (d *doc) namedEarlierWith(c *cand, words []string, names map[*cand]string) *cand {
	var found *cand
	suffix := " " + strings.Join(words, " ")
	prefix := strings.Join(words, " ") + " of "
	first := firstStart(c)
	for _, o := range d.cands {
		if o == c || o.typ != attache.Organization || len(o.mentions) == 0 || firstStart(o) >= first {
			continue
		}
		name := names[o]
		if !strings.HasSuffix(name, suffix) && !strings.HasPrefix(name, prefix) {
			continue
		}
		if found != nil {
			return nil // two bodies could be meant
		}
		found = o
	}
	return found
}

// joinFolds returns the folds of the words of toks joined by single
// spaces.
func joinFolds(toks []text.Token) string {
	// Measured first: a name of one word is its fold, and a longer one
	// is built in a single allocation.
	n, words, last := 0, 0, ""
	for _, t := range toks {
		if t.Kind == text.Word {
			n += len(t.Fold) + 1
			words++
			last = t.Fold
		}
	}
	if words <= 1 {
		return last
	}
	var b strings.Builder
	b.Grow(n)
	for _, t := range toks {
		if t.Kind != text.Word {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Fold)
	}
	return b.String()
}

// sentenceStartForms joins an organisation mention that begins one word
// after a sentence's or headline's start to the body whose name is that
// word and the mention: the name steps leave a capitalised first word
// out ("Engineering" of a headline "Engineering Unit Rotation 4 ready
// for ..."), and the text names the body in full elsewhere.
func (d *doc) sentenceStartForms() {
	for _, c := range d.cands {
		if c.typ != attache.Organization || len(c.mentions) == 0 {
			continue
		}
		kept := c.mentions[:0]
		for _, m := range c.mentions {
			s, e := d.tokenRange(m.Start, m.End)
			if o := d.fullerAtStart(c, s, e); o != nil {
				o.mentions = append(o.mentions, d.mention(s-1, e))
				for i := s - 1; i < e; i++ {
					d.lab[i] = o
				}
				continue
			}
			kept = append(kept, m)
		}
		c.mentions = kept
	}
}

// fullerAtStart returns the other organisation named by the first word
// of a sentence before tokens [s, e) and those tokens, or nil.
func (d *doc) fullerAtStart(c *cand, s, e int) *cand {
	if s < 1 || s >= e {
		return nil
	}
	w := &d.toks[s-1]
	if w.Kind != text.Word || !w.Cap || !(w.SentStart || w.LineStart) || d.lab[s-1] != nil {
		return nil
	}
	o := d.byKey[string(attache.Organization)+"|"+unitKey(d.toks[s-1:e])]
	if o == nil || o == c || len(o.mentions) == 0 {
		return nil
	}
	return o
}
