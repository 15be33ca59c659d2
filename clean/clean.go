// Package clean removes scraping debris from article text while keeping
// the sentences: repeated photo captions, "(Photo: VNA)" credits, "ảnh 1"
// caption markers, datelines, a lead paragraph repeated twice, "/." end
// marks, "See more" trailers and trailing agency signatures. Every removal
// is reported so that a user can see what cleaning took away.
//
// Cleaning works line by line and keeps paragraphs: the output is plain
// text in Unicode NFC with "\n" line endings, blank lines between
// paragraphs, and never longer than its input.
package clean

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"attache"

	"golang.org/x/text/unicode/norm"
)

// Removal kinds, as stored in attache.Removal.Kind.
const (
	KindCaption       = "caption"
	KindPhotoCredit   = "photo-credit"
	KindSeeMore       = "see-more"
	KindSignature     = "signature"
	KindCaptionMarker = "caption-marker"
	KindRepeatedLead  = "repeated-lead"
	KindEndMark       = "end-mark"
	KindDateHeader    = "date-header"
	KindDateline      = "dateline"
	KindTrailing      = "trailing" // debris glued after a closing signature
)

var (
	// dateHeader is a first line "date YYYY-MM-DD", possibly indented and
	// possibly followed by the text itself.
	dateHeader = regexp.MustCompile(`^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]*\r?\n|[ \t]+|$)`)

	// photoCredit is "(Photo: VNA)", "(Photos: Reuters/AFP)", "(Ảnh: TTXVN)".
	photoCredit = regexp.MustCompile(`[ \t]*\((?i:photos?|ảnh|image|source)[ \t]*:[^()\n]{1,60}\)`)

	// captionEnd is a line ending with a photo credit: a caption.
	captionEnd = regexp.MustCompile(`\((?i:photos?|ảnh|image)[ \t]*:[^()\n]{1,60}\)[.]?$`)

	// captionMarker is a "ảnh 1" marker glued between a headline and a
	// caption when a page's photos are scraped into the text.
	captionMarker = regexp.MustCompile(`(?:^|\s)(?i:ảnh)[ \t]?\d{1,3}[^\s\d]`)

	// dateline is "Hanoi (VNA) –" or "Hanoi, December 26 (VNA) -" opening a
	// paragraph.
	dateline = regexp.MustCompile(`^\p{Lu}[\p{L}\p{M}0-9 ,.'’-]{0,60}?[ \t]*\([\p{Lu}][\p{L}/ -]{1,15}\)[ \t]*[–—-][ \t]*`)

	// capsDateline is "HÀ NỘI —" (a place in capitals and a dash) opening a
	// paragraph.
	capsDateline = regexp.MustCompile(`^\p{Lu}[\p{Lu}\p{M} .'’]{1,30}[ \t]+[–—][ \t]+`)

	// signature is an agency signature line: "VNA", "— VNA/VNS", "-TTXVN".
	signature = regexp.MustCompile(`^[–—-]?[ \t]*\p{Lu}{2,6}(?:/\p{Lu}{2,6})?[ \t]*$`)

	// endSignature is a signature glued to the end of the last paragraph.
	endSignature = regexp.MustCompile(`[ \t]+[–—][ \t]*\p{Lu}{2,6}(?:/\p{Lu}{2,6})?[ \t]*$`)

	// gluedSignature is a signature after a sentence with a fragment of
	// some other page glued to it ("… the VRTC. — VNA/VNStion will …"):
	// the article ends at the signature.
	gluedSignature = regexp.MustCompile(`([.!?"”])[ \t]+[–—][ \t]*(\p{Lu}{2,6}(?:/\p{Lu}{2,6})?)\p{Ll}`)

	// seeMore is a "See more"-style trailer line.
	seeMore = regexp.MustCompile(`^(?i:see more|read more|more news|related news|related articles?|read also|see also|xem thêm|tin liên quan)[ \t]*[:.>»…]*[ \t]*$`)

	// endMark is VNA's "/." closing a paragraph.
	endMark = regexp.MustCompile(`/\.[ \t]*$`)
)

// DateHeader reads a first line "date YYYY-MM-DD" (leading white space
// allowed; the text may follow on the same line). It returns the date, the
// text without the header, and the removal; ok is false, and text is
// returned unchanged, when there is no valid header.
func DateHeader(text string) (date, rest string, r attache.Removal, ok bool) {
	body := strings.TrimPrefix(text, "\ufeff")
	m := dateHeader.FindStringSubmatchIndex(body)
	if m == nil {
		return "", text, attache.Removal{}, false
	}
	date = body[m[2]:m[3]]
	if _, err := time.Parse("2006-01-02", date); err != nil {
		return "", text, attache.Removal{}, false
	}
	removed := strings.TrimSpace(body[:m[1]])
	return date, body[m[1]:], attache.Removal{Kind: KindDateHeader, Text: removed}, true
}

