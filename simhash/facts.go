package simhash

import (
	"hash/fnv"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"attache/extract/dates"
	"attache/fold"
)

// MinAgreement is the smallest share of fact words (Jaccard index of the
// two sets) two reports must have in common to be the same story. Measured
// on generated reports (TestTemplatesAreNotCopies): distinct reports
// written from one agency template share at most 0.6 of their fact words
// (the template's capitalised words: "Minister", "Defence", the agency),
// a re-publication with eight words or numbers changed at least 0.7.
const MinAgreement = 0.65

// WideThreshold is the Hamming distance up to which two fingerprints are
// compared by their fact words. A short report re-published with a few
// words changed can move that far: the fingerprint of a 100-word text has
// few features. Beyond Threshold the facts must decide.
const WideThreshold = 18

// Facts returns what a report is about, as far as words show it without
// understanding them: the set of its capitalised words and words with
// digits (names, places, countries, dates, numbers), folded and hashed,
// sorted. Two reports from one template share the template's words but
// not their people, dates and numbers; a copy shares nearly all of them.
func Facts(text string) []uint32 {
	var out []uint32
	for _, w := range strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	}) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !strings.ContainsAny(w, "0123456789") {
			continue
		}
		h := fnv.New32a()
		h.Write([]byte(fold.Key(w)))
		out = append(out, h.Sum32())
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Agreement returns the Jaccard index of two sorted fact sets: the share of
// their union they have in common.
func Agreement(a, b []uint32) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	in, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			in++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(in) / float64(len(a)+len(b)-in)
}

// story is what a text says beyond its wording: its fact words and the
// days it names.
type story struct {
	facts, days []uint32
}

// StoryPrefix is how much of a text its story (fact words and days) is
// read from, in bytes. A news report is a few kilobytes and a long one
// tens, so 64 KiB reads any report whole; a huge input (10 MiB of one
// phrase repeated) is read no further, so that the near-copy check costs
// at most this much per article, on the article's time budget. Copies
// begin alike, so a re-publication still agrees on its prefix.
const StoryPrefix = 64 << 10

// storyOf returns the story of text, read from its first StoryPrefix
// bytes.
func storyOf(text string) story {
	text = storyText(text)
	return story{facts: Facts(text), days: Days(text)}
}

// storyText returns text cut to at most StoryPrefix bytes: before its last
// space or line break within them, so that no word is cut, or at a rune
// boundary when there is none.
func storyText(text string) string {
	if len(text) <= StoryPrefix {
		return text
	}
	if cut := strings.LastIndexAny(text[:StoryPrefix], " \t\n"); cut > 0 {
		return text[:cut]
	}
	cut := StoryPrefix
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return text[:cut]
}

// Days returns the days a text names ("August 10", "10 August 2024"),
// as written, folded and hashed, sorted: two reports of the same meeting
// name the same day, and two that name days but no common one report two
// meetings, however alike their words (the same ministers' calls a year
// apart).
func Days(text string) []uint32 {
	var out []uint32
	for _, d := range dates.Find(text, "") {
		if d.Precision < dates.Day || d.Kind == dates.Relative || d.Kind == dates.Weekday {
			continue
		}
		h := fnv.New32a()
		h.Write([]byte(fold.Key(d.Text)))
		out = append(out, h.Sum32())
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// same reports whether two stories agree: some day in common when both
// name days, and fact words in agreement.
func (a story) same(b story) bool {
	if len(a.days) > 0 && len(b.days) > 0 && Agreement(a.days, b.days) == 0 {
		return false
	}
	return Agreement(a.facts, b.facts) >= MinAgreement
}

// SameStory reports whether two texts are the same story: fingerprints
// within WideThreshold bits and stories in agreement (fact words, days,
// read from the first StoryPrefix bytes),
// or fingerprints within Threshold bits when a text has no fact words to
// compare.
func SameStory(a, b string) bool {
	d := Distance(Fingerprint(a), Fingerprint(b))
	sa, sb := storyOf(a), storyOf(b)
	if len(sa.facts) == 0 || len(sb.facts) == 0 {
		return d <= Threshold
	}
	return d <= WideThreshold && sa.same(sb)
}
