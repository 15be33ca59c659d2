// Package simhash computes 64-bit SimHash fingerprints of article text and
// finds near-duplicates: the same story re-published with small edits.
//
// Text is folded (attache/fold: no diacritics, lower case, no punctuation)
// and cut into overlapping word 3-grams; each 3-gram's 64-bit FNV hash votes
// on every bit. Two texts whose fingerprints differ in at most Threshold bits
// are near-duplicates.
package simhash

import (
	"hash/fnv"
	"math/bits"
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
	var votes [64]int
	add := func(feature string) {
		h := fnv.New64a()
		h.Write([]byte(feature))
		v := h.Sum64()
		for i := range 64 {
			if v&(1<<i) != 0 {
				votes[i]++
			} else {
				votes[i]--
			}
		}
	}
	if len(words) < shingle {
		add(strings.Join(words, " "))
	}
	for i := 0; i+shingle <= len(words); i++ {
		add(strings.Join(words[i:i+shingle], " "))
	}
	var out uint64
	for i, v := range votes {
		if v > 0 {
			out |= 1 << i
		}
	}
	return out
}

// Distance is the number of bits in which a and b differ.
func Distance(a, b uint64) int { return bits.OnesCount64(a ^ b) }

// Index holds the fingerprints of the first copies seen so far. It is safe
// for concurrent use, so that parallel ingest workers agree on which copy
// came first.
type Index struct {
	mu        sync.Mutex
	threshold int
	ids       map[string]bool
	fps       []attache.Fingerprint
}

// NewIndex returns an index holding fps (typically Store.Fingerprints) that
// treats fingerprints within threshold bits as near-duplicates.
func NewIndex(fps []attache.Fingerprint, threshold int) *Index {
	x := &Index{threshold: threshold, ids: make(map[string]bool, len(fps))}
	for _, f := range fps {
		x.ids[f.ID] = true
		x.fps = append(x.fps, f)
	}
	return x
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
	x.ids[id] = true
	x.fps = append(x.fps, attache.Fingerprint{ID: id, SimHash: h})
	return New, ""
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
	for i, f := range x.fps {
		if f.ID == id {
			x.fps = append(x.fps[:i], x.fps[i+1:]...)
			break
		}
	}
}
