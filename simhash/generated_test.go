package simhash

import (
	"fmt"
	"testing"

	"attache/clean"
	"attache/internal/gen"
)

// cleaned returns the text ingest fingerprints for a generated article.
func cleaned(a gen.Article) string {
	_, rest, _, _ := clean.DateHeader(a.File())
	text, _ := clean.Clean(rest)
	return text
}

// templateSet is the measurement set: distinct reports written from
// shared templates (templates × perTemplate of them), then a
// re-publication of every other one with edits words changed.
type templateSet struct {
	distinct, copies []string
}

func newTemplateSet(t testing.TB, templates, perTemplate, edits int) templateSet {
	t.Helper()
	g, err := gen.New(3)
	if err != nil {
		t.Fatal(err)
	}
	var s templateSet
	for tpl := range templates {
		for k := range perTemplate {
			a := g.Template(tpl*perTemplate+k, tpl)
			s.distinct = append(s.distinct, cleaned(a))
			if k%2 == 0 {
				s.copies = append(s.copies, cleaned(g.Republish(a, edits, uint64(tpl*1000+k))))
			}
		}
	}
	return s
}

// measure feeds the distinct reports, then the copies, to an index with
// add and returns how many distinct reports and how many copies it flagged.
func (s templateSet) measure(add func(x *Index, id, text string) Verdict) (falsePos, truePos int) {
	x := NewIndex(nil, Threshold)
	for i, text := range s.distinct {
		if add(x, fmt.Sprint("d", i), text) != New {
			falsePos++
		}
	}
	for i, text := range s.copies {
		if add(x, fmt.Sprint("c", i), text) == NearDuplicate {
			truePos++
		}
	}
	return falsePos, truePos
}

func byText(x *Index, id, text string) Verdict {
	v, _ := x.AddText(id, Fingerprint(text), text)
	return v
}

func byFingerprint(x *Index, id, text string) Verdict { v, _ := x.Add(id, Fingerprint(text)); return v }

// TestTemplatesAreNotCopies: 600 distinct reports that share agency
// templates are not near-duplicates of each other, while re-publications
// with a few words changed still are.
func TestTemplatesAreNotCopies(t *testing.T) {
	for _, edits := range []int{2, 4, 6} {
		s := newTemplateSet(t, 30, 20, edits)
		fp, tp := s.measure(byText)
		ffp, ftp := s.measure(byFingerprint)
		t.Logf("%d edits, fingerprints alone: %d of %d distinct reports flagged, %d of %d re-publications", edits, ffp, len(s.distinct), ftp, len(s.copies))
		precision := float64(tp) / float64(max(tp+fp, 1))
		recall := float64(tp) / float64(len(s.copies))
		t.Logf("%d edits: %d of %d distinct reports flagged, %d of %d re-publications flagged: precision %.3f, recall %.3f",
			edits, fp, len(s.distinct), tp, len(s.copies), precision, recall)
		if fp > 0 {
			t.Errorf("%d edits: %d of %d distinct template-sharing reports flagged as near-duplicates", edits, fp, len(s.distinct))
		}
		if recall < 0.95 {
			t.Errorf("%d edits: recall %.3f on re-publications, want at least 0.95", edits, recall)
		}
	}
}
