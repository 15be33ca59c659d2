package dates

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	txt "attache/extract/text"
)

// token is a word, a number or one punctuation character.
type token struct {
	start, end int
	low        string // lower-cased word, digits of a number, or the punctuation
	num        int    // value of a number token, -1 otherwise
	ordinal    bool   // a number with an ordinal suffix: "26th"
	upper      bool   // a word that starts with an upper-case letter
}

func (t token) isNum() bool { return t.num >= 0 }

// tokenize splits text into tokens, skipping spaces.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/7+1)
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case r >= '0' && r <= '9':
			j := i
			v := 0
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				if v < 1e6 {
					v = v*10 + int(text[j]-'0')
				}
				j++
			}
			k := j
			for k < len(text) && k-j < 2 && text[k] >= 'a' && text[k] <= 'z' {
				k++
			}
			suf := text[j:k]
			if suf != "st" && suf != "nd" && suf != "rd" && suf != "th" {
				suf, k = "", j
			}
			toks = append(toks, token{start: i, end: k, low: text[i:j], num: v, ordinal: suf != ""})
			i = k
		case unicode.IsLetter(r):
			j := i
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) && r2 != '\'' && r2 != '’' {
					break
				}
				j += n2
			}
			w := text[i:j]
			toks = append(toks, token{start: i, end: j, low: strings.ToLower(w), num: -1, upper: unicode.IsUpper(r)})
			i = j
		default:
			toks = append(toks, token{start: i, end: i + n, low: text[i : i+n], num: -1})
			i += n
		}
	}
	return toks
}

// fromToken converts one token of extract/text into the scanner's. The
// scanner converts them as it reads (tok), rather than copying the whole
// slice: an article's tokens are shared by every stage of extraction, and
// a copy per stage costs tens of bytes a token.
func fromToken(t *txt.Token) token {
	k := token{start: t.Start, end: t.End, low: t.Fold, num: -1, upper: t.Cap}
	if t.Fold != "" && t.Fold[0] >= '0' && t.Fold[0] <= '9' {
		v, j := 0, 0
		for j < len(t.Fold) && t.Fold[j] >= '0' && t.Fold[j] <= '9' {
			if v < 1e6 {
				v = v*10 + int(t.Fold[j]-'0')
			}
			j++
		}
		switch t.Fold[j:] {
		case "":
			k.num = v
		case "st", "nd", "rd", "th":
			k.num, k.ordinal = v, true
		}
		if k.num >= 0 {
			k.low = t.Fold[:j]
		}
	}
	return k
}

var months = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
	"saturday": time.Saturday,
}

// words before a bare month name that make it a date ("in May"), so that
// the modal verb "may" and "March" as a verb are not taken for months.
var monthLead = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "early": true, "late": true,
	"mid": true, "during": true, "from": true, "this": true, "last": true, "next": true,
	"before": true, "after": true, "of": true, "through": true, "till": true,
}

// raw is a parsed expression before anchoring.
type raw struct {
	kind      Kind
	y1, d1    int
	m1        time.Month
	y2, d2    int
	m2        time.Month
	weekday   time.Weekday
	weekday2  time.Weekday // weekday with d2 set: the last day of "from Monday to Wednesday"
	shift     int          // weekday: -1 "last", +1 "next", 2 plain in a future clause, 0 plain; month alone: -1 "last", +1 "next", 2 in a future or planned clause
	rel       string       // relative: "yesterday", "last week", "earlier this month", ...
	needsYear bool         // partial: the year comes from publication or context
	// partial: "in April last year", "on June 3 next year": the year is
	// publication's moved by yearShift (-1, 0 or +1)
	yearShift    int
	hasYearShift bool
	contextOnly  bool // anchored on the text's year context, not on publication
	// fromText: "the following year", "the previous year": the year is
	// yearShift from the explicit year stated before it in its sentence
	// or the one before, not from publication
	fromText    bool
	ownSentence bool // fromText: the year must be stated in the sentence itself
}

// scanner reads the tokens of one text: its own (toks, for Find) or
// those extract/text made (shared, for FindTokens), converted as read.
type scanner struct {
	text   string
	toks   []token
	shared []txt.Token
	n      int // number of tokens
	out    []Date
	raw    []raw
	i      int
}

