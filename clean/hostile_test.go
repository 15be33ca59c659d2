package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"attache/internal/devcorpus"
	"attache/internal/scaling"
)

// hostileShapes are texts a regexp-based cleaner may find costly: one
// endless line holding what the line patterns look for (dashes, brackets,
// credits, signatures), and many lines that repeat.
var hostileShapes = []struct{ name, phrase string }{
	{"date", "on May 5, "},
	{"dateline", "Hanoi (VNA) – "},
	{"ministry", "the Ministry of National Defence of "},
	{"credit", "(Photo: VNA) "},
	{"unclosed", "(Photo: VNA "},
	{"signature", "agreed. — VNA/VNS "},
	{"caption-marker", "ảnh 1 "},
	{"end-mark", "/. "},
	{"caption-lines", "The minister speaks at the event (Photo: VNA)\n"},
	{"repeated-lines", "The two navies held a joint patrol in the Gulf of Thailand on Friday.\n"},
	{"signature-lines", "VNA\n"},
	{"blank-lines", "\r\n"},
}

// BenchmarkCleanHostile cleans each hostile shape, about 256 KB of it, and
// the dev articles ("normal") for comparison.
func BenchmarkCleanHostile(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(devcorpus.Dir(b), "*.txt"))
	var normal []string
	size := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		normal = append(normal, string(raw))
		size += len(raw)
	}
	b.Run("normal", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, s := range normal {
				Clean(s)
			}
		}
	})
	for _, h := range hostileShapes {
		s := repeatTo(h.phrase, 256<<10)
		b.Run(h.name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				Clean(s)
			}
		})
	}
}

// TestCleanScalesLinearly: twice the hostile text costs about twice the
// time to clean, never four times.
func TestCleanScalesLinearly(t *testing.T) {
	const size = 128 << 10
	for _, h := range hostileShapes {
		small, large := repeatTo(h.phrase, size), repeatTo(h.phrase, 2*size)
		scaling.Doubling(t, h.name, func() { Clean(small) }, func() { Clean(large) })
	}
}

// repeatTo repeats phrase until the text holds at least size bytes.
func repeatTo(phrase string, size int) string {
	return strings.Repeat(phrase, (size+len(phrase)-1)/len(phrase))
}
