package simhash

import (
	"slices"
	"strings"
	"testing"
)

// longReport is original followed by filler paragraphs up to about n
// bytes, each naming a number of its own, so that its fact words grow
// with its length.
func longReport(n int) string {
	var b strings.Builder
	b.WriteString(original)
	for i := 0; b.Len() < n; i++ {
		b.WriteString("\n\nThe delegation also toured unit ")
		b.WriteString(strings.Repeat("7", 1+i%5))
		b.WriteString(" and talked with the officers there about training.")
	}
	return b.String()
}

// TestStoryReadsPrefix: the story of a text (fact words and days) is read
// from its first StoryPrefix bytes, cut at a space, so that the work on a
// huge text is bounded; what comes after does not count.
func TestStoryReadsPrefix(t *testing.T) {
	text := longReport(3 * StoryPrefix)
	withTail := text + " General Ivo Tern of Borealis arrived on July 30, 2031 with 9999 troops."
	a, b := storyOf(text), storyOf(withTail)
	if !slices.Equal(a.facts, b.facts) || !slices.Equal(a.days, b.days) {
		t.Errorf("fact words or days read past the first %d bytes: %d and %d facts, %d and %d days",
			StoryPrefix, len(a.facts), len(b.facts), len(a.days), len(b.days))
	}
	short := storyOf(original)
	if got := storyOf(original + " General Ivo Tern arrived."); len(got.facts) <= len(short.facts) {
		t.Errorf("a short text's last words are not read: %d facts, want more than %d", len(got.facts), len(short.facts))
	}
	p := storyText(text)
	if len(p) > StoryPrefix || !strings.HasPrefix(text, p) || !strings.HasPrefix(text[len(p):], " ") && !strings.HasPrefix(text[len(p):], "\n") {
		t.Errorf("prefix of %d bytes, want at most %d cut before a space", len(p), StoryPrefix)
	}
	if p := storyText(strings.Repeat("é", StoryPrefix)); len(p) > StoryPrefix || len(p) < StoryPrefix-1 || !strings.HasPrefix(strings.Repeat("é", StoryPrefix), p) {
		t.Errorf("a text without spaces cut at %d bytes, want a rune boundary at most %d", len(p), StoryPrefix)
	}
}

// TestLongRepublicationIsNear: a report longer than StoryPrefix
// re-published with a few words changed near its start is still found a
// near-duplicate, and a report from the same template with other people
// and days is still new.
func TestLongRepublicationIsNear(t *testing.T) {
	long := longReport(2 * StoryPrefix)
	x := NewIndex(nil, Threshold)
	if v, _ := x.AddText("o", Fingerprint(long), long); v != New {
		t.Fatalf("first report: %v", v)
	}
	copied := strings.Replace(long, original, republished, 1)
	if v, first := x.AddText("r", Fingerprint(copied), copied); v != NearDuplicate || first != "o" {
		t.Errorf("long re-publication: %v %q, want NearDuplicate of o", v, first)
	}
	other := strings.Replace(long, original, sameTemplate, 1)
	if v, _ := x.AddText("t", Fingerprint(other), other); v != New {
		t.Errorf("long report from the same template: %v, want New", v)
	}
}