// Clean returns text without scraping debris, and what it removed, in
// order. It never returns more bytes than it was given and always returns
// valid UTF-8.
func Clean(text string) (string, []attache.Removal) {
	text = normalize(text)
	var rm []attache.Removal
	note := func(kind, s string) {
		if s = strings.TrimSpace(s); s != "" {
			rm = append(rm, attache.Removal{Kind: kind, Text: s})
		}
	}
	lines := strings.Split(text, "\n")
	lines = cutGluedSignature(lines, note)
	lines = dropCaptions(lines, note)
	for i, l := range lines {
		lines[i] = stripCredits(l, note)
	}
	lines = dropRepeats(lines, note)
	lines = dropTrailers(lines, note)
	for i, l := range lines {
		if !strings.Contains(l, "/.") {
			continue // endMark needs "/.": spare the line the regexp scan
		}
		if loc := endMark.FindStringIndex(l); loc != nil {
			note(KindEndMark, l[loc[0]:])
			if strings.HasSuffix(strings.TrimRight(l[:loc[0]], " \t"), ".") {
				lines[i] = l[:loc[0]]
			} else {
				lines[i] = l[:loc[0]] + "." // "missions/." reads "missions."
			}
		}
	}
	return join(lines), rm
}

// normalize makes the text valid UTF-8 in NFC with "\n" line endings,
// no-break spaces as spaces, no control characters and no trailing spaces.
func normalize(s string) string {
	s = strings.ToValidUTF8(s, "")
	s = strings.TrimPrefix(s, "\ufeff")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	// A handful of scripts grow under NFC (composition exclusions); the
	// output must never be longer than the input, so keep those as written.
	if n := norm.NFC.String(s); len(n) <= len(s) {
		s = n
	}
	if !needsSpaceMap(s) {
		return s // most texts: spared a call per rune
	}
	return strings.Map(spaceMap, s)
}

// spaceMap turns no-break spaces into spaces and drops zero-width
// characters and control characters other than new lines and tabs.
func spaceMap(r rune) rune {
	switch {
	case r == '\n' || r == '\t':
		return r
	case r == '\u00a0' || r == '\u2007' || r == '\u202f':
		return ' '
	case r == '\u200b' || r == '\ufeff' || unicode.IsControl(r):
		return -1
	}
	return r
}

// needsSpaceMap reports whether spaceMap changes any rune of s, reading
// ASCII a byte at a time.
func needsSpaceMap(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < ' ' && c != '\n' && c != '\t' || c == 0x7f {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if spaceMap(r) != r {
			return true
		}
		i += n
	}
	return false
}

// cutGluedSignature ends the article at a signature that has a fragment of
// another page glued to it: everything from the signature on is debris.
func cutGluedSignature(lines []string, note func(kind, s string)) []string {
	for i, l := range lines {
		if !stopThenDash(l) {
			continue
		}
		m := gluedSignature.FindStringSubmatchIndex(l)
		if m == nil {
			continue
		}
		note(KindSignature, l[m[4]:m[5]])
		note(KindTrailing, l[m[5]:]+"\n"+strings.Join(lines[i+1:], "\n"))
		lines[i] = l[:m[3]]
		return lines[:i+1]
	}
	return lines
}

// dropCaptions removes caption lines: lines ending with a photo credit,
// lines carrying a "ảnh N" marker, and short lines without final
// punctuation that are repeated verbatim.
func dropCaptions(lines []string, note func(kind, s string)) []string {
	count := map[string]int{}
	for _, l := range lines {
		count[strings.TrimSpace(l)]++
	}
	out := lines[:0]
	for _, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
		case hasNH(t) && captionMarker.MatchString(t):
			note(KindCaptionMarker, t)
			continue
		case len(t) <= 500 && captionEnd.MatchString(t):
			note(KindCaption, t)
			continue
		case count[t] > 1 && len(t) <= 200 && !endsSentence(t):
			note(KindCaption, t)
			continue
		}
		out = append(out, l)
	}
	return out
}

// withoutDateline returns l without an opening dateline ("Hanoi (VNA) –",
// "HÀ NỘI —"). Datelines stay in the clean text (the place they name is a
// fact of the article); they are only ignored when comparing paragraphs.
func withoutDateline(l string) string {
	for _, re := range []*regexp.Regexp{dateline, capsDateline} {
		if loc := re.FindStringIndex(l); loc != nil && loc[1] < len(l) {
			return l[loc[1]:]
		}
	}
	return l
}

func stripCredits(l string, note func(kind, s string)) string {
	if !strings.Contains(l, "(") || !strings.Contains(l, ":") || !photoCredit.MatchString(l) {
		return l
	}
	return photoCredit.ReplaceAllStringFunc(l, func(m string) string {
		note(KindPhotoCredit, m)
		return ""
	})
}