func (s *scanner) tok(i int) token {
	if i < 0 || i >= s.n {
		return token{num: -1}
	}
	if s.shared != nil {
		return fromToken(&s.shared[i])
	}
	return s.toks[i]
}

// word returns the word or punctuation of token i as the scanner reads
// it, without converting the token (tok): the digits alone of a number,
// "" out of range.
func (s *scanner) word(i int) string {
	if i < 0 || i >= s.n {
		return ""
	}
	if s.shared == nil {
		return s.toks[i].low
	}
	if f := s.shared[i].Fold; f == "" || f[0] < '0' || f[0] > '9' {
		return f
	}
	return fromToken(&s.shared[i]).low
}

// span returns the byte offsets of token i, which must exist.
func (s *scanner) span(i int) (start, end int) {
	if s.shared != nil {
		return s.shared[i].Start, s.shared[i].End
	}
	return s.toks[i].start, s.toks[i].end
}

// emit records the expression made of tokens [from, to).
func (s *scanner) emit(from, to int, r raw) {
	a, _ := s.span(from)
	_, b := s.span(to - 1)
	d := Date{Start: a, End: b, Text: s.text[a:b], Kind: r.kind}
	d.Range = r.d2 != 0 || r.y2 != 0
	if s.word(from-1) == "since" || s.word(from-1) == "last" && s.word(from-2) == "since" {
		d.Since = true // "since last June" starts an open span too
	}
	if len(s.out) == cap(s.out) {
		// doubled, not the quarter append adds to a long slice: a text
		// of nothing but dates would copy its list of dates some twenty
		// times, five times its size in all
		s.out = slices.Grow(s.out, max(len(s.out), 8))
		s.raw = slices.Grow(s.raw, max(len(s.raw), 8))
	}
	s.out = append(s.out, d)
	s.raw = append(s.raw, r)
	s.i = to
}

func (s *scanner) scan() {
	for s.i = 0; s.i < s.n; {
		if !s.try() {
			s.i++
		}
	}
}

func isDash(t token) bool { return t.low == "-" || t.low == "–" || t.low == "—" }

func isDay(t token) bool { return t.isNum() && t.num >= 1 && t.num <= 31 && len(t.low) <= 2 }

func isYear(t token) bool {
	return t.isNum() && !t.ordinal && len(t.low) == 4 && t.num >= 1800 && t.num <= 2199
}

// month returns the month a token names; abbreviations need their dot or
// an upper-case initial so that "mar" or "may" in prose do not count.
func (s *scanner) month(i int) (time.Month, int, bool) {
	return s.monthOf(s.tok(i), i)
}

// monthOf is month for the token t at i, already read.
func (s *scanner) monthOf(t token, i int) (time.Month, int, bool) {
	if !t.upper { // checked first: it spares most words the map lookup
		return 0, 0, false
	}
	m, ok := months[t.low]
	if !ok {
		return 0, 0, false
	}
	next := i + 1
	if len(t.low) <= 4 && t.low != "may" && t.low != "june" && t.low != "july" && s.tok(next).low == "." {
		next++
	}
	return m, next, true
}

