package events

import (
	"sort"
	"strings"
	"time"

	"attache"
	"attache/extract/dates"
	"attache/fold"
)

// This file holds the when of an event: which date expression of its
// sentence is its date, the year of an anniversary, and how two dates
// compare.

// dialogueKey identifies a numbered dialogue across its mentions by its
// ordinal ("the third 2+2 Ministerial Dialogue", "the third India-Japan
// 2+2"), else by its wording.
func dialogueKey(ws []word, h hit) string {
	for k := max(0, h.a-5); k < h.b; k++ {
		if ws[k].ordinal && ws[k].num > 0 {
			return "dialogue #" + itoa(ws[k].num)
		}
	}
	var b strings.Builder
	for k := h.a; k < h.b; k++ {
		b.WriteString(ws[k].low)
		b.WriteByte(' ')
	}
	return b.String()
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// sinceBefore reports whether "since" comes within three words before word
// i: the trigger is the start of a span that ends in the report.
func sinceBefore(ws []word, i int) bool {
	for k := i - 1; k >= 0 && i-k <= 3; k-- {
		if ws[k].low == "since" {
			return true
		}
	}
	return false
}

// wordAt returns the index of the first word of ws that ends after pos.
func wordAt(ws []word, pos int) int {
	return sort.Search(len(ws), func(i int) bool { return ws[i].end > pos })
}

// datesOf reports whether date dt of sentence ws can be the date of the
// trigger h: not a year used as a modifier of another noun ("a 2018
// military dispute"), not a date inside a "since" clause between them.
func (doc *doc) datesOf(ws []word, h hit, dt dates.Date) bool {
	if dt.Since && sinceWhen(ws, dt) && wordAt(ws, dt.Start) < h.a {
		// "Since 2006, when it first sent a demining unit to Sudan": the
		// clause after "when" tells what happened that year
		return true
	}
	if dt.Since && h.r.since {
		// "has contributed troops to UNIFIL since 2007": the statement
		// dates the start of a deployment still going on
		// ("the talks, which have run since 1979": another clause's start);
		// so does a "since" that opens the sentence ("Since 2014, Vietnam
		// has sent ...")
		i := wordAt(ws, dt.Start)
		return i >= h.b && !relativeBreak(ws, h.b, i) || i == 1 && i < h.a && ws[0].low == "since"
	}
	if dt.Since {
		return false
	}
	i := wordAt(ws, dt.Start)
	if i < len(ws) && ws[i].start < dt.Start {
		return false // a year inside a name: "Army-2023"
	}
	if i >= h.a && i < h.b {
		// the trigger's own year: "the 2000 memorandum"; but a year after
		// publication there names what is signed or adopted, not when:
		// "signed the 2026 defence cooperation plan" in December 2025
		return !yearNamesPlan(ws, h, i, dt)
	}
	if dt.Kind == dates.YearOnly && i > 0 && ws[i-1].upper && ws[i-1].num < 0 {
		switch ws[i-1].low {
		case "in", "on", "since", "by", "from", "until", "during", "of":
		default:
			return false // "Exercise Talisman Sabre 2025": a year in a name, the edition
		}
	}
	if dt.Kind == dates.YearOnly && i > 0 {
		switch ws[i-1].low {
		case "towards", "toward", "until", "till", "through", "beyond", "by", "for":
			return false // "a partnership towards 2030", "a plan for 2026": a horizon, not the date
		}
	}
	if dt.Kind == dates.YearOnly && yearModifier(ws, i) && (h.a > i || h.b <= i) {
		return false // "presented the draft 2027 budget to the committee": the budget's year
	}
	if dt.Kind == dates.YearOnly && i > 0 && i+1 < len(ws) && ws[i+1].low != "," && ws[i+1].low != "." {
		switch ws[i-1].low {
		case "a", "an", "the", "its", "their", "his", "her":
			// "after the 2006 conflict" dates what followed it (the
			// nearest year we know)
			after := i > 1 && (ws[i-2].low == "after" || ws[i-2].low == "following") && h.b <= i
			if !after && (h.a <= i || h.a-i > 5) {
				return false // "the 1951 Mutual Defense Treaty" keeps its year
			}
		}
	}
	from, to := h.b, i
	if i < h.a {
		from, to = i+1, h.a
	}
	for k := from; k < to && k < len(ws); k++ {
		if ws[k].low == "since" {
			if h.r.since && k < i && doc.sinceClause(ws, k) {
				// "has contributed troops to ECOMIG since the mission was
				// set up in January 2017": the clause dates the span's start
				return true
			}
			// "have taken part in RIMPAC since the 1990s, most recently
			// in 2024": the latest occurrence is dated, the span is not
			return mostRecently(ws, i)
		}
	}
	return true
}

// yearWordsAround are the words that may stand next to a year that dates
// an event ("in 2024", "2024 and 2025", "in 2024 when"): a year between
// two other lower-case words modifies the noun after it.
var yearWordsAround = map[string]bool{"in": true, "on": true, "since": true, "by": true, "from": true,
	"until": true, "till": true, "during": true, "of": true, "to": true, "for": true, "after": true,
	"before": true, "between": true, "through": true, "and": true, "or": true, "at": true, "with": true,
	"when": true, "which": true, "that": true, "as": true, "the": true, "a": true, "an": true, "is": true,
	"was": true, "were": true, "are": true, "will": true, "while": true, "where": true}

// yearModifier reports whether the year at word i stands between two
// lower-case words that are neither prepositions nor conjunctions: "the
// draft 2027 budget", "its annual 2026 plan" name a budget and a plan,
// not a date.
func yearModifier(ws []word, i int) bool {
	if i == 0 || i+1 >= len(ws) {
		return false
	}
	p, n := ws[i-1], ws[i+1]
	return !p.upper && !n.upper && letters(p.low) && letters(n.low) && !yearWordsAround[p.low] && !yearWordsAround[n.low]
}

// mostRecently reports whether the date at word i is told as the latest
// of a series: "most recently in 2024", "most recently 2024".
func mostRecently(ws []word, i int) bool {
	k := i - 1
	if k >= 0 && ws[k].low == "in" {
		k--
	}
	return k >= 1 && ws[k].low == "recently" && ws[k-1].low == "most"
}

// horizon reports whether the year at word i, after the trigger h, is the
// horizon of a plan ("signed a plan for joint patrols in 2026"): "for"
// after a plan noun comes shortly before it.
func (doc *doc) horizon(ws []word, h hit, i int, dt dates.Date) bool {
	if dt.Kind != dates.YearOnly || i < h.b {
		return false
	}
	for k := i - 1; k > h.a && i-k <= 6; k-- {
		if ws[k].low == "for" && doc.d.rules.plan.matches(ws[k-1]) {
			return true
		}
	}
	return false
}

// sinceWhen reports whether the "since" date dt is followed by ", when":
// the start of a span, named by the event that opened it.
func sinceWhen(ws []word, dt dates.Date) bool {
	k := wordAt(ws, dt.End-1) + 1
	return k+1 < len(ws) && ws[k].low == "," && ws[k+1].low == "when"
}

// datelineDate reports whether dt is the date of the dateline that opens
// sentence s ("ACCRA, Feb 5 (GNA) –", "SEOUL, Oct. 17 (Yonhap) --"): the
// day the story was filed, which dates its event only when the sentence
// gives no other date. A dateline not in capitals ("New Delhi, Nov 1
// (PTI)", "Doha, January 14 (QNA) -") is one when its head is one place.
func (doc *doc) datelineDate(s int, dt dates.Date) bool {
	ws := doc.words[s]
	if len(ws) == 0 || dt.Start-ws[0].start > 30 {
		return false
	}
	if !capitals(doc.text[ws[0].start:ws[0].end]) && doc.dateline(s) == nil {
		return false
	}
	rest := doc.text[dt.End:min(dt.End+16, len(doc.text))]
	// "RAWALPINDI, May 12:" and "ISLAMABAD, Oct 23 (APP)::" close on a colon
	return strings.ContainsAny(rest, "(—–") || strings.Contains(rest, " -") || strings.HasPrefix(rest, ":")
}

// durative are the event types that last several days: a span in their
// sentence is more likely theirs than a single day.
var durative = map[string]bool{"visit": true, "exercise": true, "exhibition": true, "conference": true}

// coordinated reports whether date word i and the trigger [a, b) lie in
// two clauses joined by ", and", ", while", ", but", ", with" or a
// semicolon: each clause's date is its own.
func coordinated(ws []word, i, a, b int) bool {
	from, to := i+1, a
	if i >= b {
		from, to = b, i
	}
	// "talks between A, chief of staff, and B, ...": the pair's "and"
	// (the trigger may end in "between": "talks between")
	between := from > 0 && from <= len(ws) && ws[from-1].low == "between"
	for k := from; k < to && k < len(ws); k++ {
		switch ws[k].low {
		case ";":
			return true
		case "between":
			between = true
		case "and":
			between = false
		case ",":
			if k+1 < len(ws) && ws[k+1].low == "and" && between {
				between = false
				k++
				continue
			}
			if k+1 < len(ws) {
				switch ws[k+1].low {
				case "and", "while", "but", "whereas", "with":
					return true
				}
			}
		}
	}
	return false
}

// afterTopic reports whether date word i follows a topic trigger
// ("discussed") that comes at or after h: the date is what was discussed.
func (doc *doc) afterTopic(h hit, i int) bool {
	for _, o := range doc.sentHits {
		if o.r.topic && o.a >= h.a && o.b <= i {
			return true
		}
	}
	return false
}

// setDate gives c the date expression of its sentence nearest to the
// trigger h that can be its date.
func (doc *doc) setDate(c *cand, s int, h hit) {
	ws := doc.words[s]
	if h.r.undated {
		return // "on a visit from May 2 to 5 at the invitation of X": the visit's days
	}
	if h.r.anaphor && h.a >= 2 && ws[h.a-2].low == "to" && letters(ws[h.a-1].low) {
		// "agreed in 2024 to widen the exercise": the object of a plan,
		// not the occasion retold with its day
		return
	}
	pos := ws[h.a].start
	best, bestDist := -1, 1<<30
	said := doc.reportedFrom(ws, h)
	for i, dt := range doc.dates[s] {
		di := wordAt(ws, dt.Start)
		if doc.afterTopic(h, di) {
			continue // "discussed preparations for joint events in the coming year"
		}
		if h.r.later && di < h.a {
			continue // "spoke on Monday and agreed to meet in April": the day of the call
		}
		if dt.Value == "" && dt.Kind == dates.Partial && doc.datesOf(ws, h, dt) && doc.ownClause(ws, h, di) && !otherClause(ws, doc.sentHits, h, di) {
			c.yearless = true // "on October 6" in a text with no date of publication
		}
		if dt.Value == "" || !doc.datesOf(ws, h, dt) || doc.horizon(ws, h, di, dt) || otherClause(ws, doc.sentHits, h, di) || di > said && !(doc.saidDate(ws, di) && participleOpening(ws, h)) ||
			!doc.ownClause(ws, h, di) || doc.participleDated(ws, h, di) || doc.restrictiveDated(ws, h, di) ||
			doc.participleBefore(ws, h, di) || doc.purposeAfter(ws, di, h.a) || outsideOpening(ws, h, di) || purposeDated(ws, h, di) ||
			asideDated(ws, doc.sentHits, h, di) {
			continue
		}
		dist := max(dt.Start-ws[h.b-1].end, 0) // after the trigger: from its last word
		if dt.Start < pos {
			dist = pos - dt.End
		}
		if coordinated(ws, wordAt(ws, dt.Start), h.a, h.b) {
			dist += 1 << 20 // "left on May 18, and the main body will fly out on May 22"
		}
		if dt.End <= pos && doc.earlierVerbDate(ws, h, di, wordAt(ws, dt.End-1)+1) {
			dist += 1 << 20 // "toured X on Wednesday and visited Y on Thursday": each verb's own day
		}
		if doc.datelineDate(s, dt) {
			dist += 1 << 19 // "ACCRA, Feb 5 (GNA) –" dates the filing: any other date first
		}
		if durative[h.r.typ] && isRange(dt.Value) {
			// "held the dialogue on June 4 as part of a visit ... from June 3
			// to 6": a span dates what lasts, a day what happens in it
			dist /= 8
		}
		if dist < bestDist {
			best, bestDist = i, dist
		}
	}
	if best < 0 {
		doc.clauseTime(c, s, h) // "the forum last November, at which he met Sato"
	}
	if best >= 0 {
		dt := doc.dates[s][best]
		c.ev.Date, c.ownDate = dt.Value, true
		c.since = dt.Since
		c.ev.Scheduled = dt.Scheduled
		c.dateEnd = dt.End
		c.saidOn = h.r.speech && doc.saidDate(ws, wordAt(ws, dt.Start))
		c.filedOn = doc.datelineDate(s, dt)
		if n := lastedDays(ws, h.b); n > 0 && len(dt.Value) == 10 {
			c.ev.Date = shiftDay(dt.Value, -n) + "/" + dt.Value
		}
		if n := countedLength(ws, h); n > 1 && len(dt.Value) == 10 && endedBetween(ws, h.b, wordAt(ws, dt.Start)) {
			// "two weeks of joint training came to a close on June 13":
			// the drill ran the days up to that one
			c.ev.Date = shiftDay(dt.Value, 1-n) + "/" + dt.Value
		}
		if n := laterDays(ws, wordAt(ws, dt.End), h); n != 0 && len(dt.Value) == 10 {
			// "left on February 10, and the rest will follow a week
			// later": that many days after the date told before
			c.ev.Date = shiftDay(dt.Value, n)
		}
		c.ev.Date = shiftDay(c.ev.Date, dayAfterBetween(ws, wordAt(ws, dt.End), h.a))
		doc.tripSpan(c, s, h, dt)
	}
}

// tripSpan widens the day dt that dates c, told by trigger h of sentence
// s, to the span of a trip or drill of so many days: from that day
// ("arrived on Monday for a three-day working visit"), or up to it ("on a
// six-day visit until Saturday", "concluded on Friday a four-day official
// visit", "wrapped up his three-day visit on Thursday").
func (doc *doc) tripSpan(c *cand, s int, h hit, dt dates.Date) {
	ws := doc.words[s]
	if len(dt.Value) != 10 {
		return
	}
	// (the length may stand just before the trigger: "on Monday began a
	// three-day operational tour of")
	if n := daysAround(ws, h); n > 1 && wordAt(ws, dt.Start) < h.a && (h.r.typ == "visit" || h.r.typ == "exercise") {
		c.ev.Date = dt.Value + "/" + shiftDay(dt.Value, n-1)
	}
	if n := lengthAfterDate(ws, wordAt(ws, dt.End)); n > 1 && h.r.typ == "visit" && len(c.ev.Date) == 10 && wordAt(ws, dt.Start) >= h.b {
		// "arrived in Viet Nam on March 17 for a four-day visit"
		c.ev.Date = dt.Value + "/" + shiftDay(dt.Value, n-1)
	}
	if h.r.typ == "visit" && len(c.ev.Date) == 10 {
		if end := doc.stayEnd(s, wordAt(ws, dt.End), dt.Value); end != "" {
			c.ev.Date += "/" + end // "arrived on 9 Feb and will leave on 12 Feb"
		}
	}
	if durative[h.r.typ] && len(c.ev.Date) == 10 {
		if end := doc.runsUntil(s, dt); end != "" {
			c.ev.Date += "/" + end // "opened on Monday and will run until July 1"
		}
	}
	if n := spanDays(ws, h); n > 1 && spanEnd(ws, wordAt(ws, dt.Start)) && wordAt(ws, dt.Start) >= h.b {
		c.ev.Date = shiftDay(dt.Value, 1-n) + "/" + dt.Value
	}
	if n := daysAround(ws, h); n > 1 && h.r.typ == "visit" && endedBefore(ws, h.b) {
		c.ev.Date = shiftDay(dt.Value, 1-n) + "/" + dt.Value
	}
}

// lengthAfterDate returns the length in days of a stay told right after
// a date, whose next word is i: "on March 17 for a four-day visit", "on
// Sunday on a three-day visit", or 0.
// The stay begins on that day: the trigger was the arrival.
func lengthAfterDate(ws []word, i int) int {
	k := i
	if k >= len(ws) || ws[k].low != "for" && ws[k].low != "on" {
		return 0 // (also "arrived yesterday on a three-day official visit")
	}
	return spanDays(ws, hit{a: k + 1, b: min(len(ws), k+1+tripLengthReach)})
}

// tripLengthReach is how many words before a visit's trigger its length
// may stand: "a three-day official visit to", "his four-day state visit".
const tripLengthReach = 3

// daysAround returns the length in days written in trigger h or just
// before it ("a four-day official visit to"), or 0.
func daysAround(ws []word, h hit) int {
	return spanDays(ws, hit{a: max(0, h.a-tripLengthReach), b: h.b})
}

// endReach is how far before a visit's trigger the verb that ends it may
// stand: "concluded on Friday a four-day official visit".
const endReach = 10

// endedBefore reports whether a verb that ends an event ("concluded",
// "wrapped up", "ended") stands in the few words before word b (the end
// of a trigger, which may hold the verb), with no clause break between.
func endedBefore(ws []word, b int) bool {
	for k := min(b, len(ws)) - 1; k >= 0 && k >= b-endReach; k-- {
		switch l := ws[k].low; {
		case endWords[l]:
			return true
		case l == "," || l == ";" || l == "and" || l == "which" || l == "who":
			return false
		}
	}
	return false
}

// purposeReach is how many words before a trigger a purpose clause may
// open ("to participate in the 18th edition of the joint exercise").
const purposeReach = 12

// purposeAfter reports whether a purpose clause ("to participate in")
// opens between the date at word di and the trigger at word a: "left
// today for Ulaanbaatar to participate in the exercise" dates the
// departure, not the exercise the troops go to.
func (doc *doc) purposeAfter(ws []word, di, a int) bool {
	// (the clause opens shortly before the trigger: a bounded look keeps
	// a long sentence of many dates and triggers linear)
	for k := max(di+1, a-purposeReach); k+1 < a; k++ {
		if ws[k].low == "to" && doc.d.rules.purpose.matches(ws[k+1]) {
			return true
		}
	}
	return false
}

// saidDate reports whether the date at word i is the day of a reporting
// verb right before it ("said on Friday", "told reporters Tuesday"): when
// something was said.
func (doc *doc) saidDate(ws []word, i int) bool {
	k := i - 1
	if k >= 0 && ws[k].low == "on" {
		k--
	}
	if k >= 0 && (ws[k].low == "reporters" || ws[k].low == "journalists") {
		k--
	}
	return k >= 0 && doc.d.rules.reporting.matches(ws[k])
}

// spanEnd reports whether the date at word i ends a span: "until
// Saturday", "that ends on Thursday".
func spanEnd(ws []word, i int) bool {
	k := i - 1
	if k >= 0 && ws[k].low == "on" {
		k--
	}
	if k < 0 {
		return false
	}
	switch ws[k].low {
	case "until", "till", "through", "ends", "ending", "closes":
		return true
	}
	return false
}

// spanDays reads the length of an event named in its trigger ("a
// three-day visit", "a 5-day trip"): the number of days, or 0.
func spanDays(ws []word, h hit) int {
	for k := h.a; k < h.b; k++ {
		l := ws[k].low
		n, ok := strings.CutSuffix(l, "-day")
		if !ok {
			continue
		}
		if v, ok := numberWords[n]; ok {
			return v
		}
		v := 0
		for i := 0; i < len(n); i++ {
			if n[i] < '0' || n[i] > '9' {
				return 0
			}
			v = v*10 + int(n[i]-'0')
		}
		if v < 60 {
			return v
		}
	}
	return 0
}

// countedLength is the length in days that a count opening trigger h
// gives ("two weeks of joint training": 14), else 0.
func countedLength(ws []word, h hit) int {
	if h.a < 1 || h.a >= len(ws) {
		return 0
	}
	return spanLength(ws[h.a-1], ws[h.a].low)
}

// endedBetween reports whether words [from, to) tell an ending: an end
// word ("ended", "concluded") or "to a close" ("came to a close").
func endedBetween(ws []word, from, to int) bool {
	for k := from; k < to && k < len(ws); k++ {
		if endWords[ws[k].low] || ws[k].low == "close" && k >= 2 && ws[k-1].low == "a" && ws[k-2].low == "to" {
			return true
		}
	}
	return false
}

// endWords are verbs that tell the last day of an event.
var endWords = map[string]bool{"ended": true, "ends": true, "concluded": true, "concludes": true, "closed": true, "closes": true, "wrapped": true, "wraps": true}

// numberWords are counts written out, as agencies write small numbers.
var numberWords = map[string]int{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14}

// lastedDays reads how long an event that ended has run, from the words
// after its trigger (word from on): "ended in Darwin on August 2 after
// three weeks of flying" ran 21 days before its last day, so that a report
// of its first day and one of its last can be told to be one event. 0 when
// the sentence says no such thing.
func lastedDays(ws []word, from int) int {
	end := false
	for k := from; k < len(ws); k++ {
		l := ws[k].low
		if endWords[l] {
			end = true
		}
		if !end || l != "after" || k+3 >= len(ws) {
			continue
		}
		n, ok := numberWords[ws[k+1].low]
		if ws[k+1].num > 0 && ws[k+1].num < 100 {
			n, ok = ws[k+1].num, true
		}
		if !ok || ws[k+3].low != "of" && ws[k+3].low != "," && ws[k+3].low != "." {
			continue
		}
		switch ws[k+2].low {
		case "days", "day":
			return n - 1
		case "weeks", "week":
			return 7 * n
		}
	}
	return 0
}

// anniversary makes c the commemoration of the anniversary at h: its name,
// the organisation it honours, and its year when the anniversary table
// knows what is commemorated and the sentence's date does not fit it.
func (doc *doc) anniversary(c *cand, s int, h hit) {
	ws := doc.words[s]
	// the phrase: "80th anniversary of the Vietnam People's Army", up to a
	// comma or "and"; or "its 80th anniversary"
	end := h.b
	if end < len(ws) && ws[end].low == "of" {
		for end++; end < len(ws) && end-h.b < 12; end++ {
			if l := ws[end].low; l == "," || l == "and" || l == "." || l == ";" || l == "to" || l == "with" || l == "(" {
				break
			}
		}
	}
	phrase := doc.text[ws[h.a].start:ws[end-1].end]
	if c.ev.Name == "" || c.ev.Type == "ceremony" && !strings.Contains(c.ev.Name, "anniversary") {
		if c.ev.Name == "" {
			c.ev.Name = phrase
		} else {
			c.ev.Name += " " + phrase
		}
	}
	subject := ""
	for _, m := range doc.ments[s] {
		if m.e.Type == attache.Organization && m.start >= ws[h.b-1].end && m.end <= ws[end-1].end {
			subject = m.e.Name
			break
		}
	}
	if subject == "" && h.a > 0 && (ws[h.a-1].low == "its" || ws[h.a-1].low == "their") {
		// "Congratulating the Vietnam People's Army on its 80th anniversary"
		for _, m := range doc.ments[s] {
			if m.e.Type == attache.Organization && m.end <= ws[h.a].start {
				subject = m.e.Name
			}
		}
	}
	after := ""
	if end > h.b+1 {
		after = doc.text[ws[h.b+1].start:ws[end-1].end]
	}
	if subject != "" {
		c.ev.Participants = []string{subject} // whose anniversary it is, not the states around
		c.key = ws[h.a].low + " " + fold.Key(subject)
	} else {
		c.key = ws[h.a].low + " " + fold.Key(after)
	}
	// the year from what is commemorated
	n := ws[h.a].num
	if n <= 0 {
		return
	}
	key := fold.Key(after)
	if subject != "" && key == "" {
		key = fold.Key(subject)
	}
	for _, a := range doc.d.rules.anniversaries {
		if key != "" && strings.HasPrefix(key, a.key) {
			y := a.year + n
			ys := itoa4(y)
			if !c.ownDate || !strings.HasPrefix(c.ev.Date, ys) {
				c.ev.Date, c.ownDate = ys, true
				c.ev.Scheduled = doc.hasPub && y > doc.pub.Year()
			}
			return
		}
	}
}

func itoa4(y int) string {
	b := []byte{byte('0' + y/1000%10), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10)}
	return string(b)
}

