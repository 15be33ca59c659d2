package events

import (
	"time"

	"attache"
	"attache/extract/dates"
)

// merge folds candidates that describe the same occurrence into one event,
// in text order: an anaphor ("the event", "the dialogue") joins the latest
// event of its type; a named occurrence (the same numbered dialogue, the
// same anniversary) joins its first mention; a meeting, visit, conference
// or statement retold with a shared participant and a compatible date
// joins the earlier one.
func (doc *doc) merge(cands []*cand) []*cand {
	var out []*cand
	for _, c := range cands {
		if t := doc.target(out, c); t != nil {
			absorb(t, c)
			continue
		}
		if c.anaphor {
			if !c.ownDate || !c.ownActs {
				continue // nothing to refer back to
			}
			// "the meeting between Biden and Xi in Woodside in November
			// 2023": dated, with its own parties, an event of its own
			c.anaphor = false
		}
		out = append(out, c)
	}
	return out
}

// mergeWindow is how many of the latest events a candidate is compared
// with. An article tells a few dozen events; the bound keeps a text of
// thousands of them (a list, a scraped archive) from costing a comparison
// of every pair.
const mergeWindow = 64

// target returns the event of evs that c is another mention of, or nil.
// Only the last mergeWindow events are candidates.
func (doc *doc) target(evs []*cand, c *cand) *cand {
	evs = evs[max(0, len(evs)-mergeWindow):]
	if c.anaphor {
		// "the visit" is the occasion the article tells, not one it recalls
		// in passing ("USS Carl Vinson visited Da Nang in 2018")
		for i := len(evs) - 1; i >= 0; i-- {
			if e := evs[i]; !e.bg && !e.past && !otherDate(e, c) && (e.ev.Type == c.ev.Type ||
				c.r.typ == "conference" && (e.ev.Type == "meeting" || e.ev.Type == "ceremony")) {
				return e
			}
		}
	}
	for i := len(evs) - 1; i >= 0; i-- {
		e := evs[i]
		same := e.ev.Type == c.ev.Type ||
			c.anaphor && c.r.typ == "conference" && (e.ev.Type == "meeting" || e.ev.Type == "ceremony")
		if !same {
			continue
		}
		switch {
		case c.anaphor && otherDate(e, c):
		case c.anaphor:
			return e
		case e.party != "" || c.party != "":
			// one of several separate meetings: the same counterpart, or a
			// later sentence about the talks with that counterpart
			if e.party == c.party || c.party == "" && c.ev.Type == "meeting" && contains(c.ev.Participants, e.party) {
				return e
			}
			continue
		case e.sent == 0 && doc.headline && !e.told && (!e.ownDate || len(e.ev.Date) == 4 && dateCompatible(e.ev.Date, c.ev.Date)) && c.sent <= 3 && !c.bg &&
			!(c.ownDate && doc.longBefore(c, doc.pub, doc.hasPub)):
			e.told = true // once: a second signing or forum in the lead is another event
			// the headline announces what the lead then tells ("Exercise
			// Pitch Black 2024 takes off": a year says no more than that);
			// a dated occurrence long before publication is a recalled one
			return e
		case c.key != "" || e.key != "":
			if c.key == e.key {
				return e
			}
		case !dateCompatible(e.ev.Date, c.ev.Date) && c.ownDate && e.ownDate:
		case c.ev.Type == "visit" && c.sent == e.sent && e.ev.Place != "" && c.ev.Place != "" && e.ev.Place != c.ev.Place:
			// two stops of one trip told in one sentence stay two visits
		case c.ev.Type == "meeting" || c.ev.Type == "visit" || c.ev.Type == "conference" || c.ev.Type == "statement":
			if c.sent == e.sent || sameParties(e.ev.Participants, c.ev.Participants) || len(c.ev.Participants) == 0 {
				if c.ev.Type != "statement" || c.sent-e.lastSent() <= 2 {
					return e
				}
			}
		case c.ev.Type == "deployment":
			if shareAny(withoutCodes(e.ev.Participants), withoutCodes(c.ev.Participants)) {
				return e
			}
			// "This is the first time Vietnam has sent a sapper team": the
			// next sentence, undated and naming no unit, goes on about it
			if !c.ownDate && len(withoutCodes(c.ev.Participants)) == 0 && c.sent-e.sent == 1 {
				return e
			}
		}
	}
	return nil
}

// otherDate reports whether c states a date of its own that e cannot have:
// "the meeting ... in November 2023" is not the call of last Tuesday.
func otherDate(e, c *cand) bool {
	return c.ownDate && e.ownDate && !dateCompatible(e.ev.Date, c.ev.Date)
}