// try parses an expression at s.i and reports whether it found one.
func (s *scanner) try() bool {
	i := s.i
	// Most words cannot start a date: skip them before any other lookup.
	// A word (no number) starts one only as a month, a weekday or a
	// relative expression, all listed in startWords. (A word with a digit
	// first may be a number: tok tells.)
	if w := s.word(i); (w == "" || w[0] < '0' || w[0] > '9') && !isStartWord(w) {
		return false
	}
	t := s.tok(i)
	if !t.isNum() && !startWords[t.low] {
		return false
	}
	if m, j, ok := s.monthOf(t, i); ok {
		return s.monthFirst(i, m, j)
	}
	if isDay(t) {
		if s.dayFirst(i) {
			return true
		}
	}
	if wd, ok := weekdays[t.low]; ok && t.upper {
		r := raw{kind: Weekday, weekday: wd}
		from := i
		switch s.tok(i - 1).low {
		case "last":
			r.shift, from = -1, i-1
		case "next":
			r.shift, from = 1, i-1
		default:
			if s.future(i) || s.openEnd(i) {
				r.shift = 2
			}
		}
		end := i + 1
		if wd2, ok := weekdays[s.tok(i+2).low]; ok && s.tok(i+2).upper && spanWords[s.tok(i+1).low] {
			// "from Monday to Wednesday": a span of days
			r.weekday2, r.d2, end = wd2, 1, i+3
		}
		s.emit(from, end, r)
		return true
	}
	if s.relative(i) {
		return true
	}
	if isYear(t) && !s.glued(i) {
		r := raw{kind: YearOnly, y1: t.num}
		end := i + 1
		if isDash(s.tok(i+1)) && isYear(s.tok(i+2)) && s.tok(i+2).num > t.num {
			r.y2, end = s.tok(i+2).num, i+3
		} else if isDash(s.tok(i+1)) && s.tok(i+2).isNum() && len(s.tok(i+2).low) == 2 {
			// "2024-27": a two-digit end year
			y2 := t.num/100*100 + s.tok(i+2).num
			if y2 > t.num {
				r.y2, end = y2, i+3
			}
		}
		s.emit(i, end, r)
		return true
	}
	return false
}

// glued reports whether the number at i is part of a code such as
// "130/2020/QH14", "12:30" or "FY2024" rather than a year standing alone.
func (s *scanner) glued(i int) bool {
	t, p, n := s.tok(i), s.tok(i-1), s.tok(i+1)
	if p.end == t.start && p.start < p.end && (p.low == "/" || p.low == ":" || p.low == "." || p.isNum() || p.num < 0 && isLetter(p.low)) {
		return true
	}
	if n.start == t.end && n.start < n.end && (n.low == "/" || n.low == ":" || n.num < 0 && isLetter(n.low)) {
		return true
	}
	return false
}

// monthFirst parses "May 27, 2014", "December 8-10", "May 5 to June 7",
// "May 2025" and "in May" starting with the month at i; j is the token after it.
func (s *scanner) monthFirst(i int, m time.Month, j int) bool {
	t := s.tok(j)
	if isDay(t) && !(s.tok(j+1).low == "," && isDay(s.tok(j+2))) || isDay(t) && t.ordinal {
		r := raw{kind: Partial, m1: m, d1: t.num, needsYear: true}
		end := j + 1
		// a range: "8-10", "5 to 7", "5 to June 7", "30 - January 2"
		k := end
		// ("between May 5 and 7" is a span, "on May 22 and May 26" two days)
		if tk := s.tok(k); isDash(tk) || tk.low == "to" || tk.low == "until" || tk.low == "and" && s.tok(i-1).low == "between" {
			k++
			m2, k2, ok := s.month(k)
			if ok && isDay(s.tok(k2)) {
				r.m2, r.d2, end = m2, s.tok(k2).num, k2+1
			} else if isDay(s.tok(k)) && !isYear(s.tok(k)) {
				r.m2, r.d2, end = m, s.tok(k).num, k+1
			}
		}
		if te := s.tok(end); te.low == "," && isYear(s.tok(end+1)) {
			r.y1, r.kind, r.needsYear, end = s.tok(end+1).num, Absolute, false, end+2
		} else if isYear(te) {
			r.y1, r.kind, r.needsYear, end = te.num, Absolute, false, end+1
		}
		if r.y1 != 0 && !valid(r.y1, m, r.d1) {
			return false
		}
		if r.needsYear && s.inName(end) {
			return false
		}
		if r.needsYear {
			end = s.yearAfter(end, &r)
		}
		s.emit(i, end, r)
		return true
	}
	if isYear(t) {
		s.emit(i, j+1, raw{kind: Absolute, m1: m, y1: t.num})
		return true
	}
	lead := s.tok(i - 1).low
	if monthLead[lead] && !s.inName(j) {
		from := i
		if lead == "early" || lead == "late" || lead == "mid" {
			from = i - 1
		}
		if m == 5 && lead == "this" {
			return false // "this may ..." is more often the verb
		}
		r := raw{kind: Partial, m1: m, needsYear: true}
		switch lead {
		case "last":
			r.shift = -1 // "last June": the latest June before publication
		case "next":
			r.shift = 1 // "next April": the first April after it
		default:
			if s.future(i) || s.planned(i) {
				r.shift = 2 // "agreed to hold a drill in October": this October or the next
			}
		}
		s.emit(from, s.yearAfter(j, &r), r)
		return true
	}
	return false
}