// pastPerfect reports whether the clause before word i uses "had" + a
// participle: the event is recalled as earlier than the report.
func pastPerfect(ws []word, i int) bool {
	for k := i - 1; k >= 0 && i-k <= 4; k-- {
		if ws[k].low == "had" {
			return true
		}
		if ws[k].low == "," || ws[k].low == ";" {
			break
		}
	}
	return false
}

// dateCompatible reports whether two ISO dates can denote the same time:
// equal, one a prefix of the other, or a range containing the other.
func dateCompatible(a, b string) bool {
	if a == "" || b == "" {
		return true
	}
	if strings.HasPrefix(a, b) || strings.HasPrefix(b, a) {
		return true
	}
	for _, p := range [][2]string{{a, b}, {b, a}} {
		if from, to, ok := strings.Cut(p[0], "/"); ok {
			x := p[1]
			if x >= from && x <= to+"~" || strings.HasPrefix(x, from) || strings.HasPrefix(x, to) {
				return true
			}
		}
	}
	return false
}

// dayShift reads "the previous day", "the day before", "the night before"
// (-1) and "the next day", "the following morning", "the day after" (+1)
// in a sentence: a date
// told relative to the event before. "a day after X" is left alone: it
// dates this event from X, which may come later in the text.
func dayShift(ws []word) int {
	for i := 0; i+2 < len(ws); i++ {
		if ws[i].low != "the" {
			continue
		}
		switch {
		// the word tests come before the map's: most "the" have none of them after
		case (ws[i+1].low == "previous" || ws[i+1].low == "preceding") && partsOfDay[ws[i+2].low]:
			return -1 // "the previous day", "the previous evening"
		case (ws[i+1].low == "next" || ws[i+1].low == "following") && partsOfDay[ws[i+2].low]:
			return 1 // "the next day", "the following morning"
		case (ws[i+2].low == "before" || ws[i+2].low == "after") && partsOfDay[ws[i+1].low] &&
			(i+3 == len(ws) || !ws[i+3].upper && ws[i+3].low != "the"):
			// "the day before", not "the day before the summit"
			if ws[i+2].low == "before" {
				return -1
			}
			return 1
		}
	}
	return 0
}

