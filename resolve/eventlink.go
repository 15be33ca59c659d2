package resolve

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"attache"
	"attache/extract/dates"
	"attache/fold"
)

// The rules here link reports of one happening that differ in what the
// agencies chose to say: the place at another scale (a venue, a city, a
// country), the type (talks called by the name of the dialogue they were),
// the day (a phone call in the evening in Washington is the next morning in
// Manila), and the rule that keeps apart two meetings of one visitor with
// two hosts on one day.

// samePlace reports whether two event places can be one when no person
// ties the reports together: either unknown, the same place however
// written, or a venue the gazetteer does not know (a building, a base,
// which may lie in the other place). A country is not the same place as
// a city or venue: it holds that city and every other one, and two
// ceremonies of one day in one country (one in the capital, one at a port)
// are two events.
func (b *Builder) samePlace(x, y string) bool {
	if x == "" || y == "" {
		return true
	}
	fx, fy := spaceless(x), spaceless(y)
	if fx == fy {
		return true
	}
	cx, kx := b.placeOrCountry(x, fx)
	cy, ky := b.placeOrCountry(y, fy)
	switch {
	case kx == "country" || ky == "country":
		return kx == ky && cx == cy
	case kx == "" || ky == "":
		return true // a venue or a place the gazetteer lacks
	}
	return b.place[fx] == b.place[fy]
}

// inCountry reports whether one of two event places is a country and the
// other that country or a place in it (a venue the gazetteer does not
// know may be): "the Netherlands" and "The Hague".
func (b *Builder) inCountry(x, y string) bool {
	if x == "" || y == "" {
		return false
	}
	cx, kx := b.placeOrCountry(x, spaceless(x))
	cy, ky := b.placeOrCountry(y, spaceless(y))
	switch {
	case kx == "country" && ky == "":
		return true
	case ky == "country" && kx == "":
		return true
	}
	return (kx == "country" || ky == "country") && cx == cy
}

// placeOrCountry reads a place p, folded spaceless as f: its country's
// code and "place" for a gazetteer place, the code and "country" for a
// country's code or name, "" and "" for anything else.
func (b *Builder) placeOrCountry(p, f string) (code, kind string) {
	if isCode(p) {
		return p, "country"
	}
	if c, ok := b.place[f]; ok {
		return b.placeCountry[c], "place"
	}
	if code, ok := b.countryName[f]; ok {
		return code, "country"
	}
	return "", ""
}

// otherCounterparts reports whether two reports of meetings share one
// person and each names another person the other does not: a visitor
// received by the prime minister and then in talks with the minister, on
// one day, had two meetings. Reports that share two persons are one.
func (b *Builder) otherCounterparts(c, k *attache.KBEvent) bool {
	if k.Type != attache.EventMeeting || c.Type != attache.EventMeeting {
		return false
	}
	return b.twoHosts(c, k)
}

// twoHosts reports whether two events share exactly one participant and
// each names a person the other does not. It is not two hosts when the
// persons one report alone names are each known by a different single
// word of the name of the one person the other alone names: the agency that wrote
// "Gilberto "Gibo" Teodoro Jr." left its extractor with "Gilberto" and
// "Teodoro Jr.", who are the other's "Gilberto Teodoro". The place does
// not decide it: one report may give the city, the other a venue.
func (b *Builder) twoHosts(c, k *attache.KBEvent) bool {
	shared, onlyC, onlyK := 0, b.unsharedPersons(c, k), b.unsharedPersons(k, c)
	for _, p := range c.Participants {
		if contains(k.Participants, p) {
			shared++
		}
	}
	if shared != 1 || len(onlyC) == 0 || len(onlyK) == 0 {
		return false
	}
	if b.entourage(onlyC, c, k, c.Place) || b.entourage(onlyK, c, k, k.Place) {
		return false
	}
	if b.shortForm(onlyC, onlyK) || b.shortForm(onlyK, onlyC) {
		return false
	}
	return !b.namePieces(onlyC, onlyK) && !b.namePieces(onlyK, onlyC)
}

// shortForm reports whether short, the one person only one report names,
// is known by a single word of the name of long, the one person only the
// other names, and both are of one known country: one agency wrote the
// host in his own name order ("Nakatani Gen") and its extractor kept one
// word, the other wrote "Gen Nakatani". The short one's country may also
// be a mere guess (weakCountry): a later report recalls the visitor as
// "Mr Conroy" in an article of the host's country. Two hosts of one
// visitor that day are each named in full by the agency that reports them.
func (b *Builder) shortForm(short, long []string) bool {
	if len(short) != 1 || len(long) != 1 {
		return false
	}
	w := b.singleWord(short[0])
	s, l := b.ents[short[0]], b.ents[long[0]]
	if w == "" || l.Country == "" || s.Country != l.Country && !b.weakCountry(s) {
		return false
	}
	for _, n := range append([]string{l.Name}, l.Aliases...) {
		if ws := b.personWords(n); len(ws) >= 2 && contains(ws, w) {
			return true
		}
	}
	return false
}