// yearAfter reads "last year", "this year" or "next year" at token k,
// right after a date without its year ("in April last year"): the year
// of that date. It returns the token after the expression (k when there
// is none).
func (s *scanner) yearAfter(k int, r *raw) int {
	if s.tok(k+1).low != "year" {
		return k
	}
	switch s.tok(k).low {
	case "last":
		r.yearShift = -1
	case "this":
		r.yearShift = 0
	case "next":
		r.yearShift = 1
	default:
		return k
	}
	r.hasYearShift = true
	return k + 2
}

// dayFirst parses "27 May 2014", "8-10 December", "16 to 19 June 2025",
// "26th of December".
func (s *scanner) dayFirst(i int) bool {
	d1 := s.tok(i).num
	k := i + 1
	d2 := 0
	// a range: "8-10 December", "16 to 19 June", "between 5 and 7 May"
	if l := s.tok(k).low; (isDash(s.tok(k)) || l == "to" || l == "until" || l == "and" && s.tok(i-1).low == "between") &&
		isDay(s.tok(k+1)) && !isYear(s.tok(k+1)) {
		d2, k = s.tok(k+1).num, k+2
	}
	if s.tok(k).low == "of" && s.tok(i).ordinal {
		k++
	}
	m, j, ok := s.month(k)
	if !ok {
		return false
	}
	r := raw{kind: Partial, m1: m, d1: d1, needsYear: true}
	if d2 != 0 {
		r.m2, r.d2 = m, d2
	}
	end := j
	if isYear(s.tok(j)) {
		r.y1, r.kind, r.needsYear, end = s.tok(j).num, Absolute, false, j+1
		if !valid(r.y1, m, d1) {
			return false
		}
	} else if s.inName(end) {
		return false
	}
	s.emit(i, end, r)
	return true
}

// spanWords join the first and last day of a span of weekdays ("Monday
// to Wednesday", "Tuesday through Thursday").
var spanWords = map[string]bool{"to": true, "through": true, "until": true, "till": true, "-": true, "–": true}

// futureWords mark a clause about what is to come: a plain weekday in it
// is the next such day ("are set to hold talks on Sunday").
var futureWords = map[string]bool{
	"will": true, "shall": true, "set": true, "expected": true, "scheduled": true,
	"due": true, "plans": true, "planned": true, "plan": true, "upcoming": true, "'ll": true,
}

// setOff are the words after "set" that make it a verb of leaving told
// in the past ("set sail on Friday", "set off on Monday"), not the
// future's "set to" or "set for".
var setOff = map[string]bool{"sail": true, "off": true, "out": true}

// relativeWords open a relative clause, whose own tense tells the time
// of a date in it (future).
var relativeWords = map[string]bool{"that": true, "which": true, "who": true, "when": true}

// futureWindow is how many tokens (dots of initials not counted) before a
// weekday may hold a future marker: room for a verb, its object and a titled name ("set to hold
// trilateral talks with U.S. Defense Secretary Lloyd Austin on Sunday", "will
// also hold a joint drill and a communications exercise in the Gulf of
// Thailand on Friday").
const futureWindow = 22

// futureReach bounds the tokens read back from a weekday, name words
// included, so that text of capitals only costs no more than prose.
const futureReach = 60

