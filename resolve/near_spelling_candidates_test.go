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

// TestNearKeysOfLongWordsScaleLinearly: a word of a name read from
// hostile text may run for thousands of letters ("Jan Bcdfg..."). Its
// near-spelling keys (each of its consonants left out in turn) must not
// grow with the square of its length, nor those of a name of thousands
// of words: no name runs that long, so past a real name's length a word
// or name has no near spellings.
func TestNearKeysOfLongWordsScaleLinearly(t *testing.T) {
	b := NewBuilder(nil)
	long := func(n int) []string {
		w := []rune("B")
		for i := 0; len(w) < n; i++ {
			w = append(w, rune("bcdfgklmnpqrstvxz"[i%17]), rune("aeiou"[i%5]))
		}
		return []string{"jan", string(w)}
	}
	small, large := long(4000), long(8000)
	scaling.Doubling(t, "near keys of one long word",
		func() { b.nearKeys(small, true) },
		func() { b.nearKeys(large, true) })
	many := func(n int) []string {
		var w []string
		for i := 0; i < n; i++ {
			w = append(w, word(i))
		}
		return w
	}
	smallName, largeName := many(1500), many(3000)
	scaling.Doubling(t, "near keys of a name of many words",
		func() { b.nearKeys(smallName, true) },
		func() { b.nearKeys(largeName, true) })
}