// weakCountry reports whether a person's country is no evidence against
// another: none, or only the guess an article made for a name it gives
// without a post, rank or demonym ("when he met Mr Conroy").
func (b *Builder) weakCountry(e *attache.KBEntity) bool {
	return e.Country == "" || len(e.Positions) == 0 && e.Rank == ""
}

// entourage reports whether the persons only one report names, placed
// at place, are all of the country of the one person both reports share
// and the place is abroad for them: the guest's own officials abroad
// ("accompanied by the Chief of Defence Force, called on his Korean
// counterpart in Seoul"), not a second host. At home the same persons are
// a meeting of their own (a minister with his chiefs), and a person or
// place of no known country decides nothing.
func (b *Builder) entourage(only []string, c, k *attache.KBEvent, place string) bool {
	var own string
	for _, p := range c.Participants {
		if contains(k.Participants, p) && b.isPerson(p) {
			own = b.ents[p].Country
		}
	}
	if place == "" {
		return false
	}
	where, _ := b.placeOrCountry(place, spaceless(place))
	if own == "" || where == "" || where == own {
		return false
	}
	for _, p := range only {
		if b.ents[p].Country != own {
			return false
		}
	}
	return true
}

// unsharedPersons are the persons among c's participants that k does not
// name.
func (b *Builder) unsharedPersons(c, k *attache.KBEvent) []string {
	var out []string
	for _, p := range c.Participants {
		if !contains(k.Participants, p) && b.isPerson(p) {
			out = append(out, p)
		}
	}
	return out
}

// namePieces reports whether whole is one person with a name of two or
// more words and pieces are two or more persons each known only by a
// different word of that name. One word alone is not enough: a family
// name ("Kim") is shared by many, and a visitor may meet two Kims in a
// day.
func (b *Builder) namePieces(pieces, whole []string) bool {
	if len(whole) != 1 || len(pieces) < 2 {
		return false
	}
	var words [][]string
	e := b.ents[whole[0]]
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if w := b.personWords(n); len(w) >= 2 {
			words = append(words, w)
		}
	}
	var seen []string
	for _, id := range pieces {
		w := b.singleWord(id)
		found := false
		for _, ws := range words {
			found = found || (w != "" && contains(ws, w))
		}
		if !found || contains(seen, w) {
			return false
		}
		seen = append(seen, w)
	}
	return len(words) > 0
}

// singleWord is the one word every name of person id reads as, or "" when
// a name has more words or two names differ.
func (b *Builder) singleWord(id string) string {
	e := b.ents[id]
	word := ""
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		w := b.personWords(n)
		if len(w) != 1 || (word != "" && w[0] != word) {
			return ""
		}
		word = w[0]
	}
	return word
}

func (b *Builder) isPerson(id string) bool {
	e := b.ents[id]
	return e != nil && e.Type == attache.Person
}

// kindred lists, for an event type, the types another agency may give
// the same happening: the session of a standing dialogue is also the
// talks of its co-chairs.
var kindred = map[attache.EventType][]attache.EventType{
	attache.EventMeeting:  {attache.EventDialogue},
	attache.EventDialogue: {attache.EventMeeting},
}

// kindredMatch returns an event of a kindred type that report k tells
// again: the same single day and either the same numbered session ("the
// 13th defence policy dialogue") or exactly the same two or more persons
// (the co-chairs). A person in common is not enough: the two defence ministers
// of a 2+2 dialogue also meet on their own that day, and a bilateral
// meeting on the sidelines of a named forum shares its speaker. It is tried
// only when no event of k's own type matches.
func (b *Builder) kindredMatch(k *attache.KBEvent, article string) *attache.KBEvent {
	if !isDay(k.Date) || b.persons(k.Participants) == 0 {
		return nil
	}
	for _, t := range kindred[k.Type] {
		probe := *k
		probe.Type = t
		for _, id := range b.evIdx.candidates(&probe, b.evType[t]) {
			c := b.events[id]
			if c == nil || hasSource(c, article) || c.Date != k.Date {
				continue
			}
			if sameSession(c, k) || (b.persons(k.Participants) >= 2 && b.samePersons(c, k)) {
				return c
			}
		}
	}
	return nil
}