// future reports whether a future marker comes shortly before token i in
// its sentence.
func (s *scanner) future(i int) bool {
	n, past := 0, false
	for k := i - 1; k >= 0 && n < futureWindow && i-k <= futureReach; k-- {
		t := s.tok(k)
		l := t.low
		if l == "." && k > 0 && s.tok(k-1).end == t.start && (initial(s.tok(k-1)) || s.tok(k-1).upper && titleAbbreviations[s.tok(k-1).low]) {
			// the dot of an initial ("U.S. Defense Secretary") or of a
			// rank before a name ("Capt. Kenji Morita"), not a full stop
			continue
		}
		if l == "." || l == ";" || l == "!" || l == "?" {
			break
		}
		if strings.Contains(s.text[t.end:s.tok(k+1).start], "\n") {
			break // a headline or paragraph ends with no full stop
		}
		if futureWords[l] && !s.planNoun(k) && !(l == "set" && setOff[s.tok(k+1).low]) {
			return true
		}
		if !t.upper && (strings.HasSuffix(l, "ed") || pastWords[l]) {
			past = true
		}
		if past && relativeWords[l] {
			// a relative clause told in the past holds the date: "will be
			// built under the memorandum that the ministers signed in
			// March" is last March, whatever the sentence says is to come
			return false
		}
		if !t.upper && l != "(" && l != ")" && l != "," {
			// the words of a name and its brackets add no distance: "will
			// visit a site of the National Centre for Peacekeeping Forces,
			// Mines and Explosive Remnants of War Clearance (NPMEC) in
			// Banteay Srei district on Thursday"
			n++
		}
	}
	return s.futureAfter(i)
}

// planNoun reports whether token k is "plan" or "plans" used as a noun
// after a determiner ("informed him of the plan in a call on Thursday",
// "signed a plan of cooperation"), its modifiers between them ("signed a
// coordinated patrol plan on Tuesday"): a thing, not an intention to come.
func (s *scanner) planNoun(k int) bool {
	if l := s.tok(k).low; l != "plan" && l != "plans" || k == 0 {
		return false
	}
	if k+1 < s.n && s.tok(k+1).low == "to" {
		return false // "the navy plans to hold a drill": a verb of planning
	}
	for j := k - 1; j >= 0 && k-j <= 8; j-- {
		t := s.tok(j)
		switch t.low {
		case "the", "a", "an", "this", "that", "its", "their", "his", "her", "our":
			return true
		}
		if futureWords[t.low] || t.low == "to" || t.low != "-" && !wordy(t.low) {
			return false // "will plan", "to plan", a clause break
		}
	}
	return false
}

