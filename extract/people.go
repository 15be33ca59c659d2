package extract

import (
	"iter"
	"strings"
)

// people indexes a document's persons by the words their names start and
// end with, so that a short form ("Giang", "General Giang") finds its
// person without a scan of every candidate: a text naming thousands of
// people would otherwise cost a scan per name, quadratic time in all.
//
// Entries are added whenever a person's name words are set (setParts),
// and never removed: personFor checks each candidate it gets, so an entry
// left by an earlier, shorter form of a name is only skipped.
type people struct {
	byPrefix   map[string][]*cand // key of the first k words (k <= maxKeyWords)
	bySuffix   map[string][]*cand // key of the last k words
	byParticle map[string][]*cand // a word followed by a particle ("Lula" in "Lula da Silva")
	byInner    map[string][]*cand // an inner word of a name of three or more words ("Múcio" in "José Múcio Monteiro Filho")
	byEnds     map[string][]*cand // key of the first and last words of a name of three or more ("Sergei Shoigu")
}

// maxKeyWords bounds the words of an index key: names hold a few words;
// a longer "name" (a run of capitals) is found through its first and last
// maxKeyWords words and checked in full.
const maxKeyWords = 8

// wordsKey joins words into a map key.
func wordsKey(words []string) string { return strings.Join(words, "\x00") }

// setParts sets person c's name words and indexes them.
func (d *doc) setParts(c *cand, parts []string) {
	c.parts = parts
	ix := &d.people
	if ix.byPrefix == nil {
		ix.byPrefix, ix.bySuffix, ix.byParticle = map[string][]*cand{}, map[string][]*cand{}, map[string][]*cand{}
		ix.byInner, ix.byEnds = map[string][]*cand{}, map[string][]*cand{}
	}
	if len(parts) > 2 {
		e := wordsKey([]string{parts[0], parts[len(parts)-1]})
		ix.byEnds[e] = append(ix.byEnds[e], c)
	}
	if len(parts) > 2 {
		for _, w := range parts[1 : len(parts)-1] {
			ix.byInner[w] = append(ix.byInner[w], c)
		}
	}
	for k := 1; k <= len(parts) && k <= maxKeyWords; k++ {
		p, s := wordsKey(parts[:k]), wordsKey(parts[len(parts)-k:])
		ix.byPrefix[p] = append(ix.byPrefix[p], c)
		ix.bySuffix[s] = append(ix.bySuffix[s], c)
	}
	if len(parts) > 2 && d.x.is(cPrefixname, parts[0]) {
		// "Khaled" of "Mohamed Khaled Nordin": the name after a common
		// first name is a short form too
		for k := 1; k < len(parts)-1 && k <= maxKeyWords; k++ {
			p := wordsKey(parts[1 : 1+k])
			ix.byPrefix[p] = append(ix.byPrefix[p], c)
		}
	}
	for k := 1; k+2 < len(parts); k++ {
		if d.x.is(cParticle, parts[k+1]) {
			ix.byParticle[parts[k]] = append(ix.byParticle[parts[k]], c)
		}
	}
}

// peopleFor yields every person whose name may start or end with words,
// or hold the one word before a particle, an inner word of a long name, or
// its first and last words: all persons personFor can
// match, some of them more than once, and some that it will not match.
func (d *doc) peopleFor(words []string) iter.Seq[*cand] {
	return func(yield func(*cand) bool) {
		if len(words) == 0 { // every person's name starts with no words
			for _, c := range d.cands {
				if !yield(c) {
					return
				}
			}
			return
		}
		k := min(len(words), maxKeyWords)
		ix := &d.people
		lists := [][]*cand{ix.byPrefix[wordsKey(words[:k])], ix.bySuffix[wordsKey(words[len(words)-k:])]}
		switch len(words) {
		case 1:
			lists = append(lists, ix.byParticle[words[0]], ix.byInner[words[0]])
		case 2:
			lists = append(lists, ix.byEnds[wordsKey(words)])
		}
		for _, l := range lists {
			for _, c := range l {
				if !yield(c) {
					return
				}
			}
		}
	}
}