// nextDayMatch returns the event that report k tells again with a date one
// day off, as two agencies on either side of a date line do for a phone or
// video call: both reports are news of the day (dated their publication
// day or the day before), name the same two or more persons and no place,
// or one of them tells talks at a distance (remoteTalks): a call has no
// place, and the place the other agency gives ("OTTAWA — the minister
// spoke with his Japanese counterpart") is only where it wrote from.
// A meeting in a place has one local date that every agency gives; the
// same two ministers meeting again the next day (talks, then a working
// breakfast) are two meetings. It is tried only when no event of k's date
// matches.
func (b *Builder) nextDayMatch(k *attache.KBEvent, article string) *attache.KBEvent {
	if !isDay(k.Date) || b.persons(k.Participants) < 2 || !fresh(k) {
		return nil
	}
	for _, d := range []string{addDays(k.Date, -1), addDays(k.Date, 1)} {
		if d == "" {
			continue
		}
		probe := *k
		probe.Date = d
		for _, id := range b.evIdx.candidates(&probe, b.evType[k.Type]) {
			c := b.events[id]
			if c == nil || hasSource(c, article) || c.Date != d || !fresh(c) {
				continue
			}
			placeless := (c.Place == "" && k.Place == "") || b.remoteTalks(c) || b.remoteTalks(k)
			if placeless && b.samePersons(c, k) {
				return c
			}
			// The later one dated only by its dateline: the talks of the
			// evening before, filed the next morning.
			later := k
			if d > k.Date {
				later = c
			}
			if b.datelineDay(later) && b.samePersons(c, k) && (b.samePlace(c.Place, k.Place) || b.inCountry(c.Place, k.Place)) {
				// The day the other report tells is the event's day; the
				// index files c again under it once k has joined.
				c.Date = min(c.Date, k.Date)
				return c
			}
		}
	}
	return nil
}

// datelineDay reports whether meeting ev takes its day only from the
// dateline of the reports that tell it ("HANOI, June 13 (VNA) — General
// Giang received the Thai minister"): every report is main news dated its
// publication day, and its sentence (known), the dateline left out, gives no day
// ("on Thursday", "yesterday", "June 12") and does not tell the contact
// as another one of the pair ("met again", lexicon repeat). Such talks
// may be those another agency dates to the day before: agencies file the
// evening's talks the next morning under the day's dateline. A report
// that states its day is dated as the text says.
func (b *Builder) datelineDay(ev *attache.KBEvent) bool {
	if ev.Type != attache.EventMeeting || len(ev.Sources) == 0 {
		return false
	}
	for _, s := range ev.Sources {
		if s.Salience != "main" || s.Published != ev.Date || s.Evidence == "" {
			return false
		}
		body := withoutDateline(s.Evidence)
		for _, d := range dates.Find(body, s.Published) {
			if d.Precision == dates.Day {
				return false
			}
		}
		for _, w := range strings.FieldsFunc(body, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
			if b.repeat[strings.ToLower(w)] {
				return false
			}
		}
	}
	return true
}

// withoutDateline is sentence s without the dateline that opens it
// ("HANOI, June 13 (VNA) — "): the text after the first dash that
// follows it within its first words, or s when there is none.
func withoutDateline(s string) string {
	head := s[:min(len(s), datelineLen)]
	for _, dash := range []string{"—", "–", "--", " - "} {
		if i := strings.Index(head, dash); i >= 0 {
			return s[i+len(dash):]
		}
	}
	return s
}

// datelineLen is how far into a sentence its dateline may end.
const datelineLen = 60

// remoteTalks reports whether a report of ev tells talks held at a
// distance: its evidence holds a word of the lexicon's remote list
// ("phone talks", "by telephone", "video call").
func (b *Builder) remoteTalks(ev *attache.KBEvent) bool {
	for _, s := range ev.Sources {
		for _, w := range strings.FieldsFunc(s.Evidence, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if b.remote[strings.ToLower(w)] {
				return true
			}
		}
	}
	return false
}

// fresh reports whether one of ev's reports is news of the day: dated its
// publication day or the day before.
func fresh(ev *attache.KBEvent) bool {
	for _, s := range ev.Sources {
		if s.Published != "" && (s.Published == ev.Date || addDays(ev.Date, 1) == s.Published) {
			return true
		}
	}
	return false
}

// addDays returns the ISO day n days after day d, or "" when d is not one.
func addDays(d string, n int) string {
	t, err := time.Parse(time.DateOnly, d)
	if err != nil {
		return ""
	}
	return t.AddDate(0, 0, n).Format(time.DateOnly)
}

// persons counts the persons among participant ids.
func (b *Builder) persons(ids []string) int {
	n := 0
	for _, id := range ids {
		if b.isPerson(id) {
			n++
		}
	}
	return n
}