// wordy reports whether l is a word of letters and hyphens, not
// punctuation.
func wordy(l string) bool {
	for _, r := range l {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return l != ""
}

// initial reports whether t is a single letter: with a dot after it, an
// initial ("U.S."), not the end of a sentence (")." ends one).
func initial(t token) bool {
	return len(t.low) == 1 && t.low[0] >= 'a' && t.low[0] <= 'z'
}

// futureAfter reports whether a weekday set off by a comma at the start of
// its clause, or opening its sentence ("On Thursday the guests will visit
// the college"), is followed by a future marker: "On Tuesday, the minister
// will call on the Prime Minister". A reporting verb first ("On Tuesday,
// he said he will ...") dates the saying, which is past.
func (s *scanner) futureAfter(i int) bool {
	// punctuation may be no token of its own: read the text between tokens
	gap := func(k int) string { return s.text[s.tok(k-1).end:s.tok(k).start] }
	if i+1 >= s.n {
		return false
	}
	if !strings.Contains(gap(i+1), ",") && s.tok(i+1).low != "," && !s.opensSentence(i) {
		return false
	}
	from := i
	if a := s.dayApposition(i); a > i {
		from = a // "On Thursday, the last day of his visit, he will tour ...": the clause after the aside
	}
	for k := from + 1; k < s.n && k <= from+8; k++ {
		if k > from+1 && strings.ContainsAny(gap(k), ".;,") {
			return false
		}
		switch l := s.tok(k).low; {
		case l == "." || l == ";" || reportWords[l]:
			return false
		case relativeWords[l] && k <= i+2:
			// "opened on Monday, which will run until July 1": the
			// relative clause tells of the drill, not of the weekday
			return false
		case futureWords[l] && !s.planNoun(k):
			return true
		}
	}
	return false
}

// appositionReach is how many tokens an aside naming the day may hold:
// "the last day of his four-day official visit".
const appositionReach = 10

// dayApposition returns the last token of an aside that names the weekday
// at i again, set off by commas after it ("On Thursday, the last day of
// his visit, ..."), or i when none stands there. The aside opens with a
// determiner and holds no verb of its own that the scan knows.
func (s *scanner) dayApposition(i int) int {
	gap := func(k int) string { return s.text[s.tok(k-1).end:s.tok(k).start] }
	k := i + 1
	if k < s.n && s.tok(k).low == "," {
		k++
	}
	if k >= s.n || k == i+1 && !strings.Contains(gap(k), ",") {
		return i
	}
	switch s.tok(k).low {
	case "the", "his", "her", "its", "their":
	default:
		return i
	}
	for j := k + 1; j < s.n && j-k <= appositionReach; j++ {
		l := s.tok(j).low
		if l == "." || l == ";" || futureWords[l] || reportWords[l] || relativeWords[l] {
			return i
		}
		if l == "," {
			return j
		}
		if strings.Contains(gap(j), ",") {
			return j - 1
		}
	}
	return i
}

// reportWords are verbs of saying: a weekday before them dates the saying
// ("On Monday the ministry announced that drills will start"), which is past.
var reportWords = map[string]bool{"said": true, "says": true, "told": true, "added": true, "announced": true, "confirmed": true, "stated": true}

// opensSentence reports whether the weekday at token i opens its
// sentence, alone or after "on": "On Friday the ministers will sign".
func (s *scanner) opensSentence(i int) bool {
	k := i
	if k > 0 && s.tok(k-1).low == "on" {
		k--
	}
	if k == 0 {
		return true
	}
	if l := s.tok(k - 1).low; l == "." || l == "!" || l == "?" {
		return true
	}
	return strings.ContainsAny(s.text[s.tok(k-1).end:s.tok(k).start], ".\n")
}

var relWords = map[string]bool{"yesterday": true, "today": true, "tomorrow": true}
var relUnits = map[string]bool{"week": true, "month": true, "year": true}

// relStarts are the other first words of relative expressions (relative).
var relStarts = []string{"earlier", "later", "last", "next", "this", "past", "coming", "following", "previous", "preceding", "same", "end"}

// textYearShifts are the words of "the following year", "the previous
// year", "the same year": years counted from a year the text states
// before them ("first held in 2019 and again the following year"), not
// from publication. "the next year" counts so too when such a year is
// there, else from publication ("plans for the next year").
var textYearShifts = map[string]int{"following": 1, "next": 1, "previous": -1, "preceding": -1, "same": 0}

// startWords are the words that can start a date: months, weekdays and
// the first words of relative expressions. try reads the other words
// with one lookup: a text of capitalised names holds thousands.
var startWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range months {
		m[w] = true
	}
	for w := range weekdays {
		m[w] = true
	}
	for w := range relWords {
		m[w] = true
	}
	for _, w := range relStarts {
		m[w] = true
	}
	return m
}()

// startShapes marks the length and first byte of every startWords word
// shorter than 32 bytes, so that most words of a text, which start no
// date, are ruled out without a map lookup.
var startShapes = func() (t [32][256]bool) {
	for w := range startWords {
		if w != "" && len(w) < len(t) {
			t[len(w)][w[0]] = true
		}
	}
	return t
}()

// isStartWord is startWords[w], with most words ruled out by their shape.
func isStartWord(w string) bool {
	if w != "" && len(w) < len(startShapes) && !startShapes[len(w)][w[0]] {
		return false
	}
	return startWords[w]
}

// spanLead are the words before "the next year" that make it the coming
// year from publication ("in the next year", "over the next year").
var spanLead = map[string]bool{"in": true, "over": true, "within": true, "during": true, "for": true, "throughout": true}

