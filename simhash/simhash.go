// Package simhash computes 64-bit SimHash fingerprints of article text and
// finds near-duplicates: the same story re-published with small edits.
//
// Text is folded (attache/fold: no diacritics, lower case, no punctuation)
// and cut into overlapping word 3-grams; each 3-gram's 64-bit FNV hash votes
// on every bit. Two texts whose fingerprints differ in at most Threshold bits
// are near-duplicates.
package simhash

import (
	"math/bits"
	"slices"
	"strings"
	"sync"

	"attache"
	"attache/fold"
)

// Threshold is the largest Hamming distance at which two fingerprints are
// near-duplicates. Tuned on the dev corpus: different articles on the same
// subject sit 25-39 bits apart; a copy with four edits 3-5 bits away.
const Threshold = 10

// shingle is the number of words per feature.
const shingle = 3

// Fingerprint returns the SimHash of text.
func Fingerprint(text string) uint64 {
	words := strings.Fields(fold.Key(text))
	if len(words) == 0 {
		return 0
	}
	// ones counts, per bit, the features whose hash sets it; a bit of the
	// fingerprint is set when more features set it than clear it. Each
	// feature is hashed word by word, as FNV-1a would hash the words joined
	// by spaces, so that no string is built per feature: a text has as many
	// features as words. The counts are kept eight at a time, one per byte
	// of lanes[b] (bit 8k+b of the hashes in byte k), and moved into ones
	// before a byte can overflow.
	var ones [64]int
	var lanes [8]uint64
	features, pending := 0, 0
	flush := func() {
		for b, l := range lanes {
			for k := range 8 {
				ones[8*k+b] += int(l >> (8 * k) & 0xff)
			}
			lanes[b] = 0
		}
		pending = 0
	}
	add := func(ws []string) {
		h := fnvOffset
		for j, w := range ws {
			if j > 0 {
				h = (h ^ ' ') * fnvPrime
			}
			for k := 0; k < len(w); k++ {
				h = (h ^ uint64(w[k])) * fnvPrime
			}
		}
		for b := range lanes {
			lanes[b] += h >> b & 0x0101010101010101
		}
		features++
		if pending++; pending == 255 {
			flush()
		}
	}
	if len(words) < shingle {
		add(words)
	}
	for i := 0; i+shingle <= len(words); i++ {
		add(words[i : i+shingle])
	}
	flush()
	var out uint64
	for i, n := range ones {
		if 2*n > features {
			out |= 1 << i
		}
	}
	return out
}

// The 64-bit FNV-1a parameters (hash/fnv).
const (
	fnvOffset uint64 = 14695981039346656037
	fnvPrime  uint64 = 1099511628211
)

// Distance is the number of bits in which a and b differ.
func Distance(a, b uint64) int { return bits.OnesCount64(a ^ b) }

// Index holds the fingerprints of the first copies seen so far. It is safe
// for concurrent use, so that parallel ingest workers agree on which copy
// came first.
//
// Articles added with AddText are compared by fingerprint, fact words and
// days (see SameStory), so that reports sharing an agency's template are not
// taken for copies; fingerprints given to NewIndex are compared the same
// way when a text loader is set (SetTexts), by fingerprint alone otherwise.
type Index struct {
	mu        sync.Mutex
	threshold int
	ids       map[string]bool
	fps       []attache.Fingerprint
	stories   map[string]story // fact words and days of the articles added with AddText
	texts     func(id string) (string, error)
}

// NewIndex returns an index holding fps (typically Store.Fingerprints) that
// treats fingerprints within threshold bits as near-duplicates.
func NewIndex(fps []attache.Fingerprint, threshold int) *Index {
	x := &Index{threshold: threshold, ids: make(map[string]bool, len(fps)), stories: map[string]story{}}
	for _, f := range fps {
		x.ids[f.ID] = true
		x.fps = append(x.fps, f)
	}
	return x
}

// SetTexts gives the index a way to read the text of an article it holds
// only the fingerprint of (those given to NewIndex), typically from the
// store, so that AddText can compare their fact words too. It is called
// only for the rare articles whose fingerprints are close.
func (x *Index) SetTexts(texts func(id string) (string, error)) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.texts = texts
}

// Verdict says how an article relates to what the index already holds.
type Verdict int

// The verdicts of Index.Add.
const (
	New           Verdict = iota // first copy: now in the index
	Duplicate                    // the same id is already in the index
	NearDuplicate                // within the threshold of another first copy
)

// Add checks fingerprint h of article id against the index, atomically. A
// new article is added and returns New; an id already present returns
// Duplicate; an article close to an indexed one returns NearDuplicate with
// the id of that first copy (the closest one) and is not added.
func (x *Index) Add(id string, h uint64) (Verdict, string) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.ids[id] {
		return Duplicate, id
	}
	best, bestD := "", x.threshold+1
	for _, f := range x.fps {
		if d := Distance(f.SimHash, h); d < bestD {
			best, bestD = f.ID, d
		}
	}
	if best != "" {
		return NearDuplicate, best
	}
	x.add(id, h)
	return New, ""
}

// AddText is Add for article id with the given text and its fingerprint h
// (Fingerprint(text), which the caller has already computed): an article is a near-duplicate of an indexed one only when both their
// fingerprints and their fact words agree (SameStory), so that reports
// written from one template stay distinct.
func (x *Index) AddText(id string, h uint64, text string) (Verdict, string) {
	st := storyOf(text)
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.ids[id] {
		return Duplicate, id
	}
	wide := max(x.threshold, x.threshold*WideThreshold/Threshold)
	type cand struct {
		id string
		d  int
	}
	var cands []cand
	for _, f := range x.fps {
		if d := Distance(f.SimHash, h); d <= wide {
			cands = append(cands, cand{f.ID, d})
		}
	}
	slices.SortFunc(cands, func(a, b cand) int { return a.d - b.d })
	for _, c := range cands {
		other, ok := x.storyOf(c.id)
		if !ok || len(st.facts) == 0 || len(other.facts) == 0 {
			if c.d <= x.threshold {
				return NearDuplicate, c.id
			}
			continue
		}
		if st.same(other) {
			return NearDuplicate, c.id
		}
	}
	x.add(id, h)
	x.stories[id] = st
	return New, ""
}

// storyOf returns the story of indexed article id, reading its text
// when the index has only its fingerprint.
func (x *Index) storyOf(id string) (story, bool) {
	if s, ok := x.stories[id]; ok {
		return s, true
	}
	if x.texts == nil {
		return story{}, false
	}
	text, err := x.texts(id)
	if err != nil {
		return story{}, false
	}
	s := storyOf(text)
	x.stories[id] = s
	return s, true
}

func (x *Index) add(id string, h uint64) {
	x.ids[id] = true
	x.fps = append(x.fps, attache.Fingerprint{ID: id, SimHash: h})
}

// AddFirst adds article id as a first copy without judging it: another
// process stored it as one, and its decision stands. Articles this index
// judged new meanwhile are judged again against it by their writer.
func (x *Index) AddFirst(id string, h uint64) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if !x.ids[id] {
		x.add(id, h)
	}
}

// Remove drops id from the index, for an article that was added but could
// not be stored.
func (x *Index) Remove(id string) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if !x.ids[id] {
		return
	}
	delete(x.ids, id)
	delete(x.stories, id)
	for i, f := range x.fps {
		if f.ID == id {
			x.fps = append(x.fps[:i], x.fps[i+1:]...)
			break
		}
	}
}