// partsOfDay are the words after "the same" or "that" that tell the day
// of the event before: "the same day", "the same afternoon", "that
// evening".
var partsOfDay = map[string]bool{"day": true, "morning": true, "afternoon": true, "evening": true, "night": true}

// sameDayPhrase reports whether a sentence dates its event by the one told
// before it: "the same day", "that afternoon", "later in the day".
func sameDayPhrase(ws []word) bool {
	for i := 0; i+1 < len(ws); i++ {
		if (ws[i].low == "same" || ws[i].low == "that") && partsOfDay[ws[i+1].low] {
			return true
		}
		// "later in the day", "earlier in the afternoon"
		if i+3 < len(ws) && (ws[i].low == "later" || ws[i].low == "earlier") && ws[i+1].low == "in" && ws[i+2].low == "the" && partsOfDay[ws[i+3].low] {
			return true
		}
	}
	return false
}

// dayShiftAt is dayShift for the trigger at word i, which also reads "a
// day after" told before the trigger: "The activity came a day after the
// ministers issued a joint statement" puts the statement one day before
// the event the sentence starts from (-1; "a day before" gives +1; "a
// week after" -7, "three days after" -3).
func dayShiftAt(ws []word, i int) int {
	if n := dayShift(ws); n != 0 {
		return n
	}
	for k := 0; k+2 < i && k+2 < len(ws); k++ {
		n := spanLength(ws[k], ws[k+1].low)
		if n == 0 {
			continue
		}
		switch ws[k+2].low {
		case "after":
			return -n
		case "before":
			return n
		}
	}
	return 0
}

