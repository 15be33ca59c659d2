package clean

import (
	"strings"
	"testing"
)

func BenchmarkCleanHostile(b *testing.B) {
	for _, p := range []string{"on May 5, ", "Hanoi (VNA) – ", "the Ministry of National Defence of "} {
		s := strings.Repeat(p, 20000)
		b.Run(p, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for i := 0; i < b.N; i++ {
				Clean(s)
			}
		})
	}
}