// shareParticipant reports whether two events have a participant in
// common that ties them: a person, or an organisation when one of them
// names no person. When both name persons, an organisation both name (a
// ministry, a navy) is not enough: it takes part in many of its country's
// events of a day, with other people each time.
func (b *Builder) shareParticipant(c, k *attache.KBEvent) bool {
	if !overlap(c.Participants, k.Participants) && !b.oneUnit(c, k) {
		return false
	}
	if b.persons(c.Participants) == 0 || b.persons(k.Participants) == 0 {
		return true
	}
	for _, p := range k.Participants {
		if b.isPerson(p) && contains(c.Participants, p) {
			return true
		}
	}
	return false
}

// oneUnit reports whether one report names a unit by its name and its
// rotation's number ("the Malaysian Battalion 850-13", "Garuda Contingent
// XXIII-R") and the other the same unit without the number ("the 13th
// rotation of the Malaysian Battalion"): on one day they tell one unit's
// doings. Each report must give a single day, the same one, since the
// unit's name without a number stands for every rotation of the years.
func (b *Builder) oneUnit(c, k *attache.KBEvent) bool {
	if !isDay(c.Date) || c.Date != k.Date {
		return false
	}
	for _, x := range c.Participants {
		for _, y := range k.Participants {
			if b.numberedUnitOf(x, y) || b.numberedUnitOf(y, x) {
				return true
			}
		}
	}
	return false
}

// numberedUnitOf reports whether organisation id numbered is organisation
// id unit's name followed by one word holding a digit.
func (b *Builder) numberedUnitOf(numbered, unit string) bool {
	n, u := b.ents[numbered], b.ents[unit]
	if n == nil || u == nil || n.Type != attache.Organization || u.Type != attache.Organization {
		return false
	}
	rest, ok := strings.CutPrefix(fold.Key(n.Name), fold.Key(u.Name)+" ")
	return ok && !strings.Contains(rest, " ") && strings.ContainsAny(rest, "0123456789")
}

// samePersons reports whether two events name the same persons.
func (b *Builder) samePersons(c, k *attache.KBEvent) bool {
	n := 0
	for _, p := range c.Participants {
		if b.isPerson(p) {
			if !contains(k.Participants, p) {
				return false
			}
			n++
		}
	}
	return n == b.persons(k.Participants)
}

// newsWindow returns the days an event known only from undated main
// reports happened on: the main news of an article that gives it no day
// (its date is only the publication year: "held phone talks, the ministry
// said") is news of its publication day or the day before. ok is false for
// any other event.
func newsWindow(ev *attache.KBEvent) (from, to string, ok bool) {
	return window(ev, false)
}

// window is newsWindow, of reports that tell the event as their main news
// or, with reported, as any news of the day (not a recall).
func window(ev *attache.KBEvent, reported bool) (from, to string, ok bool) {
	if len(ev.Date) != 4 || len(ev.Sources) == 0 {
		return "", "", false
	}
	for _, s := range ev.Sources {
		news := s.Salience == "main" || reported && s.Salience == "reported"
		if !news || !isDay(s.Published) || s.Published[:4] != ev.Date {
			return "", "", false
		}
		if from == "" || s.Published < from {
			from = s.Published
		}
		to = max(to, s.Published)
	}
	return addDays(from, -newsDays), to, true
}

// newsFits reports whether events c and k can be one as far as undated
// news goes: an event known only from undated main reports is one of
// their news window (newsWindow), not any event of the year that shares a
// participant. A week later the same pair has often met or called again,
// and the undated report of that later contact must not join the earlier
// one.
func newsFits(c, k *attache.KBEvent) bool {
	cf, ct, cu := newsWindow(c)
	kf, kt, ku := newsWindow(k)
	switch {
	case cu && ku:
		return cf <= kt && kf <= ct
	case cu:
		return !isDay(k.Date) || (cf <= k.Date && k.Date <= ct)
	case ku:
		return !isDay(c.Date) || (kf <= c.Date && c.Date <= kt)
	}
	return true
}

// newsDays is how many days before its publication an undated main event
// of a report may have happened.
const newsDays = 1

// gatherings are the event types many delegations attend in one place,
// each agency naming its own delegates: a conference, an exhibition.
var gatherings = map[attache.EventType]bool{attache.EventConference: true, attache.EventExhibition: true}