// spanLength is the number of days that count word n and unit word unit
// make ("a day" 1, "a week" 7, "3 days" 3, "two weeks" 14), else 0.
func spanLength(n word, unit string) int {
	switch unit {
	case "day", "days", "week", "weeks":
	default:
		return 0 // most pairs of words: spared the number lookup
	}
	count := n.num
	if v, ok := numberWords[n.low]; ok {
		count = v // "a day", "seven weeks"
	}
	if count <= 0 || count > 60 {
		return 0
	}
	switch {
	case count == 1 && unit == "day", count > 1 && unit == "days":
		return count
	case count == 1 && unit == "week", count > 1 && unit == "weeks":
		return 7 * count
	}
	return 0
}

// shiftDay moves an ISO day by n days; other precisions and ranges stay
// as they are (a month has no "previous day").
func shiftDay(iso string, n int) string {
	if n == 0 || len(iso) != 10 {
		return iso
	}
	t, err := time.Parse("2006-01-02", iso)
	if err != nil {
		return iso
	}
	return t.AddDate(0, 0, n).Format("2006-01-02")
}

// listedDates returns one more movement of forces per date listed after
// c's own with "and" or a comma: "the main body will fly out in two
// groups on May 22 and May 26" tells two departures. Only departures and
// arrivals are split so; a meeting "on May 22 and 23" is one occasion.
func (doc *doc) listedDates(s int, c *cand) []*cand {
	if c.ev.Type != "deployment" || c.dateEnd == 0 || c.bg {
		return nil
	}
	var out []*cand
	end := c.dateEnd
	for _, dt := range doc.dates[s] {
		if dt.Start < end {
			continue
		}
		if between := strings.TrimSpace(doc.text[end:dt.Start]); between != "and" && between != "," && between != ", and" && between != "and on" {
			break
		}
		if dt.Value == "" || isRange(dt.Value) || len(dt.Value) != len(c.ev.Date) {
			break
		}
		n := *c
		n.ev.Date, n.ev.Scheduled, n.dateEnd = dt.Value, dt.Scheduled, dt.End
		n.key = "listed " + dt.Value // a movement of its own: never merged with c
		out = append(out, &n)
		end = dt.End
	}
	return out
}