// yearCounts are the counts written as words before "year(s) later".
var yearCounts = map[string]int{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

// yearsBefore reads the count of "two years" or "a year" right before
// token i, or 0.
func (s *scanner) yearsBefore(i int) int {
	if u := s.tok(i - 1).low; u != "year" && u != "years" {
		return 0
	}
	c := s.tok(i - 2)
	if c.isNum() && c.num > 0 && c.num < 100 && len(c.low) <= 2 {
		return c.num
	}
	return yearCounts[c.low]
}

// overlaps reports whether token i lies in the last expression emitted.
func (s *scanner) overlaps(i int) bool {
	a, _ := s.span(i)
	return len(s.out) > 0 && s.out[len(s.out)-1].End > a
}

// relative parses "yesterday", "last week", "next month", "this year",
// "earlier this month", "later this year".
func (s *scanner) relative(i int) bool {
	t := s.tok(i)
	if relWords[t.low] {
		s.emit(i, i+1, raw{kind: Relative, rel: t.low})
		return true
	}
	if shift, ok := textYearShifts[t.low]; ok && s.tok(i-1).low == "the" && s.tok(i+1).low == "year" {
		r := raw{kind: Relative, rel: "the " + t.low + " year", fromText: true, yearShift: shift}
		if t.low == "next" {
			// "the next year" counts from a year of its own sentence, and
			// is the coming year after "in", "over" ("talks in the next
			// year"): publication's
			r.rel, r.ownSentence = "next year", true
			r.fromText = !spanLead[s.tok(i-2).low]
		}
		s.emit(i, i+2, r)
		return true
	}
	switch t.low {
	case "earlier", "later":
		if s.tok(i+1).low == "this" && relUnits[s.tok(i+2).low] {
			s.emit(i, i+3, raw{kind: Relative, rel: t.low + " this " + s.tok(i+2).low})
			return true
		}
		if n := s.yearsBefore(i); n > 0 && !s.overlaps(i-2) {
			if t.low == "earlier" {
				n = -n
			}
			// "two years later": counted from the year the text states
			s.emit(i-2, i+1, raw{kind: Relative, rel: "years " + t.low, fromText: true, yearShift: n})
			return true
		}
	case "end":
		// "by the end of the month": the month of publication, as
		// contingents report their remaining groups due
		if u := s.tok(i + 3).low; s.tok(i-1).low == "the" && s.tok(i+1).low == "of" && (s.tok(i+2).low == "the" || s.tok(i+2).low == "this") && (u == "month" || u == "year") {
			s.emit(i-1, i+4, raw{kind: Relative, rel: "this " + u})
			return true
		}
	case "last", "next", "this", "past", "coming":
		u := s.tok(i + 1).low
		if relUnits[u] {
			w := t.low
			if w == "past" {
				w = "last"
			} else if w == "coming" {
				w = "next"
			}
			if (w == "last" || w == "this") && s.tok(i-1).low == "the" && t.low == "past" {
				return false // "the past year" is a duration, not a date
			}
			s.emit(i, i+2, raw{kind: Relative, rel: w + " " + u})
			return true
		}
		if _, ok := seasonEnds[u]; ok && t.low != "past" && t.low != "coming" {
			// "last summer", "this autumn", "next spring": the year of that season
			s.emit(i, i+2, raw{kind: Relative, rel: t.low + " " + u})
			return true
		}
	}
	return false
}

// seasonEnds are the seasons a report names relative to its publication
// ("the exercise last summer") with the month each ends in, as the
// northern hemisphere counts them; winter, which spans two years, is left
// out.
var seasonEnds = map[string]time.Month{"spring": time.May, "summer": time.August, "autumn": time.November, "fall": time.November}

// yearIndex holds the explicit years of a scan for yearContext lookups in
// O(log n): a text of thousands of dates without a year stays linear.
// A year is looked for in the sentence of the date only: a year of another
// sentence usually dates another event ("the protocol signed in 2011. The
// visit runs from May 2 to 5."), so borrowing it would date this one
// wrongly; the year is left out instead.
type yearIndex struct {
	s      *scanner
	sorted bool  // expressions in order of Start (always, as the scanner emits them)
	upto   []int // upto[k]: index of the last explicit expression among the first k, or -1
	from   []int // from[k]: index of the first explicit expression from k on, or -1
	breaks []int // byte offsets of sentence ends, in order
}

func (s *scanner) yearIndex() *yearIndex {
	n := len(s.raw)
	ix := &yearIndex{s: s, upto: make([]int, n+1), from: make([]int, n+1), breaks: sentenceBreaks(s.text)}
	ix.sorted = sort.SliceIsSorted(s.out, func(a, b int) bool { return s.out[a].Start < s.out[b].Start })
	ix.upto[0] = -1
	for k, r := range s.raw {
		ix.upto[k+1] = ix.upto[k]
		if !r.needsYear && r.y1 != 0 {
			ix.upto[k+1] = k
		}
	}
	ix.from[n] = -1
	for k := n - 1; k >= 0; k-- {
		ix.from[k] = ix.from[k+1]
		if r := s.raw[k]; !r.needsYear && r.y1 != 0 {
			ix.from[k] = k
		}
	}
	return ix
}

// around returns the explicit year stated nearest before pos in its
// sentence, else the nearest after it in that sentence, else 0.
func (ix *yearIndex) around(pos int) int {
	if !ix.sorted {
		return ix.s.yearContext(pos)
	}
	p := sort.Search(len(ix.s.out), func(k int) bool { return ix.s.out[k].Start >= pos })
	if k := ix.upto[p]; k >= 0 && !ix.breakBetween(ix.s.out[k].Start, pos) {
		return ix.s.raw[k].y1
	}
	if k := ix.from[p]; k >= 0 && !ix.breakBetween(pos, ix.s.out[k].Start) {
		return ix.s.raw[k].y1
	}
	return 0
}

// before returns the explicit year stated nearest before pos, when it
// lies in the sentence of pos or, unless own, the one before, else 0.
func (ix *yearIndex) before(pos int, own bool) int {
	k := -1
	if ix.sorted {
		p := sort.Search(len(ix.s.out), func(k int) bool { return ix.s.out[k].Start >= pos })
		k = ix.upto[p]
	} else {
		for j, r := range ix.s.raw {
			if at := ix.s.out[j].Start; !r.needsYear && r.y1 != 0 && at < pos && (k < 0 || at > ix.s.out[k].Start) {
				k = j
			}
		}
	}
	if k < 0 {
		return 0
	}
	at := ix.s.out[k].Start
	if n := sort.SearchInts(ix.breaks, pos) - sort.SearchInts(ix.breaks, at); n > 1 || own && n > 0 {
		return 0
	}
	return ix.s.raw[k].y1
}

// breakBetween reports whether a sentence ends between bytes a and b.
func (ix *yearIndex) breakBetween(a, b int) bool {
	k := sort.SearchInts(ix.breaks, a)
	return k < len(ix.breaks) && ix.breaks[k] < b
}

// sentenceBreaks returns the offsets where a sentence ends: a line break,
// or a full stop, question or exclamation mark before a space.
func sentenceBreaks(text string) []int {
	var out []int
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			out = append(out, i)
		case '.', '?', '!':
			if i+1 < len(text) && text[i+1] == ' ' {
				out = append(out, i)
			}
		}
	}
	return out
}