// lastSent is the sentence of the latest mention merged into c.
func (c *cand) lastSent() int { return c.sent }

// absorb merges the mention c into the event t.
func absorb(t, c *cand) {
	for _, p := range c.ev.Participants {
		if t.party != "" && c.party == "" {
			break // a sentence about the talks with one counterpart names the others too
		}
		t.ev.Participants = appendUniq(t.ev.Participants, p)
	}
	switch {
	case !t.ownDate && c.ownDate,
		c.ownDate && len(t.ev.Date) == 4 && len(c.ev.Date) > 4 && dateCompatible(t.ev.Date, c.ev.Date):
		// a year ("Pitch Black 2024") says less than the day the lead gives
		t.ev.Date, t.ownDate, t.ev.Scheduled = c.ev.Date, true, c.ev.Scheduled
	case t.ev.Type == "visit" && c.ownDate && isRange(c.ev.Date) && dateCompatible(t.ev.Date, c.ev.Date):
		t.ev.Date = c.ev.Date // the trip's span says more than the day of the meeting
	}
	if t.ev.Place == "" || t.ev.Type == "visit" && c.r.dest && c.ev.Place != "" && !t.r.dest {
		if c.ev.Place != "" {
			t.ev.Place = c.ev.Place
		}
	}
	if c.scene && !t.ownDate {
		t.scene, t.linked = true, true // the headline's signing is the one "after the talks"
	}
	if t.ev.Mission == "" {
		t.ev.Mission = c.ev.Mission
	}
	if t.ev.Unit == "" {
		t.ev.Unit = c.ev.Unit
	}
	if t.ev.Rotation == "" {
		t.ev.Rotation = c.ev.Rotation
	}
	t.ev.Personnel = max(t.ev.Personnel, c.ev.Personnel)
	t.ev.Women = max(t.ev.Women, c.ev.Women)
	if t.ev.Name == "" {
		t.ev.Name = c.ev.Name
	}
	if c.sent > t.sent && t.ev.Type == "statement" {
		t.sent = c.sent // a statement runs on over the sentences that continue it
	}
	t.ev.Confidence += 0.05
}

func isRange(d string) bool {
	for i := 0; i < len(d); i++ {
		if d[i] == '/' {
			return true
		}
	}
	return false
}

// sameParties reports whether two mentions of meetings or visits can be
// the same occurrence: they share a participant, and neither names a
// person the other lacks on both sides ("talks with Galvez" and "a
// courtesy call on Marcos", both with Austin, are two meetings).
func sameParties(a, b []string) bool {
	if !shareAny(a, b) {
		return false
	}
	return subset(a, b) || subset(b, a)
}

// subset reports whether every entry of a is in b.
func subset(a, b []string) bool {
	for _, x := range a {
		if !contains(b, x) {
			return false
		}
	}
	return true
}

func shareAny(a, b []string) bool {
	for _, x := range a {
		if contains(b, x) {
			return true
		}
	}
	return false
}

// withoutCodes drops country codes, keeping names of units and forces.
func withoutCodes(list []string) []string {
	var out []string
	for _, s := range list {
		if len(s) != 2 {
			out = append(out, s)
		}
	}
	return out
}