// reportedFrom returns the index of the first reporting verb after
// trigger h, which opens reported speech: a date after it is what was
// said, not when h happened ("Receiving Lecornu, Sjafrie said the jets
// would arrive early next year"). It returns len(ws) when there is none,
// and for statements, which are what is said and keep such dates.
func (doc *doc) reportedFrom(ws []word, h hit) int {
	if h.r.typ == "statement" {
		return len(ws)
	}
	for k := h.b; k < len(ws); k++ {
		if !ws[k].upper && doc.d.rules.reporting.matches(ws[k]) && !countedNoun(ws, k) { // not "the United States"
			return k
		}
	}
	return len(ws)
}

// countedNoun reports whether the word at k is a noun by the word before
// it: "brings the ten member states together", "all states", "two notes"
// count or qualify a noun, where "the ministry states that" reports.
func countedNoun(ws []word, k int) bool {
	if k == 0 {
		return false
	}
	p := ws[k-1]
	if p.num >= 0 || p.ordinal {
		return true
	}
	switch p.low {
	case "member", "the", "all", "both", "other", "these", "those", "many", "several", "some", "their", "its", "partner", "neighbouring", "neighboring", "coastal", "participating":
		return true
	}
	return false
}

// participleOpening reports whether trigger h is a participle that opens
// its sentence (after any dateline): "Receiving the delegation, General
// X said on Wednesday that ...". The words are said at the reception, so
// the day of saying dates it.
func participleOpening(ws []word, h hit) bool {
	if h.a >= len(ws) || !strings.HasSuffix(ws[h.a].low, "ing") {
		return false
	}
	return h.a == 0 || !letters(ws[h.a-1].low) && ws[h.a-1].low != ","
}