// yearContext is around by a scan of every expression, for the case the
// expressions are not in text order.
func (s *scanner) yearContext(pos int) int {
	best, after := 0, 0
	for k, r := range s.raw {
		if r.needsYear || r.y1 == 0 {
			continue
		}
		at := s.out[k].Start
		if at < pos && !sentenceBreak(s.text, at, pos) {
			best = r.y1
		} else if at >= pos && after == 0 && !sentenceBreak(s.text, pos, at) {
			after = r.y1
		}
	}
	if best != 0 {
		return best
	}
	return after
}

// sentenceBreak reports whether text[a:b] crosses the end of a sentence.
func sentenceBreak(text string, a, b int) bool {
	b = min(b, len(text))
	for i := a; i < b; i++ {
		switch text[i] {
		case '\n':
			return true
		case '.', '?', '!':
			if i+1 < b && text[i+1] == ' ' {
				return true
			}
		}
	}
	return false
}

// isLetter reports whether s starts with a letter.
func isLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// pastBeforeEnd are the past-tense words that make "until Friday" an end
// already reached ("the drill ran until Friday").
var pastBeforeEnd = map[string]bool{"ran": true, "ended": true, "lasted": true, "continued": true, "stayed": true,
	"remained": true, "was": true, "were": true, "had": true, "held": true, "took": true}

// openEnd reports whether the weekday at i ends a span still running at
// publication: "on a six-day visit until Saturday", "a visit that ends on
// Thursday", "which runs until Thursday" (its first such day from
// publication on), not "the drill ran until Friday".
func (s *scanner) openEnd(i int) bool {
	k := i - 1
	if s.tok(k).low == "on" {
		k--
	}
	switch s.tok(k).low {
	case "ends", "end", "closes", "concludes", "ending", "closing", "concluding":
		return true // also the participle: "a four-day visit ending on Thursday"
	case "until", "till", "through":
		return !pastBeforeEnd[s.tok(k-1).low]
	}
	return false
}
