package resolve

import (
	"testing"

	"attache"
	"attache/internal/scaling"
	"attache/kb"
)

// TestNearSpellingCandidatesScaleLinearly: a new person's name is looked
// for among the known persons that share all its words but one, not
// among every person of its first word. Taking in a thousand Vietnamese
// names that all open with "Nguyen Van" (each matched against those
// before it, as Build does) must cost twice as much for twice the names,
// not four times; the one near spelling among them is still found.
func TestNearSpellingCandidatesScaleLinearly(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	takeIn := func(n int) *Builder { return takeInNguyens(t, k, n) }
	b := takeIn(500)
	// A vowel more in the one word that differs: a near spelling of one.
	near := "Nguyen Van " + word(7)[:6] + "e" + word(7)[6:]
	if m := b.matchLoose([]string{near}, "VN"); m == nil || m.Name != "Nguyen Van "+word(7) {
		t.Fatalf("%s: matched %v, want Nguyen Van %s", near, m, word(7))
	}
	scaling.Doubling(t, "persons sharing their first words",
		func() { takeIn(300) },
		func() { takeIn(600) })
}

// word is the i-th of words that differ in whole consonants, never a
// near spelling of each other: "Tbakoqebik", "Tcakoqebik", ...
func word(i int) string {
	sets := []string{"bcdfg", "klmnp", "qrsvx", "bcdfg", "klmnp"}
	vowels := "aoei"
	w := []byte("T")
	for j, set := range sets {
		w = append(w, set[i%len(set)])
		i /= len(set)
		if j < len(vowels) {
			w = append(w, vowels[j])
		}
	}
	return string(w)
}

// takeInNguyens matches n persons "Nguyen Van X" of one country, each
// against those before it, and adds each as Build does.
func takeInNguyens(tb testing.TB, k *kb.KB, n int) *Builder {
	b := NewBuilder(k)
	for i := 0; i < n; i++ {
		name := "Nguyen Van " + word(i)
		if m := b.matchLoose([]string{name}, "VN"); m != nil {
			tb.Fatalf("%s matched %s", name, m.Name)
		}
		e := &attache.KBEntity{ID: "person:" + word(i), Type: attache.Person, Name: name, Aliases: []string{}}
		b.addEntity(e)
		b.lead[e.ID] = "VN"
	}
	return b
}

// BenchmarkNearSpellingCandidates takes in a thousand persons of one
// first and middle word.
func BenchmarkNearSpellingCandidates(b *testing.B) {
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		takeInNguyens(b, k, 1000)
	}
}