// finish fills what needs every event: dates from context, salience,
// codes and confidence.
func (doc *doc) finish(evs []*cand) {
	var main *cand
	for _, c := range evs {
		if doc.lead[c.sent] && !c.bg {
			c.ev.Salience = "main"
			if main == nil || !main.ownDate && c.ownDate {
				main = c
			}
		}
	}
	// Only main events lend their place (scenePlace), and salience is
	// settled: look them up in their own short list, not in every event.
	var mains []*cand
	for _, c := range evs {
		if c.ev.Salience == "main" {
			mains = append(mains, c)
		}
	}
	doc.completeArgs(mains, evs)
	ref, hasRef := doc.ref()
	if main != nil && len(main.ev.Participants) == 0 && main.sent+1 < len(doc.sents) {
		// "The working session aimed at ...": the actors come in the next sentence
		main.ev.Participants = doc.actors(main.sent + 1)
	}
	var prev, talks, occasion *cand
	for _, c := range evs {
		if c.group && talks != nil {
			// "the two ministers agreed that ...": the parties of the talks
			for _, p := range doc.groupParties(talks) {
				c.ev.Participants = appendUniq(c.ev.Participants, p)
			}
		}
		if (c.ev.Type == "meeting" || c.ev.Type == "dialogue") && !c.bg && !c.past && len(c.ev.Participants) >= 2 {
			talks = c
		}
		if c.r.speech && main != nil && c != main {
			c.ownDate = false // dates inside what is said are its content, not its time
		}
		if !c.ownDate {
			doc.contextDate(c, main, prev)
		}
		if c.ev.Date != "" && !c.bg && !c.past {
			prev = c // "earlier the same day" anchors on the story told, not on a recalled event
		}
		if c.ev.Salience == "" {
			c.ev.Salience = "reported"
			if c.bg || c.past || doc.longBefore(c, ref, hasRef) {
				c.ev.Salience = "background"
			}
		}
		if c.ev.Salience == "background" && c.ev.Type != "deployment" {
			// a recalled event has the place its own clause gives it
			// ("the pact signed in Bintan in 2022"), not one the rest of
			// the sentence gives the story ("..., and agreed to meet in Madrid")
			if !doc.placeInClause(c.sent, c.hit, c.ev.Place) {
				c.ev.Place = ""
			}
		}
		if len(c.ev.Participants) == 0 && doc.home != "" {
			c.ev.Participants = []string{doc.home}
		}
		if main != nil && c != main && (c.r.speech || c.scene) && c.ev.Place == "" {
			c.ev.Place = main.ev.Place
		}
		if main != nil && c != main && c.r.speech && c.ev.Place != main.ev.Place && !c.bg {
			// a place named in what is said or offered is its content ("invited
			// him to the air show in Bengaluru"): it is said where the talks are
			c.ev.Place = main.ev.Place
		}
		if c.side && c.ev.Place == "" {
			// "On the sidelines of the opening, X met Y": where the
			// occasion told before took place
			switch {
			case occasion != nil:
				c.ev.Place = occasion.ev.Place
			case main != nil:
				c.ev.Place = main.ev.Place
			}
		}
		if c.ev.Place == "" {
			c.ev.Place = doc.scenePlace(c, mains)
		}
		if c.ev.Place == "" && c.ev.Salience == "main" && doc.lead[c.sent] && c.ev.Type != "decision" {
			// a decree is adopted, not held somewhere: the dateline is only
			// where the story was filed
			if s := doc.leadDateline(); s >= 0 {
				c.ev.Place = doc.datelinePlace(s, c.ev.Type)
			}
		}
		if c.ev.Place == "" && main != nil && c != main && main.ev.Place != "" && !c.bg && !c.past && c.ev.Salience != "background" &&
			(talkType(c.ev.Type) || c.ev.Type == "ceremony" && !c.r.pattern[0].ordinal) && c.ev.Type != "invitation" &&
			len(c.ev.Date) >= 10 && dateCompatible(main.ev.Date, c.ev.Date) {
			// the talks, calls on officials and statements of the story
			// happen where the story happens unless their sentence says
			// otherwise
			c.ev.Place = main.ev.Place
		}
		if c.ev.Place == "" && c.ev.Type == "deployment" && !c.bg && !c.past && main != nil && editionTypes[main.ev.Type] {
			// forces sent to the exercise or show the article is about go
			// to its host country
			c.ev.Place = doc.countryOf(main.ev.Place)
		}
		codes := doc.d.rules.types[c.ev.Type]
		c.ev.Cameo, c.ev.Plover = codes.cameo, codes.plover
		if c.r.cameo != "" {
			c.ev.Cameo = c.r.cameo
		}
		if c.ev.Cameo == "041" {
			// a phone or video call joins two places and happens in neither:
			// a dateline or a city in the sentence is no venue
			c.ev.Place = ""
		}
		if c.ev.Place != "" && !c.side && !c.bg && !c.past && c.ev.Salience != "background" {
			occasion = c
		}
		c.ev.Confidence = confidence(c)
		if c.ev.Participants == nil {
			c.ev.Participants = []string{}
		}
	}
}

// countryOf returns the country code of a place: the code itself, or the
// country of the location of that name (from the extraction, else the
// knowledge base), or "".
func (doc *doc) countryOf(place string) string {
	if place == "" {
		return ""
	}
	for i := range doc.x.Entities {
		e := &doc.x.Entities[i]
		if e.Name == place && (e.Type == attache.Location || e.Type == attache.Country) && e.Country != "" {
			return e.Country
		}
	}
	if doc.d.kb != nil {
		for _, p := range doc.d.kb.PlacesNamed(place) {
			if p.Country != "" {
				return p.Country
			}
		}
	}
	return ""
}

// ref returns the date the article speaks from: its publication date, else
// the latest day the text states. It is asked once per event: the answer
// is kept, so that a text of thousands of events and dates stays linear.
func (doc *doc) ref() (time.Time, bool) {
	if !doc.refKnown {
		doc.refTime, doc.refOK = doc.latestDay()
		doc.refKnown = true
	}
	return doc.refTime, doc.refOK
}