// sameGathering reports whether two reports that share no participant
// are one gathering: the same city (a gazetteer place, not a country,
// which holds many) on compatible dates, and no two different proper
// names (the ADMM and the ADMM-Plus). Each agency names its own minister
// there, so persons do not tie them.
func (b *Builder) sameGathering(c, k *attache.KBEvent) bool {
	if !gatherings[k.Type] || c.Type != k.Type || c.Place == "" || k.Place == "" {
		return false
	}
	if properName(c) && properName(k) && nameKey(c) != nameKey(k) {
		return false
	}
	_, kc := b.placeOrCountry(c.Place, spaceless(c.Place))
	_, kk := b.placeOrCountry(k.Place, spaceless(k.Place))
	return kc == "place" && kk == "place" && b.samePlace(c.Place, k.Place)
}

// sameSession reports whether two events name the same session of a
// numbered series: "the 13th defence policy dialogue".
func sameSession(c, k *attache.KBEvent) bool {
	return k.Series != "" && k.Number != 0 && c.Series == k.Series && c.Number == k.Number
}

// sessionOfTheDay reports whether two reports of one day tell one
// numbered session of the pair's mechanism, each agency under its own
// name for it: "the 7th Viet Nam-Japan Defence Policy Dialogue" and "the
// seventh Japan-Viet Nam Vice-Ministerial Defense Policy Dialogue" (the
// names put the countries in another order and spell or qualify the
// mechanism otherwise). It takes the same number, the same mechanism noun
// (dialogue, talks), the same day, and two or more countries in common,
// those of one among the other's: a pair holds one session of a number
// on one day, and the sixth and seventh sessions stay apart.
func sessionOfTheDay(c, k *attache.KBEvent) bool {
	if c.Number == 0 || c.Number != k.Number || c.Series == "" || k.Series == "" || !isDay(c.Date) || c.Date != k.Date {
		return false
	}
	cw, kw := strings.Fields(c.Series), strings.Fields(k.Series)
	return cw[len(cw)-1] == kw[len(kw)-1] && pairInCommon(c, k)
}

// pairInCommon reports whether two events have two or more countries in
// common and the countries of one are among the other's.
func pairInCommon(c, k *attache.KBEvent) bool {
	common := 0
	for _, x := range c.Countries {
		if contains(k.Countries, x) {
			common++
		}
	}
	return common >= 2 && (subset(c.Countries, k.Countries) || subset(k.Countries, c.Countries))
}

// sameDrill reports whether two exercise reports that no person ties are
// one exercise named by its countries: "the joint drills of Australia and
// the United States that opened in Australia on Sunday" and "Exercise
// Talisman Sabre opened in Sydney on 13 July". Each agency names its own
// troops and bodies there, so participants do not tie them; it takes two
// or more countries in common, the countries of one among the other's,
// the same place however scaled (a country holds the city of the other),
// and the same day or the first or last day of the other's range (the
// opening and the closing are what agencies report). Ceremonies and
// meetings are not drills: two countries hold several of those in one
// country on one day.
func (b *Builder) sameDrill(c, k *attache.KBEvent) bool {
	if c.Type != attache.EventExercise || k.Type != attache.EventExercise {
		return false
	}
	if !sameOrEndDay(c.Date, k.Date) || !pairInCommon(c, k) {
		return false
	}
	return b.samePlace(c.Place, k.Place) || b.inCountry(c.Place, k.Place)
}

// sameOrEndDay reports whether dates a and b are one day, or one is a day
// that begins or ends the other's range.
func sameOrEndDay(a, b string) bool {
	ends := func(r, d string) bool {
		lo, hi, ok := strings.Cut(r, "/")
		return ok && isDay(d) && (lo == d || hi == d)
	}
	return (isDay(a) && a == b) || ends(a, b) || ends(b, a)
}

// sameSubject reports whether two reports tell one subject: two or more
// of their lower-case words in common, besides the words any report uses
// (plainword, verbs, function words of the lexicon) and the event's type.
// "A ceremony in Viet Nam to hand over land cleaned of dioxin" and "the
// handover ceremony for cleaned land at the airbase" share "cleaned" and
// "land"; a welcome ceremony for a hospital ship that day shares none.
// Names and places are written capitalised, so they do not count: two
// ceremonies in one country share its name.
func (b *Builder) sameSubject(c, k *attache.KBEvent) bool {
	cw := b.subjectWords(c)
	n := 0
	for w := range b.subjectWords(k) {
		if cw[w] {
			n++
		}
	}
	return n >= 2
}

// subjectWords are the lower-case words of four or more letters in the
// evidence of ev's reports that tell its subject (see sameSubject).
func (b *Builder) subjectWords(ev *attache.KBEvent) map[string]bool {
	out := map[string]bool{}
	typ := string(ev.Type)
	types := typ + "s"
	for _, s := range ev.Sources {
		for _, w := range strings.FieldsFunc(s.Evidence, func(r rune) bool { return !unicode.IsLetter(r) }) {
			first, _ := utf8.DecodeRuneInString(w)
			if utf8.RuneCountInString(w) < 4 || !unicode.IsLower(first) || b.plain[w] || w == typ || w == types {
				continue
			}
			out[w] = true
		}
	}
	return out
}

