package extract

import (
	"testing"

	"attache"
	"attache/extract/text"
)

// TestAddMention: duplicates are refused before and after the candidate
// switches to its index, and editing the mentions directly (as merges and
// filters do) leaves no stale entry behind.
func TestAddMention(t *testing.T) {
	c := &cand{}
	m := func(i int) attache.Mention { return attache.Mention{Start: 10 * i, End: 10*i + 5} }
	for i := range 3 * manyMentions {
		if !c.addMention(m(i)) {
			t.Fatalf("mention %d refused", i)
		}
		if c.addMention(m(i)) {
			t.Fatalf("mention %d added twice", i)
		}
	}
	// keep the even ones, as a filter over the slice would
	kept := c.mentions[:0]
	for _, x := range c.mentions {
		if x.Start%20 == 0 {
			kept = append(kept, x)
		}
	}
	c.mentions = kept
	for i := range 3 * manyMentions {
		added := c.addMention(m(i))
		if want := i%2 == 1; added != want {
			t.Errorf("after the filter, mention %d added = %v, want %v", i, added, want)
		}
	}
	if len(c.mentions) != 3*manyMentions {
		t.Errorf("%d mentions, want %d", len(c.mentions), 3*manyMentions)
	}
	// merged away, then mentioned again
	c.mentions = nil
	if !c.addMention(m(0)) {
		t.Error("mention refused after the candidate was emptied")
	}
}

// TestAddMentionOutOfOrder: mentions arriving backwards, or going back to
// an earlier one after many in text order, are still checked against all.
func TestAddMentionOutOfOrder(t *testing.T) {
	c := &cand{}
	m := func(i int) attache.Mention { return attache.Mention{Start: 10 * i, End: 10*i + 5} }
	n := 4 * manyMentions
	for i := n - 1; i >= 0; i-- {
		if !c.addMention(m(i)) {
			t.Fatalf("mention %d refused", i)
		}
	}
	for i := range n {
		if c.addMention(m(i)) {
			t.Fatalf("mention %d added twice", i)
		}
	}
	d := &cand{}
	for i := range n {
		d.addMention(m(i))
	}
	if d.addMention(m(n/2)) || d.addMention(m(0)) {
		t.Error("an earlier mention added again after many in text order")
	}
	if !d.addMention(attache.Mention{Start: 10 * (n / 2), End: 10*(n/2) + 9}) {
		t.Error("a longer mention at an earlier start refused")
	}
	if got := len(d.mentions); got != n+1 {
		t.Errorf("%d mentions, want %d", got, n+1)
	}
}

// TestGallop compares gallop with a scan for every length, start and
// threshold.
func TestGallop(t *testing.T) {
	for n := 0; n < 40; n++ {
		for from := -1; from <= n+1; from++ {
			for k := 0; k <= n; k++ {
				if got := gallop(n, from, func(i int) bool { return i >= k }); got != k {
					t.Fatalf("gallop(%d, %d) with the answer at %d = %d", n, from, k, got)
				}
			}
		}
	}
}

// TestTokenRange compares tokenRange with its definition read token by
// token, for every byte range of a text with words, spaces and
// punctuation, including ranges that start or end inside a token, asked
// in text order and then backwards (the search starts from the last
// answer).
func TestTokenRange(t *testing.T) {
	const s = "The Ministry (MND) of Viet Nam, in Hanoi; and  a b c."
	d := &doc{toks: text.Tokenize(s)}
	var ranges [][2]int
	for a := 0; a <= len(s); a++ {
		for b := a; b <= len(s)+1; b++ {
			ranges = append(ranges, [2]int{a, b})
		}
	}
	for i := len(ranges) - 1; i >= 0; i-- {
		ranges = append(ranges, ranges[i])
	}
	for _, r := range ranges {
		a, b := r[0], r[1]
		{
			ws := len(d.toks)
			for i, tk := range d.toks {
				if tk.Start >= a {
					ws = i
					break
				}
			}
			we := ws
			for we < len(d.toks) && d.toks[we].End <= b {
				we++
			}
			if gs, ge := d.tokenRange(a, b); gs != ws || ge != we {
				t.Fatalf("tokenRange(%d, %d) = %d, %d; want %d, %d", a, b, gs, ge, ws, we)
			}
		}
	}
}
