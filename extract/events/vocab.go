package events

// Words of the rules are numbered so that a sentence's word is looked up
// once, when the sentence is split, instead of compared as a string with
// every alternative of every slot that is tried on it: most words of a
// text are in no slot at all and then fail every slot at once.

// vocab numbers the words that the slots of the rules list, from 1.
type vocab map[string]int32

// number gives each alternative of e its number, adding new words to v.
func (v vocab) number(e *elem) {
	if len(e.alts) == 0 {
		return
	}
	e.ids = make([]int32, len(e.alts))
	for i, a := range e.alts {
		id, ok := v[a]
		if !ok {
			id = int32(len(v) + 1)
			v[a] = id
		}
		e.ids[i] = id
	}
}

// of returns the number of word w, or noWord when no slot lists it.
func (v vocab) of(w string) int32 {
	if id, ok := v[w]; ok {
		return id
	}
	return noWord
}

// noWord is the number of a word no slot lists. A word numbered 0 was
// never looked up: slots compare it by its string.
const noWord = -1

// numberAll numbers every slot the rules hold (trigger patterns, needs=
// lists, the word lists of the special types) and indexes the triggers
// by the number of their first word. Run it once all files are read.
func (rs *rules) numberAll() {
	rs.vocab = vocab{}
	lists := []*rule{}
	lists = append(lists, rs.all...)
	lists = append(lists, rs.editions...)
	lists = append(lists, rs.scheduled...)
	lists = append(lists, rs.irrealis...)
	for _, r := range lists {
		for i := range r.pattern {
			rs.vocab.number(&r.pattern[i])
		}
		rs.vocab.number(&r.needs)
	}
	for _, typ := range wordListTypes {
		rs.vocab.number(rs.wordList(typ))
	}
	for _, r := range lists {
		for i := range r.pattern {
			r.pattern[i].set = idSet(r.pattern[i].ids, len(rs.vocab))
		}
		r.needs.set = idSet(r.needs.ids, len(rs.vocab))
	}
	for _, typ := range wordListTypes {
		e := rs.wordList(typ)
		e.set = idSet(e.ids, len(rs.vocab))
	}
	rs.byID = make([][]*rule, len(rs.vocab)+1)
	for w, list := range rs.byWord {
		rs.byID[rs.vocab[w]] = list
	}
	for _, r := range rs.all {
		r.next = nextWords(r.pattern, len(rs.vocab))
	}
	for _, r := range lists {
		r.first = slotWords(r.pattern, 0, len(rs.vocab))
	}
	rs.irrealisOf, rs.conditionOf = rulesByType(rs.irrealis), rulesByType(rs.condition)
	rs.editionStarts = startsOf(rs.editions, len(rs.vocab))
	rs.scheduledStarts = startsOf(rs.scheduled, len(rs.vocab))
}

// rulesByType lists the rules of list by each event type they apply to
// (rule.types), in list order.
func rulesByType(list []*rule) map[string][]*rule {
	m := map[string][]*rule{}
	for _, r := range list {
		for t, on := range r.types {
			if on {
				m[t] = append(m[t], r)
			}
		}
	}
	return m
}

// nextWords returns the set of words, by number, that may fill the second
// slot of pattern when that slot lists words only, or nil: a trigger found
// by its first word is then ruled out by the next word with one test.
func nextWords(pattern []elem, size int) []uint64 { return slotWords(pattern, 1, size) }

// slotWords returns the set of words, by number, that may fill slot k of
// pattern when that slot lists words only, or nil.
func slotWords(pattern []elem, k, size int) []uint64 {
	if len(pattern) <= k {
		return nil
	}
	e := &pattern[k]
	if e.gap || e.ordinal || e.year || len(e.prefix) > 0 || e.ids == nil {
		return nil
	}
	set := make([]uint64, size/64+1)
	for _, id := range e.ids {
		set[id/64] |= 1 << (id % 64)
	}
	return set
}

// ruleStarts are the words that may open a match of any rule of a list,
// tried at every word of a sentence: a word none may open is passed over
// without trying each rule.
type ruleStarts struct {
	words   []uint64 // by number, the words of first slots that list words only
	ordinal bool     // some rule opens with an ordinal
	any     bool     // some rule opens with a slot of another kind: every word may open
}

// startsOf returns the ruleStarts of rules; run it once their first slots
// are numbered (rule.first).
func startsOf(rules []*rule, size int) ruleStarts {
	st := ruleStarts{words: make([]uint64, size/64+1)}
	for _, r := range rules {
		switch {
		case r.first != nil:
			for k, bits := range r.first {
				st.words[k] |= bits
			}
		case len(r.pattern) > 0 && r.pattern[0].ordinal:
			st.ordinal = true
		default:
			st.any = true
		}
	}
	return st
}

// rulesOut reports whether no rule of the list can open at word w.
func (st *ruleStarts) rulesOut(w *word) bool {
	if st.any || w.id == 0 || st.ordinal && w.ordinal {
		return false
	}
	return w.id < 0 || st.words[w.id/64]&(1<<(w.id%64)) == 0
}

// minSetIDs is how many words a slot lists before it gets a set of
// their numbers: a few are compared as fast one by one.
const minSetIDs = 5

// idSet returns ids as a set by number, in a vocabulary of size words,
// or nil when they are fewer than minSetIDs.
func idSet(ids []int32, size int) []uint64 {
	if len(ids) < minSetIDs {
		return nil
	}
	set := make([]uint64, size/64+1)
	for _, id := range ids {
		set[id/64] |= 1 << (id % 64)
	}
	return set
}

// nextFails reports whether word w rules out r's second slot by
// r.next: a word no slot lists, or one the slot does not list.
func (r *rule) nextFails(w *word) bool { return slotFails(r.next, w) }

// slotFails reports whether word w is ruled out by set (slotWords): a
// word no slot lists, or one the set lacks. A nil set rules out nothing.
func slotFails(set []uint64, w *word) bool {
	return set != nil && w.id != 0 && (w.id < 0 || set[w.id/64]&(1<<(w.id%64)) == 0)
}

// wordListTypes are the special types whose words fill one list
// (rules.wordList). A list left out here still matches, by its strings.
var wordListTypes = []string{"link", "unit", "people", "women", "forum", "referent", "group", "scene", "recall", "venue", "participle", "sequence", "reporting", "source", "plan", "purpose", "guest", "journey"}

// numberWords numbers the words of ws in the rules' vocabulary, those
// not numbered yet (from their tokens' numbers: see Prepare).
func (rs *rules) numberWords(ws []word) {
	for i := range ws {
		if ws[i].id == 0 {
			ws[i].id = rs.vocab.of(ws[i].low)
		}
	}
}

// NoWord is the vocabulary number of a word no rule lists (see Vocabulary).
const NoWord = noWord

// Vocabulary calls f with every word the event rules list, folded as
// tokens are (text.Token.Fold), and its number. A caller that looks
// tokens up in a table of its own anyway can give Prepare their numbers
// and save the detector a second lookup per token.
func (d *Detector) Vocabulary(f func(w string, id int32)) {
	for w, id := range d.rules.vocab {
		f(w, id)
	}
}

// firstWord returns the triggers whose first slot lists w.
func (rs *rules) firstWord(w word) []*rule {
	switch {
	case w.id > 0:
		return rs.byID[w.id]
	case w.id == 0:
		return rs.byWord[w.low]
	}
	return nil
}