// rotationDays is how many days apart the reports of one unit rotation's
// move may be dated: the send-off at home, the departure, the arrival in
// the mission area and the handover there fall within a month. The same
// rotation coming home a year later is another event.
const rotationDays = 31

// rotationKey names the numbered unit rotation a deployment moves
// ("level 2 field hospital rotation 7#7"), or "" when the report gives no
// unit or no rotation number: "the engineering unit" of one country goes
// out every year.
func rotationKey(ev *attache.KBEvent) string {
	if ev.Type != attache.EventDeployment || ev.Unit == "" || ev.Rotation == "" {
		return ""
	}
	return fold.Key(ev.Unit) + "#" + ev.Rotation
}

// sameRotation reports whether two deployment reports tell one move of
// one numbered unit rotation: its departure on one day and its arrival
// in the mission area on another ("left Hanoi on May 20", "arrived in
// Bentiu on May 22"). They name the same unit and rotation, and the same
// mission, or when one gives none a country or participant in common;
// their dates are at most rotationDays apart. The countries may differ
// though it is one unit: a report from the mission area may take the
// unit for one of the host country's.
func sameRotation(c, k *attache.KBEvent) bool {
	r := rotationKey(k)
	if r == "" || rotationKey(c) != r {
		return false
	}
	switch {
	case c.Mission != "" && k.Mission != "":
		if fold.Key(c.Mission) != fold.Key(k.Mission) {
			return false
		}
	case !overlap(c.Countries, k.Countries) && !overlap(c.Participants, k.Participants):
		return false
	}
	return withinDays(c.Date, k.Date, rotationDays)
}

// contingentKey names the contingent a deployment moves by its mission
// and head count ("unifil#184"), or "" when the report gives either none.
func contingentKey(ev *attache.KBEvent) string {
	if ev.Type != attache.EventDeployment || ev.Mission == "" || ev.Personnel == 0 {
		return ""
	}
	return fold.Key(ev.Mission) + "#" + strconv.Itoa(ev.Personnel)
}

// sameContingent reports whether two deployment reports that name no
// numbered rotation tell one move of one contingent: the announcement,
// the departure and the arrival in the mission area ("will deploy 184
// deminers to UNIFIL on June 8", "184 Cambodian peacekeepers arrived in
// Naqoura on June 9"). They name the same mission and the same head
// count, or one of them tells its count as the contingent's first group
// and it is the smaller (partOfContingent); they share a country and are
// at most rotationDays apart, each dated to the day; a unit or rotation
// that both give must be the same. A country sends one contingent of one
// strength to a mission at a time; the next one leaves a year later.
func (b *Builder) sameContingent(c, k *attache.KBEvent) bool {
	if c.Type != attache.EventDeployment || k.Type != attache.EventDeployment {
		return false
	}
	if contingentKey(k) == "" || contingentKey(c) == "" || fold.Key(c.Mission) != fold.Key(k.Mission) {
		return false
	}
	if c.Personnel != k.Personnel && !b.partOfContingent(c, k) && !b.partOfContingent(k, c) {
		return false
	}
	if !overlap(c.Countries, k.Countries) && !b.hostTaken(c, k) && !b.hostTaken(k, c) {
		return false
	}
	if (c.Unit != "" && k.Unit != "" && fold.Key(c.Unit) != fold.Key(k.Unit)) || (c.Rotation != "" && k.Rotation != "" && c.Rotation != k.Rotation) {
		return false
	}
	// A report dated by its month or year says too little: the country
	// may have sent two contingents of one strength that year.
	if !isDay(firstDay(c.Date)) || !isDay(firstDay(k.Date)) {
		return false
	}
	return withinDays(c.Date, k.Date, rotationDays)
}

// voyageDays is how far apart a ship's departure for a mission and its
// arrival there may be dated: a voyage across oceans, with port calls on
// the way, takes weeks longer than a flight.
const voyageDays = 60

