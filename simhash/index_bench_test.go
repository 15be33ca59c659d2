package simhash

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"attache"
)

// BenchmarkIndexAdd checks one new article against the fingerprints of a
// 100k base, as ingest does for every article it stores:
//
//	go test -run '^$' -bench IndexAdd ./simhash
func BenchmarkIndexAdd(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	fps := make([]attache.Fingerprint, 100_000)
	for i := range fps {
		fps[i] = attache.Fingerprint{ID: fmt.Sprint("a", i), SimHash: r.Uint64()}
	}
	x := NewIndex(fps, Threshold)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.Add(fmt.Sprint("new", i), r.Uint64()) // the base grows by b.N: a few per cent
	}
}
