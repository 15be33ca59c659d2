package simhash

import (
	"hash/fnv"
	"strings"
	"testing"

	"attache/fold"
)

// joinedFingerprint is Fingerprint as first written: each 3-gram joined
// into a string and hashed with hash/fnv. Fingerprint hashes the words in
// place; stored fingerprints must not change with it.
func joinedFingerprint(text string) uint64 {
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

func TestFingerprintHashesJoinedShingles(t *testing.T) {
	texts := []string{
		"", "   ", "Hanoi", "Hanoi (VNA) –", "two words", "three small words",
		"Đại tướng Phan Văn Giang received the delegation in Hà Nội on May 5.",
		strings.Repeat("on May 5, ", 500),
		strings.Repeat("the Ministry of National Defence of ", 300),
	}
	for _, s := range devTexts(t) {
		texts = append(texts, s)
	}
	for _, s := range texts {
		if got, want := Fingerprint(s), joinedFingerprint(s); got != want {
			t.Errorf("Fingerprint(%.40q) = %016x, want %016x", s, got, want)
		}
	}
}

// BenchmarkFingerprint fingerprints a long text of repeated words.
func BenchmarkFingerprint(b *testing.B) {
	s := strings.Repeat("the Ministry of National Defence of ", 10000)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Fingerprint(s)
	}
}