// sameVoyage reports whether two deployment reports tell one ship's move
// to a mission: its sailing from home ("the frigate Independência sailed
// from the naval base on Wednesday to join the UNIFIL Maritime Task
// Force") and its arrival weeks later ("the frigate Independência arrived
// at the Port of Beirut"). Both name the same ship first (shipName), the
// same mission and a country in common, are dated to the day at most
// voyageDays apart, and a head count, unit or rotation that both give is
// the same. The ship it relieves, sailing home that month, is another
// ship.
func (b *Builder) sameVoyage(c, k *attache.KBEvent) bool {
	if c.Type != attache.EventDeployment || k.Type != attache.EventDeployment || c.Mission == "" || fold.Key(c.Mission) != fold.Key(k.Mission) {
		return false
	}
	if !overlap(c.Countries, k.Countries) {
		return false
	}
	if ship := b.shipName(c); ship == "" || ship != b.shipName(k) {
		return false
	}
	if c.Personnel != 0 && k.Personnel != 0 && c.Personnel != k.Personnel ||
		c.Unit != "" && k.Unit != "" && fold.Key(c.Unit) != fold.Key(k.Unit) || c.Rotation != "" && k.Rotation != "" && c.Rotation != k.Rotation {
		return false
	}
	if !isDay(firstDay(c.Date)) || !isDay(firstDay(k.Date)) {
		return false
	}
	return withinDays(c.Date, k.Date, voyageDays)
}