// countWords are the counts written as words before "days" or "weeks".
var countWords = map[string]int{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

// laterDays reads "a week later", "two days later", "three days earlier"
// in the clause of trigger h, after date word from: the number of days
// the event lies after (or, negative, before) that date; 0 when there is
// no such phrase.
func laterDays(ws []word, from int, h hit) int {
	if from >= h.a {
		return 0 // the date comes after the trigger: its own
	}
	for k := from; k+2 < len(ws) && k < h.b+6; k++ {
		n, ok := countWords[ws[k].low]
		if !ok && ws[k].num > 0 && ws[k].num < 100 {
			n, ok = ws[k].num, true
		}
		if !ok {
			continue
		}
		unit := 0
		switch ws[k+1].low {
		case "day", "days":
			unit = 1
		case "week", "weeks":
			unit = 7
		}
		if unit == 0 {
			continue
		}
		switch ws[k+2].low {
		case "later":
			return n * unit
		case "earlier":
			return -n * unit
		}
	}
	return 0
}

// asideOf reports whether p, told before c in c's own sentence, sits in a
// relative clause that c's trigger is outside of ("Halvorsen, who arrived
// on Monday for a visit, also called on the chief later in the day"): an
// aside about the subject, not the occasion "later in the day" counts
// from, which is the story's.
func (doc *doc) asideOf(p, c *cand) bool {
	if p.sent != c.sent || p.hit.a >= c.hit.a {
		return false
	}
	ws := doc.words[c.sent]
	r, _ := doc.relativeAt(ws, p.hit.a)
	if r < 0 {
		return false
	}
	hr, _ := doc.relativeAt(ws, c.hit.a)
	return hr != r
}

// yearNamesPlan reports whether the year dt at word i of trigger h, after
// a determiner or the trigger's verb and before the noun it qualifies, lies after the publication year: the
// year a plan or programme is for ("the 2026 cooperation plan", "its
// 2027-2030 programme"), which a text signs or adopts the year before.
// The sentence's other date, or the publication day, dates the signing.
func yearNamesPlan(ws []word, h hit, i int, dt dates.Date) bool {
	if dt.Kind != dates.YearOnly || !dt.Scheduled || i == 0 || i+1 >= len(ws) {
		return false
	}
	switch ws[i-1].low {
	case "a", "an", "the", "its", "their", "his", "her", "this", "next":
	default:
		if i-1 < h.a {
			return false // a headline drops the article: "sign 2026 plan"
		}
	}
	k := wordAt(ws, dt.End-1) + 1
	return k < len(ws) && ws[k].num < 0 && letters(ws[k].low)
}

// tellsAside reports whether c is told in a relative clause of the
// sentence whose main clause told the event before it: "A held talks on
// Thursday with B, who arrived on Tuesday on a three-day visit. ... The
// previous day, B laid a wreath": "the previous day" counts from the
// talks the story tells, not from the arrival told in passing.
func (st *story) tellsAside(c *cand) bool {
	p := st.prev
	if p == nil || p.sent != c.sent || p.hit.a >= c.hit.a {
		return false
	}
	ws := st.doc.words[c.sent]
	r, _ := st.doc.relativeAt(ws, c.hit.a)
	pr, _ := st.doc.relativeAt(ws, p.hit.a)
	return r >= 0 && pr < 0
}

// asideDated reports whether date word i lies in an aside set off by
// commas before trigger h that tells another trigger before the date: in
// "X, on a four-day trip through Thursday, is scheduled to visit the
// plant on Wednesday" Thursday ends the trip, not the visit.
func asideDated(ws []word, hs []hit, h hit, i int) bool {
	if i >= h.a {
		return false
	}
	open, close := -1, -1
	for k := i - 1; k > 0; k-- {
		if l := ws[k].low; l == "," {
			open = k
			break
		} else if l == "." || l == ";" {
			return false
		}
	}
	for k := i + 1; k < h.a; k++ {
		if ws[k].low == "," {
			close = k
			break
		}
	}
	if open < 0 || close < 0 {
		return false
	}
	for _, o := range hs {
		if o.a > open && o.b <= i && !o.r.anaphor {
			return true
		}
	}
	return false
}
