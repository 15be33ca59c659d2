// Package dates finds date expressions in running text ("May 27, 2014",
// "December 8-10", "on Wednesday", "last week", "in 2018", "the 2024–2027
// cycle") with their byte offsets, and anchors them against the article's
// publication date.
//
// It is a hand-written scanner over month and weekday names and numbers
// rather than a general date parser: a general parser reads one string that
// is already known to be a date, while extraction must find the dates in
// whole articles at several MB/s, and needs news-specific anchoring rules
// (a weekday is the most recent such day, a month-day takes the year that
// puts it closest to publication).
package dates

import (
	"fmt"
	"time"

	txt "attache/extract/text"
)

// Precision is how much of a date the text states.
type Precision int

// Precisions, from coarsest to finest.
const (
	Unknown Precision = iota
	Year
	Month
	Day
)

// Kind says how a date expression was written.
type Kind string

// The kinds of date expressions.
const (
	Absolute Kind = "absolute" // "May 27, 2014", "27 May 2014", "May 2025"
	Partial  Kind = "partial"  // "December 26", "in May": the year is left out
	Weekday  Kind = "weekday"  // "on Wednesday"
	Relative Kind = "relative" // "yesterday", "last week", "earlier this month"
	YearOnly Kind = "year"     // "in 2018", "the 2024–2027 cycle"
)

// Date is one date expression found in a text.
type Date struct {
	Start, End int    // byte offsets of the expression in the text, End exclusive
	Text       string // the expression as written
	// Value is the ISO form at the text's precision: "2024-12-26",
	// "2024-12", "2024", or a range "2025-12-08/2025-12-10". It is "" when
	// the expression cannot be anchored (a weekday without publication date).
	Value     string
	From, To  time.Time // first and last day covered (zero when Value is "")
	Precision Precision
	Kind      Kind
	Range     bool // the text states a span ("December 8-10", "2024–2027")
	Since     bool // "since 2020": the start of an open span
	Scheduled bool // the date lies after the publication date
}

// ParsePublished reads a publication date in the YYYY-MM-DD form. It
// returns ok=false for "" and for anything else that is not such a date.
func ParsePublished(s string) (t time.Time, ok bool) {
	if s == "" {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", s)
	return t, err == nil
}

// Find returns the date expressions of text in order, anchored against
// published (YYYY-MM-DD, or "" when unknown). Without a publication date,
// expressions that leave the year out take it from the nearest year the
// text itself states (before them, else after them); relative expressions
// stay unanchored.
func Find(text, published string) []Date {
	toks := tokenize(text)
	return find(scanner{text: text, toks: toks, n: len(toks)}, published)
}

// FindTokens is Find over the tokens extract/text already made of text
// (text.Tokenize), so that the text is not read twice.
func FindTokens(text, published string, toks []txt.Token) []Date {
	return find(scanner{text: text, shared: toks, n: len(toks)}, published)
}

func find(s scanner, published string) []Date {
	pub, hasPub := ParsePublished(published)
	s.scan()
	// Anchor in a second pass: year context needs every explicit year.
	// The index of years is made when first needed: with a publication
	// date it never is.
	var years *yearIndex
	for i := range s.out {
		d := &s.out[i]
		r := &s.raw[i]
		ref, ok := pub, hasPub
		if r.fromText {
			if years == nil {
				years = s.yearIndex()
			}
			if y := years.before(d.Start, r.ownSentence); y != 0 {
				t := day(y+r.yearShift, 1, 1)
				setSpan(d, t, t, Year)
				d.Scheduled = hasPub && d.From.After(pub)
				continue
			}
			if r.rel != "next year" {
				d.Precision = Year
				continue // no year to count from: the year is left out
			}
		}
		if !ok && r.needsYear {
			if years == nil {
				years = s.yearIndex()
			}
			if y := years.around(d.Start); y != 0 {
				ref, ok = time.Date(y, 7, 1, 0, 0, 0, 0, time.UTC), true
				r.contextOnly = true
			}
		}
		r.resolve(d, ref, ok)
		if d.Value != "" && hasPub {
			d.Scheduled = d.From.After(pub)
		}
	}
	return s.out
}

// iso formats t at precision p.
func iso(t time.Time, p Precision) string {
	if y, month, d := t.Date(); y >= 0 && y <= 9999 && p >= Year && p <= Day {
		// by hand: time.Format costs more than the rest of anchoring,
		// and a text can hold one date every few words
		b := make([]byte, 0, 10)
		b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10))
		if p >= Month {
			m := int(month)
			b = append(b, '-', byte('0'+m/10), byte('0'+m%10))
		}
		if p == Day {
			b = append(b, '-', byte('0'+d/10), byte('0'+d%10))
		}
		return string(b)
	}
	switch p {
	case Year:
		return fmt.Sprintf("%04d", t.Year())
	case Month:
		return t.Format("2006-01")
	case Day:
		return t.Format("2006-01-02")
	}
	return ""
}

// setSpan fills Value, From and To of d for the span [from, to] at
// precision p (a single point when from equals to).
func setSpan(d *Date, from, to time.Time, p Precision) {
	d.Precision = p
	d.From = from
	switch p {
	case Year:
		d.To = time.Date(to.Year(), 12, 31, 0, 0, 0, 0, time.UTC)
	case Month:
		d.To = time.Date(to.Year(), to.Month()+1, 0, 0, 0, 0, 0, time.UTC)
	default:
		d.To = to
	}
	a, b := iso(from, p), iso(to, p)
	if a == b {
		d.Value = a
	} else {
		d.Value = a + "/" + b
	}
}

// day returns midnight UTC of y-m-d, normalising overflow like time.Date.
func day(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// valid reports whether y-m-d is a real calendar day.
func valid(y int, m time.Month, d int) bool {
	t := day(y, m, d)
	return t.Month() == m && t.Day() == d
}
