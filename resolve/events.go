package resolve

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"attache"
	"attache/fold"
)

// AddEvents links the events of article a to knowledge-base events: a
// report of an event already known (same type, compatible date, a shared
// participant) becomes one more source of it; any other event is new.
// loc is what AddEntities returned for the same article.
func (b *Builder) AddEvents(a *attache.Article, loc *Local) {
	if a.Extraction == nil {
		return
	}
	for i, ev := range a.Extraction.Events {
		if ev.Type == "" {
			continue
		}
		kev := b.articleEvent(a, i, ev, loc)
		if m := b.matchEvent(kev, a.ID); m != nil {
			b.narrowPlace(m, kev.Place)
			mergeEvent(m, kev)
			b.evIdx.add(m) // its date or name may be more exact now
			continue
		}
		b.addEvent(kev)
	}
}

// articleEvent is one article event as a knowledge-base event of its own.
// Its id names the report ("event:ARTICLE#N"). Build takes articles
// oldest first, so an event keeps the id of its earliest report by
// publication, then article id: the same whatever order the articles
// came in. An older report arriving later takes the id over; the id
// issued before still names a report of the event, and corrections and
// facts find events by any report's id (findEvent), so what refers to it
// keeps working. No id can be both order independent and never change:
// a report that arrives later may join two events into one, and one of
// their two ids must go.
func (b *Builder) articleEvent(a *attache.Article, i int, ev attache.Event, loc *Local) *attache.KBEvent {
	k := &attache.KBEvent{
		ID: "event:" + a.ID + "#" + strconv.Itoa(i), Type: attache.EventType(ev.Type), Name: ev.Name, Date: ev.Date, Place: ev.Place,
		Mission: ev.Mission, Unit: ev.Unit, Rotation: ev.Rotation, Personnel: ev.Personnel, Women: ev.Women,
		Participants: []string{}, Countries: []string{},
		Sources: []attache.EventSource{{ArticleID: a.ID, Idx: i, Published: a.Published, Salience: ev.Salience, Evidence: ev.Evidence}},
	}
	for _, p := range ev.Participants {
		if isCode(p) {
			k.Countries = appendNew(k.Countries, p)
			continue
		}
		id, ok := loc.byKey[fold.Key(p)]
		if !ok {
			continue // a participant the extractor did not list as an entity
		}
		if e := b.ents[id]; e != nil && e.Type == attache.Country {
			if e.Country != "" {
				k.Countries = appendNew(k.Countries, e.Country)
			}
			continue
		}
		k.Participants = appendNew(k.Participants, id)
		if c := loc.country[id]; c != "" {
			k.Countries = appendNew(k.Countries, c)
		}
	}
	k.Series, k.Number = seriesOf(ev.Name)
	if k.Series == "" && attache.EventType(ev.Type) == attache.EventDialogue {
		k.Series, k.Number = seriesOf(ev.Evidence)
	}
	return k
}

// matchEvent returns a known event that k reports again, or nil. Events of
// the same article are never merged: the extractor already did that.
func (b *Builder) matchEvent(k *attache.KBEvent, article string) *attache.KBEvent {
	if k.Date == "" {
		return nil
	}
	if m := b.firstMatch(k, article, b.evIdx.candidates(k, b.evType[k.Type])); m != nil {
		return m
	}
	// What a report says differently from another of the same happening
	// (see eventlink.go): a kindred type, a date a time zone away.
	if m := b.kindredMatch(k, article); m != nil {
		return m
	}
	return b.nextDayMatch(k, article)
}

// firstMatch is matchEvent over the given candidates, in order of
// creation; the index gives only those that can match.
func (b *Builder) firstMatch(k *attache.KBEvent, article string, cands []string) *attache.KBEvent {
	var vague, inCountry []*attache.KBEvent
	kName := nameKey(k)
	for _, id := range cands {
		c := b.events[id]
		if c == nil || hasSource(c, article) {
			continue
		}
		if sameNamed(c, k, kName) || sameRotation(c, k) || b.sameContingent(c, k) || b.sameVoyage(c, k) || sessionOfTheDay(c, k) {
			return c
		}
		if !datesCompatible(c.Date, k.Date) || namesConflict(c, k) {
			continue
		}
		if k.Series != "" && c.Series == k.Series && k.Number != 0 && c.Number == k.Number && sameParties(c, k) {
			return c
		}
		// A date known only to the year or month says too little to pick
		// among a participant's events of that year or month: it joins
		// one only when it is the only one.
		coarse := len(c.Date) <= len("2006-01") || len(k.Date) <= len("2006-01")
		if b.shareParticipant(c, k) {
			if b.otherCounterparts(c, k) {
				continue
			}
			if !coarse {
				return c
			}
			if newsFits(c, k) {
				vague = append(vague, c)
			}
			continue
		}
		if coarse {
			if (b.recalledSigning(c, k) || b.recalledAtPlace(c, k)) && newsFits(c, k) {
				vague = append(vague, c)
			}
			continue
		}
		if b.sameGathering(c, k) || b.sameDrill(c, k) {
			return c
		}
		if len(c.Participants) == 0 && len(k.Participants) == 0 && len(k.Countries) > 0 &&
			sameSet(c.Countries, k.Countries) {
			return c
		}
		if b.unnamedSameDay(c, k) {
			return c
		}
		if b.countryPlacedTalks(c, k) {
			inCountry = append(inCountry, c)
		}
	}
	// Talks placed by one report only in the country are the one event
	// of that day there that names their countries: with two (the
	// visitor's talks and his call on the prime minister) the report
	// could be either, and joins none.
	if len(inCountry) == 1 {
		return inCountry[0]
	}
	if len(vague) == 1 {
		return vague[0]
	}
	return b.placedVague(vague, k)
}