// latestDay is ref without the memo.
func (doc *doc) latestDay() (time.Time, bool) {
	ref, hasRef := doc.pub, doc.hasPub
	if !hasRef {
		for _, ds := range doc.dates {
			for _, d := range ds {
				if d.Value != "" && d.Precision == dates.Day && d.From.After(ref) {
					ref, hasRef = d.From, true
				}
			}
		}
	}
	return ref, hasRef
}

// scenePlace returns the place c shares with a main event of the same day
// when its own sentence names none: the signing, statement or call told
// after "talks in Manila" took place there too. Recalled events and
// movements of forces (which happen elsewhere) inherit nothing.
func (doc *doc) scenePlace(c *cand, evs []*cand) string {
	if c.bg || c.past || c.ev.Date == "" || !talkType(c.ev.Type) && c.ev.Type != "ceremony" {
		return ""
	}
	for _, m := range evs {
		if m != c && m.ev.Salience == "main" && m.ev.Place != "" && m.ev.Date == c.ev.Date && len(c.ev.Date) >= 10 {
			return m.ev.Place
		}
	}
	return ""
}

// contextDate dates an event whose sentence states no date: "the same
// day" takes the event before; what is said during the main event takes
// its date; a recalled event stays undated; otherwise the date just before
// in the same stretch of text, else the publication year.
func (doc *doc) contextDate(c, main, prev *cand) {
	switch {
	case c.sameDay && prev != nil:
		c.ev.Date = shiftDay(prev.ev.Date, c.dayShift)
	case c.sameDay:
		// "earlier the same day" with the story undated: no date of a
		// recalled event nearby may stand in for it
		c.ev.Date = ""
		if main != nil && main != c {
			c.ev.Date = shiftDay(main.ev.Date, c.dayShift)
		}
	case c.linked && main != nil && main != c:
		c.ev.Date = main.ev.Date
	case c.bg || c.past:
		c.ev.Date = ""
	default:
		if d, ok := doc.dateBefore(c.sent); ok {
			c.ev.Date = d
		} else if main != nil && main != c && main.ownDate && c.sent-main.sent <= nearMain && c.sent > main.sent {
			// told right after the main event ("The signing came as the
			// two countries held talks"): part of the same occasion
			c.ev.Date = main.ev.Date
		} else if doc.hasPub {
			c.ev.Date = itoa4(doc.pub.Year())
		}
	}
}

// nearMain is how many sentences after the main event an undated event
// still shares its date.
const nearMain = 2

// dateBefore returns the last date stated in the two sentences before s,
// when they belong to the same paragraph.
func (doc *doc) dateBefore(s int) (string, bool) {
	for k := s - 1; k >= 0 && s-k <= 1; k-- {
		if hasBlankLine(doc.text, doc.sents[k].End, doc.sents[k+1].Start) {
			break
		}
		ds := doc.dates[k]
		for i := len(ds) - 1; i >= 0; i-- {
			if ds[i].Value != "" && !ds[i].Since {
				return ds[i].Value, true
			}
		}
	}
	return "", false
}

func hasBlankLine(text string, a, b int) bool {
	n := 0
	for i := a; i < b && i < len(text); i++ {
		if text[i] == '\n' {
			n++
		}
	}
	return n >= 1
}

// longBefore reports whether c lies well before the reference date (two
// months), as a recalled event does.
func (doc *doc) longBefore(c *cand, ref time.Time, ok bool) bool {
	if !ok || c.ev.Date == "" {
		return false
	}
	last := c.ev.Date
	if i := len(last) - 1; isRange(last) {
		for last[i] != '/' {
			i--
		}
		last = last[i+1:]
	}
	end, err := endOf(last)
	if err != nil {
		return false
	}
	return end.Before(ref.AddDate(0, -2, 0))
}

// endOf returns the last day an ISO date at any precision covers.
func endOf(iso string) (time.Time, error) {
	switch len(iso) {
	case 4:
		t, err := time.Parse("2006", iso)
		return t.AddDate(1, 0, -1), err
	case 7:
		t, err := time.Parse("2006-01", iso)
		return t.AddDate(0, 1, -1), err
	}
	return time.Parse("2006-01-02", iso)
}

// confidence rates how firmly the text supports c.
func confidence(c *cand) float64 {
	v := 0.55 + c.ev.Confidence
	if c.ownDate {
		v += 0.15
	}
	if len(c.ev.Participants) > 0 {
		v += 0.1
	}
	if c.ev.Salience == "main" {
		v += 0.1
	}
	return min(v, 0.95)
}