// shipName returns the name of the first ship ev's earliest report names,
// folded: the capitalised word after a kind of ship or a ship's prefix
// (lexicon vessel: "the frigate Defensora", "HMS Kent"), or "".
func (b *Builder) shipName(ev *attache.KBEvent) string {
	if len(ev.Sources) == 0 {
		return ""
	}
	ws := strings.FieldsFunc(ev.Sources[0].Evidence, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	for i := 0; i+1 < len(ws); i++ {
		next := ws[i+1]
		if b.vessel[strings.ToLower(ws[i])] && !b.vessel[strings.ToLower(next)] && unicode.IsUpper([]rune(next)[0]) {
			return fold.Key(next)
		}
	}
	return ""
}

// hostTaken reports whether report r, written from the mission area,
// took the contingent for one of the host country's: its only country is
// that of its own place, and the other report is placed there too (the
// same city, or that country and a city in it). "A battalion of 850
// arrived in Malakal", filed by the mission, beside "850 peacekeepers
// left Kigali for Malakal".
func (b *Builder) hostTaken(r, other *attache.KBEvent) bool {
	if len(r.Countries) != 1 || r.Place == "" || other.Place == "" {
		return false
	}
	code, _ := b.placeOrCountry(r.Place, spaceless(r.Place))
	if code != r.Countries[0] {
		return false
	}
	return spaceless(r.Place) == spaceless(other.Place) || b.inCountry(r.Place, other.Place)
}

// partOfContingent reports whether part's head count is that of the first
// group of whole's contingent: smaller, and told after a word of the
// lexicon's firstgroup ("the first 300 troops of the battalion arrived",
// "an advance party of 40"). Contingents often fly out in two or three
// groups, and the agency at the mission reports the first to land.
func (b *Builder) partOfContingent(part, whole *attache.KBEvent) bool {
	if part.Personnel == 0 || part.Personnel >= whole.Personnel {
		return false
	}
	count := strconv.Itoa(part.Personnel)
	for _, s := range part.Sources {
		ws := strings.FieldsFunc(s.Evidence, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		for i, w := range ws {
			if w != count {
				continue
			}
			// "the first 300", "an advance party of 40", "the first batch of 120"
			for j := i - 1; j >= 0 && j >= i-4; j-- {
				if b.firstGroup[strings.ToLower(ws[j])] {
					return true
				}
			}
		}
	}
	return false
}

// withinDays reports whether the first days of dates a and b are at most
// n days apart; dates that are not days must be compatible.
func withinDays(a, b string, n int) bool {
	ta, errA := time.Parse(time.DateOnly, firstDay(a))
	tb, errB := time.Parse(time.DateOnly, firstDay(b))
	if errA != nil || errB != nil {
		return datesCompatible(a, b)
	}
	d := tb.Sub(ta).Hours() / 24
	return -float64(n) <= d && d <= float64(n)
}

// firstDay is the first day of date d (a day, or the start of a range).
func firstDay(d string) string {
	lo, _, _ := strings.Cut(d, "/")
	return lo
}

// recalledSigning reports whether c and k may be one signing though one
// of them names no person: a later report recalls it by its month and
// its countries ("under the memorandum the two countries signed in
// March"), the other tells the signing of that month with the signers.
// The recall, dated only by its month, is background, and the countries
// of one (two or more) are among the other's. Its place says nothing of
// the signing: it is the recalling report's own dateline or subject. Like
// any report of coarse date it joins the event only when that is the
// only one of its kind (firstMatch). A signing a report tells as its own
// news without a day ("A plan of military cooperation was signed", below
// the talks of the day before) is known only by its year: it is one
// signing of its news window (newsWindow), on the day the other report
// gives.
func (b *Builder) recalledSigning(c, k *attache.KBEvent) bool {
	if c.Type != attache.EventAgreement || k.Type != attache.EventAgreement {
		return false
	}
	if (b.persons(c.Participants) == 0) == (b.persons(k.Participants) == 0) {
		return false
	}
	recall, told := k, c
	if len(c.Date) < len(k.Date) {
		recall, told = c, k
	}
	day := firstDay(told.Date)
	if !isDay(day) {
		return false
	}
	switch from, to, news := window(recall, true); {
	case len(recall.Date) == len("2006-01") && allBackground(recall):
	case news && from <= day && day <= to:
	default:
		return false
	}
	if len(c.Countries) < 2 || len(k.Countries) < 2 {
		return false
	}
	return subset(c.Countries, k.Countries) || subset(k.Countries, c.Countries)
}

// recalledAtPlace reports whether c and k may be one event that a later
// report recalls by its month, its countries and its place alone ("the
// first iteration held at Basa Air Base in April"), naming no person or
// body, and the other tells on its day: the same type, the recall's
// countries (two or more) among the other's, and the same place, named
// by both (a venue by the same name, a city by the gazetteer). Like any
// report of coarse date it joins the event only when that is the only
// one it can be (firstMatch).
func (b *Builder) recalledAtPlace(c, k *attache.KBEvent) bool {
	recall, told := k, c
	if len(c.Date) < len(k.Date) {
		recall, told = c, k
	}
	if c.Type != k.Type || len(recall.Participants) > 0 || !allBackground(recall) ||
		len(recall.Date) != len("2006-01") || !isDay(firstDay(told.Date)) {
		return false
	}
	if len(recall.Countries) < 2 || !subset(recall.Countries, told.Countries) {
		return false
	}
	return b.namedSamePlace(recall.Place, told.Place)
}

// namedSamePlace reports whether two reports name one place: the same
// name, or two names the gazetteer reads as one city or site. A place
// missing from either, a country, or a venue the gazetteer lacks beside
// another name, says nothing.
func (b *Builder) namedSamePlace(x, y string) bool {
	if x == "" || y == "" {
		return false
	}
	return spaceless(x) == spaceless(y) || b.gazetteerPlace(x) && b.gazetteerPlace(y) && b.samePlace(x, y)
}

// gazetteerPlace reports whether the gazetteer knows x as a place that is
// no country.
func (b *Builder) gazetteerPlace(x string) bool {
	_, kind := b.placeOrCountry(x, spaceless(x))
	return kind != "" && kind != "country"
}

// allBackground reports whether every report of ev tells it in passing.
func allBackground(ev *attache.KBEvent) bool {
	for _, s := range ev.Sources {
		if s.Salience != "background" {
			return false
		}
	}
	return len(ev.Sources) > 0
}

// talkClass are the types of contacts between named parties: talks,
// calls, visits, sessions of a dialogue. Two countries hold one such
// contact of one kind a day where a ceremony or exercise may be held in
// several of their cities at once.
var talkClass = map[attache.EventType]bool{attache.EventMeeting: true, attache.EventVisit: true, attache.EventDialogue: true}

// countryPlacedTalks reports whether c and k, one naming persons and the
// other none ("the defence ministers of Malaysia and Indonesia held talks
// in Malaysia"), may be one contact of a talk class though one gives the
// city or venue and the other only the country that holds it: the same
// type and day, the countries of one among the other's, two or more
// (partiesAt). firstMatch joins
// such a report only to the one event of that day that fits.
func (b *Builder) countryPlacedTalks(c, k *attache.KBEvent) bool {
	if !talkClass[k.Type] || c.Type != k.Type || !isDay(k.Date) || c.Date != k.Date {
		return false
	}
	if (b.persons(c.Participants) == 0) == (b.persons(k.Participants) == 0) {
		return false
	}
	if !b.inCountry(c.Place, k.Place) {
		return false
	}
	cc, kc := b.partiesAt(c), b.partiesAt(k)
	if len(cc) < 2 || len(kc) < 2 {
		return false
	}
	return subset(cc, kc) || subset(kc, cc)
}

// partiesAt are the countries of ev with, for a report that names no
// person, the country it is placed in: "the defence ministers of
// Indonesia and Malaysia held talks in Malaysia", read with Indonesia
// alone as its party, is a contact of the two.
func (b *Builder) partiesAt(ev *attache.KBEvent) []string {
	out := append([]string(nil), ev.Countries...)
	if b.persons(ev.Participants) > 0 || ev.Place == "" {
		return out
	}
	if code, kind := b.placeOrCountry(ev.Place, spaceless(ev.Place)); kind == "country" {
		out = appendNew(out, code)
	}
	return out
}