// sameNamed reports whether c and k are one named event: a named event
// ("Exercise Pitch Black") is one per year, whatever day each report
// dates it to (its start, its end). The name must be a proper name: the
// extractor also names events by their trigger ("signed a memorandum",
// "their first meeting"), which many events share. kName is nameKey(k).
func sameNamed(c, k *attache.KBEvent, kName string) bool {
	return kName != "" && nameKey(c) == kName && len(c.Date) >= 4 && c.Date[:4] == k.Date[:4] &&
		(properName(c) || properName(k)) && sameParties(c, k)
}

// unnamedSameDay reports whether c and k are one event that one report
// tells naming no person (only "the two countries" or their ministries)
// and the other names people for: the same day, countries and place. Its
// countries are among the other's (or the other way round): a meeting of
// Viet Nam and Cambodia is not the one of Viet Nam and Laos that day. The
// place may be given as the country only for a signing: two countries
// sign one memorandum a day, but hold ceremonies, exercises and meetings
// in several of their cities on one day, unless the two reports tell one
// subject (sameSubject).
func (b *Builder) unnamedSameDay(c, k *attache.KBEvent) bool {
	return (b.persons(c.Participants) == 0) != (b.persons(k.Participants) == 0) && isDay(c.Date) && c.Date == k.Date &&
		len(c.Countries) > 0 && len(k.Countries) > 0 && (subset(c.Countries, k.Countries) || subset(k.Countries, c.Countries)) &&
		(b.samePlace(c.Place, k.Place) || (b.inCountry(c.Place, k.Place) && (k.Type == attache.EventAgreement || b.sameSubject(c, k))))
}

// placedVague returns the one event among vague, the events of a pair that
// a report k dated only by its month or year could be, that happened
// where k says it did: "their talks in Seoul last month" are the pair's
// talks in Seoul that month, not their phone call of the same month,
// which has no place. It returns nil when k gives no place or not exactly
// one of them has its place.
func (b *Builder) placedVague(vague []*attache.KBEvent, k *attache.KBEvent) *attache.KBEvent {
	if k.Place == "" {
		return nil
	}
	var found *attache.KBEvent
	for _, c := range vague {
		if c.Place == "" || !(b.samePlace(c.Place, k.Place) || b.inCountry(c.Place, k.Place)) {
			continue
		}
		if found != nil {
			return nil
		}
		found = c
	}
	return found
}

// narrowPlace gives event m, placed only by its country, the place in
// that country a joining report gives: the city or venue is what tells it
// from another event of that country and day.
func (b *Builder) narrowPlace(m *attache.KBEvent, p string) {
	_, km := b.placeOrCountry(m.Place, spaceless(m.Place))
	_, kp := b.placeOrCountry(p, spaceless(p))
	if km == "country" && kp != "country" && b.inCountry(m.Place, p) {
		m.Place = p
	}
}

// mergeEvent adds report k to event m.
func mergeEvent(m, k *attache.KBEvent) {
	m.Sources = append(m.Sources, k.Sources...)
	m.Date = mergedDate(m.Type, m.Date, k.Date)
	for _, p := range k.Participants {
		m.Participants = appendNew(m.Participants, p)
	}
	for _, c := range k.Countries {
		m.Countries = appendNew(m.Countries, c)
	}
	fill := func(dst *string, v string) {
		if *dst == "" {
			*dst = v
		}
	}
	fill(&m.Name, k.Name)
	fill(&m.Place, k.Place)
	fill(&m.Mission, k.Mission)
	fill(&m.Unit, k.Unit)
	fill(&m.Rotation, k.Rotation)
	if m.Series == "" {
		m.Series, m.Number = k.Series, k.Number
	}
	m.Personnel, m.Women = max(m.Personnel, k.Personnel), max(m.Women, k.Women)
}

// spansDays are the event types that last several days: a report of one
// of their days (the arrival, the closing) is part of the range another
// report gives, and the range stays the event's date so that a report of
// another of its days still joins it.
var spansDays = map[attache.EventType]bool{
	attache.EventVisit: true, attache.EventExercise: true, attache.EventConference: true, attache.EventExhibition: true,
}