// dropRepeats keeps the last copy of a paragraph line that occurs again
// verbatim, datelines aside: typically the lead, scraped once as a teaser
// and once, with its dateline, as the body's first paragraph.
func dropRepeats(lines []string, note func(kind, s string)) []string {
	key := func(l string) string {
		t := strings.TrimSpace(withoutDateline(strings.TrimSpace(l)))
		// the end first, and the runes counted only on a short line (a
		// rune takes at most 4 bytes): a line of megabytes is not read
		// twice for nothing
		if endsSentence(t) && (len(t) >= 4*40 || utf8.RuneCountInString(t) >= 40) {
			return t
		}
		return ""
	}
	last := map[string]int{}
	for i, l := range lines {
		if k := key(l); k != "" {
			last[k] = i
		}
	}
	out := lines[:0]
	for i, l := range lines {
		if k := key(l); k != "" && last[k] != i {
			note(KindRepeatedLead, strings.TrimSpace(l))
			continue
		}
		out = append(out, l)
	}
	return out
}

// dropTrailers removes, from the end, "See more" lines, agency signature
// lines and a signature glued to the last paragraph.
func dropTrailers(lines []string, note func(kind, s string)) []string {
	for len(lines) > 0 {
		t := strings.TrimSpace(lines[len(lines)-1])
		switch {
		case t == "":
		case seeMore.MatchString(t):
			note(KindSeeMore, t)
		case signature.MatchString(t) && len(lines) > 1:
			note(KindSignature, t)
		default:
			last := lines[len(lines)-1]
			from := lastDashRun(last)
			if from < 0 {
				return lines
			}
			if loc := endSignature.FindStringIndex(last[from:]); loc != nil && from+loc[0] > 0 {
				note(KindSignature, last[from+loc[0]:])
				lines[len(lines)-1] = last[:from+loc[0]]
			}
			return lines
		}
		lines = lines[:len(lines)-1]
	}
	return lines
}

// Cheap literal tests that a regexp needs to match: a long line without
// them is spared the regexp scan, the costly part of cleaning.

// stopThenDash reports what gluedSignature needs: a sentence stop (or a
// closing quote), spaces, then an en or em dash.
func stopThenDash(l string) bool {
	for i := 0; i < len(l); {
		k := indexDash(l[i:])
		if k < 0 {
			return false
		}
		k += i
		j := k
		for j > 0 && (l[j-1] == ' ' || l[j-1] == '\t') {
			j--
		}
		if j < k && j > 0 {
			if r, _ := utf8.DecodeLastRuneInString(l[:j]); strings.ContainsRune(`.!?"”`, r) {
				return true
			}
		}
		_, n := utf8.DecodeRuneInString(l[k:])
		i = k + n
	}
	return false
}

// indexDash is strings.IndexAny(s, "–—") at the speed of a byte search:
// both dashes are E2 80 followed by 93 or 94, and IndexAny with non-ASCII
// characters decodes every rune of s.
func indexDash(s string) int {
	for i := 0; ; {
		k := strings.Index(s[i:], "\xe2\x80")
		if k < 0 || i+k+2 >= len(s) {
			return -1
		}
		i += k
		if s[i+2] == 0x93 || s[i+2] == 0x94 {
			return i
		}
		i += 2
	}
}

// lastDashRun returns where the spaces before the last en or em dash of l
// start, or -1 when l has no such dash. endSignature can only match from
// there: after its dash come only capitals, a slash and spaces.
func lastDashRun(l string) int {
	k := lastIndexDash(l)
	if k < 0 {
		return -1
	}
	for k > 0 && (l[k-1] == ' ' || l[k-1] == '\t') {
		k--
	}
	return k
}

// lastIndexDash is the greater of strings.LastIndex(s, "–") and
// strings.LastIndex(s, "—") in one backward pass over the bytes (E2 80 93
// and E2 80 94), where the two searches hash s twice.
func lastIndexDash(s string) int {
	for i := len(s) - 3; i >= 0; i-- {
		if s[i] == 0xe2 && s[i+1] == 0x80 && (s[i+2] == 0x93 || s[i+2] == 0x94) {
			return i
		}
	}
	return -1
}

// hasNH reports "nh" in any case, which captionMarker's "ảnh" needs.
func hasNH(l string) bool {
	for i := 0; i+1 < len(l); i++ {
		if l[i]|0x20 == 'n' && l[i+1]|0x20 == 'h' {
			return true
		}
	}
	return false
}

// endsSentence reports whether t ends like a sentence rather than a
// headline or caption.
func endsSentence(t string) bool {
	t = strings.TrimRight(t, `"”’')]`)
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, ":")
}

// join trims each line, keeps at most one blank line between paragraphs
// and none at either end.
func join(lines []string) string {
	var b strings.Builder
	blank := false
	for _, l := range lines {
		l = strings.TrimRight(l, " \t")
		if strings.TrimSpace(l) == "" {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
			if blank {
				b.WriteByte('\n')
			}
		}
		blank = false
		b.WriteString(strings.TrimLeft(l, " \t"))
	}
	return b.String()
}