// mergedDate is the date of an event of type t dated m once a report
// dated k joins it: the more exact of the two, except that the range of
// an event that lasts days holds a day inside it.
func mergedDate(t attache.EventType, m, k string) string {
	if spansDays[t] && datesCompatible(m, k) {
		switch {
		case strings.Contains(k, "/") && isDay(m):
			return k
		case strings.Contains(m, "/") && isDay(k):
			return m
		}
	}
	if moreExact(k, m) {
		return k
	}
	return m
}

// datesCompatible is EXTRACTION.md's rule: equal, one a prefix of the
// other, or a range containing the other.
func datesCompatible(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if strings.HasPrefix(a, b) || strings.HasPrefix(b, a) {
		return true
	}
	in := func(r, d string) bool {
		lo, hi, ok := strings.Cut(r, "/")
		return ok && d >= lo && d[:min(len(d), len(hi))] <= hi
	}
	return in(a, b) || in(b, a)
}

// moreExact reports whether date a is more precise than b (a day beats a
// month, a single day beats a range).
func moreExact(a, b string) bool {
	if a == "" {
		return false
	}
	if b == "" {
		return true
	}
	ra, rb := strings.Contains(a, "/"), strings.Contains(b, "/")
	if ra != rb {
		return rb
	}
	return len(a) > len(b)
}

var (
	ordinalNum = regexp.MustCompile(`(?i)\b(\d{1,3})(?:st|nd|rd|th)\s+((?:[\p{L}'-]+\s+){0,6}?(?:dialogue|consultations?|talks|meeting|conference|exchange|forum|session))\b`)
	ordinalWrd = regexp.MustCompile(`(?i)\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+((?:[\p{L}'-]+\s+){0,6}?(?:dialogue|consultations?|talks|meeting|conference|exchange|forum|session))\b`)
	ordinals   = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
		"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
)

// seriesOf finds a numbered series in s: "the 7th Defence Strategy
// Dialogue" → ("defence strategy dialogue", 7).
func seriesOf(s string) (string, int) {
	if m := ordinalNum.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		return fold.Key(m[2]), n
	}
	if m := ordinalWrd.FindStringSubmatch(s); m != nil {
		return fold.Key(m[2]), ordinals[strings.ToLower(m[1])]
	}
	return "", 0
}

// nameKey is an event's name folded, without its type word and year:
// "Exercise Pitch Black 2024" and "Pitch Black" are one name.
func nameKey(e *attache.KBEvent) string {
	var out []string
	typ := string(e.Type)
	for _, w := range strings.Fields(fold.Key(e.Name)) {
		if w == typ || w == typ+"s" || (len(w) == 4 && w >= "1900" && w <= "2199") {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// properName reports whether an event's name holds a capitalised word
// besides its type word: "Exercise Pitch Black", "13th Defence Policy
// Dialogue", not "signed a memorandum".
func properName(e *attache.KBEvent) bool {
	typ := string(e.Type)
	for _, w := range strings.Fields(e.Name) {
		r := []rune(w)
		if lw := strings.ToLower(w); lw == typ || lw == typ+"s" {
			continue
		}
		if unicode.IsUpper(r[0]) {
			return true
		}
	}
	return false
}

// namesConflict reports whether two events have proper names that are
// not one: neither's words are among the other's ("Exercise Pitch Black
// 2024" and "Pitch Black" are one; "Elang AusIndo" and "Pitch Black" are
// two exercises, however their dates and units overlap).
func namesConflict(c, k *attache.KBEvent) bool {
	if !properName(c) || !properName(k) {
		return false
	}
	cw, kw := strings.Fields(nameKey(c)), strings.Fields(nameKey(k))
	within := func(a, b []string) bool {
		for _, w := range a {
			if !contains(b, w) {
				return false
			}
		}
		return true
	}
	return !within(cw, kw) && !within(kw, cw)
}

// sameParties reports whether two events of one numbered series can be
// one session: each dialogue pair numbers its own sessions (the 12th
// defence policy dialogue of Viet Nam and the US is not that of Viet Nam
// and India), so the countries of one must be among the other's.
func sameParties(c, k *attache.KBEvent) bool {
	if k.Series == "" && c.Series == "" {
		return true
	}
	return subset(c.Countries, k.Countries) || subset(k.Countries, c.Countries)
}

// isDay reports whether d is a single day YYYY-MM-DD.
func isDay(d string) bool { return len(d) == 10 && !strings.Contains(d, "/") }

func isCode(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}

func hasSource(e *attache.KBEvent, article string) bool {
	for _, s := range e.Sources {
		if s.ArticleID == article {
			return true
		}
	}
	return false
}

func overlap(a, b []string) bool {
	for _, x := range a {
		if contains(b, x) {
			return true
		}
	}
	return false
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !contains(b, x) {
			return false
		}
	}
	return true
}

func appendNew(ss []string, s string) []string {
	if contains(ss, s) {
		return ss
	}
	return append(ss, s)
}

func dedup(ss []string) []string {
	sort.Strings(ss)
	out := ss[:0]
	for i, s := range ss {
		if i == 0 || s != ss[i-1] {
			out = append(out, s)
		}
	}
	return out
}
