package extract

import (
	"strings"

	"attache"
	"attache/extract/text"
)

// orgPatterns finds organisations that the knowledge base does not know:
// a capitalised phrase around a head word ("Vietnam Peacekeeping Centre",
// "Ministry of National Defence", "Sapper Unit No. 1"), with acronyms in
// parentheses as aliases and elliptical lists distributed ("the Vietnam
// People's Navy, Coast Guard, and Air Force").
func (d *doc) orgPatterns() {
	for i := d.headline; i < len(d.toks); i++ {
		if d.orgHeadAt(i) {
			i = d.orgName(i)
		}
	}
}

// orgHeadAt reports a free capitalised head word at token i, or a
// numbered area's: "Military Zone 5".
func (d *doc) orgHeadAt(i int) bool {
	t := &d.toks[i]
	if d.lab[i] != nil || !t.Cap || d.known[i].kind != 0 || d.inCompound(i) {
		return false
	}
	return d.textIs(i, cOrghead) || d.numberedHead(i)
}

// inCompound reports a word joined by a hyphen to a lower-case word, part
// of a compound adjective rather than a name: "Navy" in "Navy-to-Navy
// Staff Talks", "Army-to-Army".
func (d *doc) inCompound(i int) bool {
	n := len(d.toks)
	t := &d.toks[i]
	if i+2 < n && d.toks[i+1].Fold == "-" && d.toks[i+1].Start == t.End && d.toks[i+2].Start == d.toks[i+1].End && d.toks[i+2].Kind == text.Word && !d.toks[i+2].Cap {
		return true
	}
	return i >= 2 && d.toks[i-1].Fold == "-" && d.toks[i-1].End == t.Start && d.toks[i-2].End == d.toks[i-1].Start && d.toks[i-2].Kind == text.Word && !d.toks[i-2].Cap
}

// orgName builds the name around the head word at token i and returns the
// index of its last token, where the scan goes on.
func (d *doc) orgName(i int) int {
	t := &d.toks[i]
	h2 := d.headsEnd(i)
	if d.headOpensPost(i, h2) {
		return h2 - 1 // "UNMISS Force Commander": a post of the mission, no force
	}
	if d.modifierOfLater(i, h2) {
		return h2 - 1 // "TNI Command and Staff College": the later head's name
	}
	s := d.skipPossessive(d.orgLeft(i), i)
	for s < i && d.toks[s].Cap && d.x.is(cPostlink, d.toks[s].Text) {
		s++ // "Flag Officer Commanding Western Fleet" names the fleet
	}
	for s < i && d.x.is(cUnithead, t.Text) && d.known[s].kind == kOrg && d.x.kb.Orgs[d.known[s].index].Kind == "mission" && d.toks[s].Upper {
		s++ // a mission's area: "UNIFIL Sector East" is Sector East of UNIFIL
	}
	e := d.orgRight(h2)
	if e == h2 && d.bodyGeneral(h2-1) {
		e = d.generalField(e)
	}
	if list := d.numberList(e); len(list) > 0 && e > s {
		d.unitList(s, e, h2, list)
		return list[len(list)-1]
	}
	e = d.unitNameEnd(s, h2, e)
	if d.namesPlace(e, t.Sent) {
		return e - 1 // "the Armed Forces Memorial": placePatterns names the site
	}
	// "TNI Command and Staff College": the acronym of the body it belongs
	// to opens the name, and still names that body
	if !d.free(d.leadingAcronym(s, i), d.slashMissionStart(e)) {
		if e == h2 || !d.free(s, h2) {
			return i
		}
		// "Standing Committee of the National People's Congress": the
		// head part alone, which nestOrgs joins to the known body; its
		// own "of" part first if it has one ("Department of Foreign
		// Affairs of the Ministry of ...")
		e = d.freeOfPart(s, h2, e)
	}
	if e-s == 1 {
		// a bare head ("the Ministry") refers back to an organisation
		// named in full before
		if c := d.orgByHead(t.Fold, i); c != nil {
			d.add(c, s, e)
		}
		return h2 - 1
	}
	return d.orgBody(i, s, h2, e)
}

// orgBody records the organisation named over tokens [s, e) with head
// words ending at h2 unless the phrase is part of a post or a title,
// names a venue or a state's post alone, and returns the index of the
// name's last token, where the scan goes on.
func (d *doc) orgBody(i, s, h2, e int) int {
	if d.isTitlePart(e) || d.isDocPart(e) || d.textIs(e-1, cEventword) || d.eventAfter(e) {
		return e - 1
	}
	s = d.bodyOfPost(s, h2, e)
	if s == e {
		return e - 1
	}
	if d.x.countryName(d.span(s, e)) != "" {
		return e - 1 // a post of a state, no body: "Chief of Naval Staff of Pakistan"
	}
	if d.notOneBody(s, e) {
		return e - 1
	}
	if e == h2 && (d.textIs(h2-1, cFacility) && d.atSite(s) && (!d.textIs(h2-1, cBodysite) || d.buildingAfter(e)) || d.isVenue(s, h2)) {
		d.sitePlace(s, e)
		return e - 1
	}
	if v := d.eventVenue(s, h2); v >= 0 {
		d.take(v, s)
		d.sitePlace(v, e)
		return e - 1
	}
	if isOrdinal(&d.toks[s]) && e < len(d.toks) && !d.toks[e].Cap && d.textIs(e, cSession) && d.textIs(h2-1, cSession) {
		s++ // the ordinal counts the body's meetings: "the 17th India-Myanmar Regional Border Committee meeting"
	}
	if d.textIs(h2-1, cEdition) {
		if d.eventIn(s, h2) {
			return e - 1 // a show with its conference: "Defence Exhibition and Conference"
		}
		if s > 0 && (d.toks[s-1].Kind == text.Number || d.toks[s-1].Fold == "+") {
			return e - 1 // a name this reads only in part: "India-Japan 2+2 Ministerial Dialogue"
		}
		if isOrdinal(&d.toks[s]) && h2-s > 2 {
			s++ // the ordinal counts the editions: "the 4th Central Asian Defence Forum"
		}
	}
	s, first := d.pairStart(s)
	if d.toks[s].Kind == text.Punct {
		return e - 1 // no name opens with a hyphen or a possessive's mark
	}
	c := d.newOrg(i, s, h2, e)
	if first != nil {
		d.pairAcronyms(first, c, e)
	}
	return e - 1
}

// headOpensPost reports a head word at i that opens a post going on past
// the head words ending at h2: "Force" of "MINUSCA Force Commander",
// "Sector" of "Sector Commander". The post is the mission's or the
// army's; its head word names no body of its own.
func (d *doc) headOpensPost(i, h2 int) bool {
	return d.post[i] && (i == 0 || !d.post[i-1]) && h2 < len(d.toks) && d.post[h2] && d.toks[h2].Sent == d.toks[i].Sent
}

// headsEnd returns the end of the run of capitalised head words that
// starts at the head word i: "Command" of "Naval Region Command".
func (d *doc) headsEnd(i int) int {
	h2 := i + 1
	for h2 < len(d.toks) && d.lab[h2] == nil && d.toks[h2].Cap && d.toks[h2].Sent == d.toks[i].Sent && (d.textIs(h2, cOrghead) || d.numberedHead(h2) || d.bodyGeneral(h2)) {
		h2++
	}
	return h2
}

// unitNameEnd returns the end of a unit's name [s, e) with head words
// ending at h2, past the number, area or ordinal unit words that close
// it ("Sapper Unit No. 1", "Military Zone 5").
func (d *doc) unitNameEnd(s, h2, e int) int {
	sent := d.toks[h2-1].Sent
	if r := d.rotationAfter(e, sent); r > e {
		return r
	}
	e = d.numberedEnd(e, sent)
	if e == h2 {
		e = d.areaAfter(e, sent)
	}
	if e == h2 && isOrdinal(&d.toks[s]) {
		e = d.unitEnd(e, sent)
	}
	if e == h2 {
		e = d.quotedPart(e)
	}
	if of := d.serviceOf(s, h2, e); of > 0 {
		// a numbered unit of a service: the unit ends before "of", the
		// scan goes on to name the service ("1st Army Brigade of the
		// Serbian Army")
		e = of
	}
	return e
}

// eventIn reports an event word ("Exhibition", "Expo") among tokens [s, e).
func (d *doc) eventIn(s, e int) bool {
	for i := s; i < e; i++ {
		if d.toks[i].Cap && d.textIs(i, cEventword) {
			return true
		}
	}
	return false
}

// namesPlace reports a place word at token e that makes the body's name
// before it the name of a site: "Armed Forces Memorial", "Navy Museum".
func (d *doc) namesPlace(e, sent int) bool {
	if e >= len(d.toks) || d.lab[e] != nil {
		return false
	}
	t := &d.toks[e]
	if !t.Cap || t.Sent != sent || !d.x.is(cPlacehead, t.Text) || d.x.is(cOrghead|cUnithead, t.Text) {
		return false
	}
	return e+1 >= len(d.toks) || !d.toks[e+1].Cap || !d.textIs(e+1, cOrghead)
}

// eventAfter reports an event word right after a name ending at e: the
// name is the event's, "International Fleet Review".
func (d *doc) eventAfter(e int) bool {
	return e < len(d.toks) && d.toks[e].Cap && d.toks[e].Sent == d.toks[e-1].Sent && d.textIs(e, cEventword)
}

// freeOfPart returns the end of the longest name from s, up to e, that
// is free and ends in a field or head word after "of": "Department of
// Foreign Affairs" before "of the Ministry of National Defence"; h2 when
// there is none.
func (d *doc) freeOfPart(s, h2, e int) int {
	for k := e - 1; k > h2; k-- {
		// the part ends in a field or head word, or right before the
		// next "of": "Directorate of Defence Strategy of the Ministry"
		closes := d.x.is(cDomain|cOrghead, d.toks[k].Text) || k+1 < len(d.toks) && d.toks[k+1].Fold == "of" && d.toks[k].Kind == text.Word
		if d.free(s, k+1) && d.toks[k].Cap && closes && d.orgRight(h2) >= k+1 {
			return k + 1
		}
	}
	return h2
}

// bodyOfPost moves the start s of a name past a post it opens with: the
// head belongs to a post, so "Chief of Staff of the Egyptian Armed
// Forces" names the armed forces, not a staff. A field after "for" is
// the post's too: "Assistant Chief of Staff for Operations" names no
// body, and e is returned.
func (d *doc) bodyOfPost(s, h2, e int) int {
	if s > 0 && d.post[s] && d.post[s-1] && !d.textIs(s-1, cPosthead) {
		if k := d.afterOf(h2, e); k > 0 {
			return k
		}
		if h2 < e && d.toks[h2].Fold == "for" {
			return e
		}
	}
	return s
}

// notOneBody reports a phrase over tokens [s, e) that names no single
// organisation: part of a post ("Air Staff" in "Chief of the Air Staff"),
// a generic body before a post, several states' bodies, or a kind of unit
// ("a Formed Police Unit").
func (d *doc) notOneBody(s, e int) bool {
	if d.inPost(s, e) || d.genericBeforePost(s, e) || d.pluralBodies(s, e) {
		return true
	}
	if s == 0 || d.toks[s-1].Fold != "a" && d.toks[s-1].Fold != "an" || d.toks[s-1].Cap {
		return false
	}
	for i := s; i < e; i++ {
		if k := d.known[i].kind; k == kCountry || k == kDemonym {
			return false // one state's body before a noun: "a Royal New Zealand Navy frigate"
		}
	}
	return true
}

// isVenue reports a name over tokens [s, h2) that ends in a venue's
// words: a venue word before a centre or hall ("Convention Centre",
// "Exhibition Center"). A venue is a place, not a body.
func (d *doc) isVenue(s, h2 int) bool {
	return h2-s >= 2 && d.textIs(h2-1, cOrgprefix) && d.textIs(h2-2, cVenueword)
}

// buildingAfter reports a building's name in parentheses at token e:
// "Air Headquarters (Vayu Bhawan)" names the building, where a bare
// "Naval Headquarters" names the body.
func (d *doc) buildingAfter(e int) bool {
	if e+2 >= len(d.toks) || d.toks[e].Fold != "(" || !d.toks[e+1].Cap || d.toks[e+1].Upper {
		return false
	}
	for k := e + 1; k < len(d.toks) && k-e <= 4; k++ {
		if d.toks[k].Fold == ")" {
			return true
		}
		if !d.toks[k].Cap || d.toks[k].Kind != text.Word {
			return false
		}
	}
	return false
}

// sitePlace records a site used as a place: "at the Hong Ha Shipyard".
func (d *doc) sitePlace(s, e int) {
	c := d.get(attache.Location, unitKey(d.toks[s:e]), d.span(s, e))
	c.country = d.placeCountry(s, e, -1)
	d.add(c, s, e)
	d.siteAlias(c, e)
}

// newOrg records the organisation over tokens [s, e) with head words
// [i, h2), its acronym, the list it opens and the body it is a unit of,
// and returns it.
func (d *doc) newOrg(i, s, h2, e int) *cand {
	country := ""
	if b := d.ownerBefore(s, h2); b != nil {
		// an institution named after the body it belongs to: "the
		// Malaysian Armed Forces Defence College" is one name
		for s > 0 && d.lab[s-1] == b {
			s--
		}
		country = b.country
		d.take(s, e)
	}
	c := d.get(attache.Organization, unitKey(d.toks[s:e]), d.span(s, e))
	if c.country == "" {
		c.country = country
	}
	if c.country == "" {
		// the mission a rotation serves ("/UNIFIL") is not its state
		c.country = d.orgCountry(s, d.slashMissionStart(e))
	}
	d.add(c, s, e)
	d.acronymAfter(c, e)
	d.ellipsis(c, s, max(i, s), e)
	if k := d.afterOf(h2, e); k > 0 && isOrdinal(&d.toks[s]) && e-k >= 2 {
		// a numbered unit of a body names the body too: "the 25th
		// Battalion of the Royal Malay Regiment"
		b := d.get(attache.Organization, unitKey(d.toks[k:e]), d.span(k, e))
		if b.country == "" {
			b.country = c.country
		}
		b.mentions = append(b.mentions, d.mention(k, e))
		b.addForm(d.span(k, e))
		b.credit = false
	}
	return c
}

// pluralBodies reports a name of several states' bodies of one kind,
// which is no one organisation: "the Defense Ministries of Armenia and
// Russia", "the defence ministries".
func (d *doc) pluralBodies(s, e int) bool {
	for i := s; i < e; i++ {
		if f := d.toks[i].Fold; f == "ministries" || f == "departments" {
			return true
		}
	}
	return false
}

// genericBeforePost reports a body named by common words alone that
// qualifies the post after it: "Air Force" in "Air Force Chief of Staff
// Marshal X" names no particular air force.
func (d *doc) genericBeforePost(s, e int) bool {
	if e >= len(d.toks) || !d.textIs(e, cPosthead) {
		return false
	}
	if s >= 2 && d.toks[s-1].Fold == "the" && d.toks[s-2].Fold == "of" {
		return false // the body of a post before the next post: "Chairman of the State Administration Council Commander-in-Chief ..."
	}
	for i := s; i < e; i++ {
		if d.toks[i].Kind != text.Word || !d.x.is(cOrghead|cDomain|cTitleword, d.toks[i].Text) {
			return false
		}
	}
	return true
}

// numberedHead reports a word that heads a name only before a number:
// "Zone" of "Military Zone 5".
func (d *doc) numberedHead(i int) bool {
	if !d.textIs(i, cUnithead) {
		return false
	}
	if i+1 < len(d.toks) && (d.toks[i+1].Kind == text.Number || d.compassAfter(i+1)) {
		return true // "Military Zone 5", "Sector East"
	}
	// the number before: "2nd Military Region", "3rd Naval Zone"; or a
	// point of the compass: "Eastern Naval Area"
	for k := i - 1; k >= 0 && i-k <= 3; k-- {
		p := &d.toks[k]
		if d.numberedStart(k) || p.Cap && k < i-1 && d.lab[k] == nil && d.textIs(k, cCompass) {
			return k < i-1 && d.toks[i].Cap
		}
		if !p.Cap || p.Kind != text.Word || d.lab[k] != nil || d.known[k].kind != 0 || !d.x.is(cTitleword|cDomain, p.Text) {
			return false
		}
	}
	return false
}

// serviceOf returns the token "of" in a numbered unit's name [s, e) with
// head words ending at h2 when what follows it is a state's armed service
// ("3rd Naval Zone of the Chilean Navy"), or 0. A regiment's numbered
// battalion keeps its regiment: "25th Battalion of the Royal Malay
// Regiment".
func (d *doc) serviceOf(s, h2, e int) int {
	if !d.unitOfService(s, e) {
		return 0
	}
	for k := h2; k < e; k++ {
		if d.toks[k].Fold == "of" && !d.toks[k].Cap {
			return k
		}
	}
	return 0
}

// unitOfService reports a name [s, e) that opens with an ordinal and ends
// in an armed service: "1st Army Brigade of the Serbian Army", "the 43
// Infantry Battalion of the Rwanda Defence Force".
func (d *doc) unitOfService(s, e int) bool {
	return (d.numberedStart(s) || d.toks[s].Kind == text.Number) && d.textIs(e-1, cService)
}

// numberedStart reports an ordinal opening a unit's name at token s, in
// digits or spelled: "1st", "Third".
func (d *doc) numberedStart(s int) bool {
	return isOrdinal(&d.toks[s]) || numberOrdinals[d.toks[s].Fold] && d.toks[s].Cap
}

// numberOrdinals are the ordinals spelled out that number a command's
// area: "Third Naval Zone".
var numberOrdinals = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true}

// ownerBefore returns the organisation named right before token s (a
// space between, no punctuation) when the name starting at s ends in an
// institution's head word (tokens up to h2): the body that institution
// belongs to.
func (d *doc) ownerBefore(s, h2 int) *cand {
	if s == 0 || !d.textIs(h2-1, cOrgprefix) && !d.fieldUnit(s, h2) {
		return nil
	}
	b, p := d.lab[s-1], &d.toks[s-1]
	if b == nil || b.typ != attache.Organization || p.Kind != text.Word || !p.Cap || p.Sent != d.toks[s].Sent || p.Upper {
		return nil
	}
	return b
}

// fieldUnit reports a name over tokens [s, h2) made of field words and a
// head word ("Health Services", "Operations Authority", "Medical Corps"):
// after a body's name it names a branch of that body.
func (d *doc) fieldUnit(s, h2 int) bool {
	if h2-s < 2 || !d.textIs(h2-1, cOrghead) {
		return false
	}
	for i := s; i < h2-1; i++ {
		if !d.textIs(i, cDomain) {
			return false
		}
	}
	return true
}

// orgLeft extends an organisation name left of its head over capitalised
// modifiers: "Vietnam People's" Army, "Level-2 Field" Hospital.
func (d *doc) orgLeft(h int) int {
	s := h
	joined := false // an "and" joins two modifiers of the head
	for s > 0 {
		p := &d.toks[s-1]
		if p.Sent != d.toks[h].Sent || d.lab[s-1] != nil && !(p.Upper || p.Fold == "+") || p.LineStart && s-1 < d.headline {
			break
		}
		attached := p.End == d.toks[s].Start
		switch {
		case p.Kind == text.Word && p.Fold == "s" && s >= 3 && d.toks[s-2].Fold == "'" && d.toks[s-2].End == p.Start:
			// People's: stop at a country's, place's or body's possessive
			// ("Russia's Ministry", "the Indian Army's Southern Command")
			if k := d.known[s-3].kind; k == kCountry || k == kPlace || k == kOrg || d.lab[s-3] != nil || !d.toks[s-3].Cap || d.textIs(s-3, cOrghead) {
				return s // "Russia's Ministry", "the country's Party"
			}
			if d.x.is(cPosthead|cHonorific, d.toks[s-3].Text) {
				// a ruler's forces, a post's office: "the Sultan's Armed
				// Forces", "the Prime Minister's Office"
				k := s - 3
				for k > 0 && d.toks[k-1].Cap && d.toks[k-1].Sent == d.toks[h].Sent && d.textIs(k-1, cTitleword) {
					k--
				}
				return k
			}
			s -= 2
			continue
		case p.Kind == text.Word && p.Cap:
			if d.rankQualifies(s, h) {
				// a rank word qualifying the head, not a person's rank:
				// "General Command of the Armed Forces", "General Staff
				// College"
				s--
				continue
			}
			if d.namedAfter(s, h) {
				return s - 1 // named after a ruler or an officer: "King Abdulaziz Military Academy", "Admiral Makarov State University"
			}
			if d.x.is(cFunction, p.Text) || d.x.is(cPosthead, p.Text) || d.known[s-1].kind == kRank {
				return s
			}
			if d.x.is(cAgency, p.Text) && (d.lab[s-1] == nil || d.lab[s-1].typ != attache.Organization || d.lab[s-1].credit) {
				return s // a news agency, unless it stands for a body: "AFP Command"
			}
			if p.SentStart && !p.Upper && d.known[s-1].kind == 0 && strings.HasSuffix(p.Fold, "ing") {
				return s // "Congratulating Army ..."
			}
			if numberWords[p.Fold] > 0 {
				return s // a count: "Two German Navy ships"
			}
		case isOrdinal(p):
			return s - 1 // a numbered unit opens with its ordinal: "7th Infantry Division"
		case d.formationNumber(s-1, h):
			return s - 1 // or with a bare number: "the 3 Division", "43 Infantry Battalion"
		case p.Kind == text.Number && s >= 1 && (s >= 2 && d.toks[s-2].Fold == "-" || attached):
		case p.Kind == text.Number && s >= 2 && d.toks[s-2].Cap && d.toks[s-2].Kind == text.Word && len(p.Text) <= 2:
		case p.Fold == "-" && attached && s >= 2 && d.toks[s-2].End == p.Start:
		case (p.Fold == "+" || p.Fold == "'") && s >= 2 && d.toks[s-2].End == p.Start && d.toks[s-2].Cap:
			// "ADMM+ Experts' Working Groups"
		case d.lab[s-1] != nil && p.Upper && d.lab[s-1].typ == attache.Organization:
			// an acronym naming the body this one belongs to
		case (p.Fold == "and" || p.Fold == "&" || p.Fold == "," && joined) && d.joinsModifiers(s, h):
			// fields of one body: "Trade and Exhibition Centre", "Naval
			// Education, Training and Doctrine Command"
			joined = true
		default:
			return s
		}
		s--
	}
	return s
}

// leadingAcronym returns the end of the acronyms of organisations that
// open a name at s before its head at i, or s.
func (d *doc) leadingAcronym(s, i int) int {
	k := s
	for k < i && d.lab[k] != nil && d.lab[k].typ == attache.Organization && d.toks[k].Upper {
		k++
	}
	return k
}

// modifierOfLater reports head words [i, h2) followed by "and" and a
// later head whose name, read leftwards, joins them as modifiers:
// "Command" in "TNI Command and Staff College".
func (d *doc) modifierOfLater(i, h2 int) bool {
	if h2+1 >= len(d.toks) || d.toks[h2].Fold != "and" && d.toks[h2].Fold != "&" {
		return false
	}
	for j := h2 + 1; j < len(d.toks) && j <= h2+4 && d.toks[j].Cap && d.lab[j] == nil; j++ {
		if d.textIs(j, cOrghead) {
			return d.orgLeft(j) <= i
		}
	}
	return false
}

// rankQualifies reports a one-word rank at token s-1 before the head h
// that qualifies it: "General" as an adjective ("General Headquarters",
// "General Border Committee"), a head that opens "of ..." ("General
// Command of the Armed Forces") or a second head after it ("General Staff
// College"). Before a person's name no head word follows a rank.
func (d *doc) rankQualifies(s, h int) bool {
	if d.known[s-1].kind != kRank || !d.kstart[s-1] || s >= 2 && d.known[s-2].kind == kRank {
		return false
	}
	if d.toks[s-1].Fold == "general" && (s == len(d.toks) || d.toks[s].Fold != ".") {
		// the adjective: "General Headquarters", "General Border
		// Committee"; a person's name never runs into a head word
		k := s
		for k < h && k-s < 2 && d.toks[k].Cap && d.toks[k].Kind == text.Word && d.known[k].kind == 0 {
			k++
		}
		if k == h {
			return true
		}
	}
	if s != h || h+1 >= len(d.toks) {
		return false
	}
	next := &d.toks[h+1]
	if d.textIs(h, cOrgprefix) && next.Fold == "of" {
		return true
	}
	return next.Cap && d.x.is(cOrghead, next.Text) && d.textIs(h, cOrghead) && next.Sent == d.toks[h].Sent
}

// joinsModifiers reports a conjunction at token s-1 that joins two
// modifiers of the one head at h rather than two bodies: the word before
// it names a field ("Peace and Security Centre", "Air and Space Force"),
// or heads a staff course's name ("Command and Staff College"). A body's
// head word before it ("Navy, Coast Guard and Air Force") or a name
// ("Prabowo and Defence Ministry") makes a list instead.
func (d *doc) joinsModifiers(s, h int) bool {
	if s < 2 || d.toks[s-1].Cap {
		return false
	}
	q := &d.toks[s-2]
	if q.Kind != text.Word || !q.Cap || q.Upper || q.Sent != d.toks[h].Sent || d.lab[s-2] != nil || d.known[s-2].kind != 0 {
		return false
	}
	if !d.toks[s].Cap || d.toks[s].Kind != text.Word || d.known[s].kind != 0 && d.known[s].kind != kRank {
		return false
	}
	if d.x.is(cOrghead, q.Text) {
		if d.textIs(h, cOrgprefix) && d.allDomain(s, h) {
			// a school named for what it teaches: "Higher Tank Command
			// and Engineering School"
			return true
		}
		// "Command and (General) Staff College": the right part is
		// itself a chain of heads
		heads := 0
		for k := s; k <= h+1 && k < len(d.toks); k++ {
			if d.textIs(k, cOrghead) {
				heads++
			}
		}
		return heads >= 2 && h+1 < len(d.toks) && d.textIs(h+1, cOrghead)
	}
	// a service word before another field: "Air and Space Force"
	return d.x.is(cDomain, q.Text) || d.x.is(cTitleword, q.Text) && !d.x.is(cTitleword|cPosthead, d.toks[s].Text)
}

// afterOf returns the token after "of (the)" between h and e, where the
// body a post belongs to is named, or 0.
func (d *doc) afterOf(h, e int) int {
	for k := h; k+1 < e; k++ {
		if d.toks[k].Fold == "of" && !d.toks[k].Cap {
			k++
			if d.toks[k].Fold == "the" && k+1 < e {
				k++
			}
			return k
		}
	}
	return 0
}

// skipPossessive moves a name's start s past a possessive "'s" it would
// otherwise open with.
func (d *doc) skipPossessive(s, h int) int {
	for s < h && (d.toks[s].Fold == "'" || d.toks[s].Fold == "s" && s > 0 && d.toks[s-1].Fold == "'") {
		s++
	}
	return s
}

// orgRight extends a name right of its head over "of/for (the) X" where X
// ends in a domain word, a head word or a known name: "Ministry of
// National Defence", "Security Council of the Russian Federation".
func (d *doc) orgRight(e int) int {
	// a seated body named by more than its head word: "UN Mission in
	// ...", "Embassy of Japan in ...", not a bare "Mission in ..."
	seated := e > 1 && d.textIs(e-1, cSeated) && (d.toks[e-2].Cap && d.toks[e-2].Kind == text.Word || e < len(d.toks) && d.toks[e].Fold == "of")
	for e < len(d.toks) {
		t := &d.toks[e]
		if t.Kind != text.Word || (t.Fold != "of" && t.Fold != "for" && t.Fold != "on") || t.Cap {
			if seated {
				return d.seatAfter(e)
			}
			return e
		}
		j := e + 1
		if j < len(d.toks) && d.toks[j].Fold == "the" && !d.toks[j].Cap {
			j++
		}
		if k := d.postAfter(e, j); k > j {
			e = k // "Office of the Commander-in-Chief"
			continue
		}
		last := -1 // end of the last token that may close the name
		k := j
		for k < len(d.toks) && d.toks[k].Sent == t.Sent {
			u := &d.toks[k]
			if u.Kind == text.Word && (u.Cap || u.Upper) {
				if k == j && (isMonth(u.Fold) || isDay(u.Fold)) {
					break // a date or a new clause: "Air Staff on September 30"
				}
				if d.pluralPost(u.Text) {
					// the officials a body gathers close its name:
					// "Council of Ministers", "Committee of Chiefs of Defence Staff"
					last = k + 1
					k++
					continue
				}
				if d.known[k].kind == kRank || d.x.is(cPosthead, u.Text) || d.x.is(cFunction, u.Text) {
					break
				}
				if d.x.is(cDomain, u.Text) || d.x.is(cOrghead, u.Text) || d.known[k].kind != 0 && (k+1 == len(d.toks) || d.known[k+1].kind == 0 || d.kstart[k+1]) {
					last = k + 1
				}
				k++
				continue
			}
			if (u.Fold == "'" || u.Fold == "-") && k+1 < len(d.toks) && d.toks[k+1].Start == u.End {
				k++
				continue
			}
			if u.Fold == "s" && k > 0 && d.toks[k-1].Fold == "'" {
				k++
				continue
			}
			if (u.Fold == "and" || u.Fold == ",") && k+1 < len(d.toks) && d.toks[k+1].Cap && (d.textIs(k+1, cDomain) || d.fieldPair(k+1)) {
				k++
				continue
			}
			break
		}
		if k > j && k-j <= 3 && last < k && (k == len(d.toks) || !d.toks[k].Cap) && !d.toks[k-1].Upper && !d.stateCloses(j, last) {
			// a short capitalised phrase is one name to its end, past
			// its domain word: "Council for Defence Enablement"; a
			// possessive at its end belongs to the words after it
			last = k
			if k-2 > j && d.toks[k-1].Fold == "s" && d.toks[k-2].Fold == "'" {
				last = k - 2
			}
		}
		if last < 0 {
			return e
		}
		e = last
	}
	return e
}

// stateCloses reports a state's name ending the "of" part [j, last) of
// a body's name: the capitalised words after it are a person's name, as
// in "State Secretary of the Security Council of Belarus Aleksandr
// Volfovich".
func (d *doc) stateCloses(j, last int) bool {
	return last > j && d.known[last-1].kind == kCountry
}

// fieldPair reports a qualifier and a field word at token k: "Foreign
// Relations" of "Committee on Defence, Intelligence and Foreign Relations",
// "Public Relations" of "Directorate of Moral Guidance and Public
// Relations". A post, a rank or a known name is no qualifier.
func (d *doc) fieldPair(k int) bool {
	if k+1 >= len(d.toks) || !d.toks[k+1].Cap || !d.textIs(k+1, cDomain) {
		return false
	}
	q := &d.toks[k]
	if d.x.is(cTitleword, q.Text) {
		return true
	}
	return q.Cap && q.Kind == text.Word && !q.Upper && d.known[k].kind == 0 && d.lab[k] == nil && !d.x.is(cFunction|cPosthead|cOrghead, q.Text)
}

// allDomain reports tokens [s, e), at least one, that are all capitalised
// field words: "Engineering" of "Command and Engineering School".
func (d *doc) allDomain(s, e int) bool {
	for k := s; k < e; k++ {
		if !d.toks[k].Cap || !d.textIs(k, cDomain) {
			return false
		}
	}
	return s < e
}

// pluralPost reports the plural of a post's head word: "Ministers",
// "Chiefs", "Commanders", the members a body gathers.
func (d *doc) pluralPost(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && d.x.is(cPosthead, w[:len(w)-1])
}

// seatAfter returns the end of "in (the) PLACE" or "to (the) BODY" at
// token e after the name of a body that serves in a place or at another
// body: "UN Mission in South Sudan", "ECOWAS Mission in The Gambia",
// "High Commission of India in Mauritius", "Permanent Mission of Vietnam
// to the United Nations"; e when there is none.
func (d *doc) seatAfter(e int) int {
	n := len(d.toks)
	t := &d.toks[e]
	if e+2 >= n || t.Cap || t.Fold != "in" && t.Fold != "to" {
		return e
	}
	j := e + 1
	if !d.kstart[j] && d.toks[j].Fold == "the" {
		j++ // "in the Central African Republic", "in The Gambia"
	}
	if !d.kstart[j] || d.toks[j].Sent != t.Sent {
		return e
	}
	switch k := d.known[j].kind; {
	case (k == kCountry || k == kPlace) && t.Fold == "in":
	case k == kOrg && t.Fold == "to" && d.x.kb.Orgs[d.known[j].index].Country == "":
		// accredited to an international body: "to the United Nations"
	default:
		return e
	}
	k := j + 1
	for k < n && !d.kstart[k] && d.known[k] == d.known[j] {
		k++
	}
	return k
}

// postAfter returns the end of the post named from token j when the name
// before "of (the)" at e ends in a body that serves a post ("Office of the
// Permanent Secretary"), or j.
func (d *doc) postAfter(e, j int) int {
	if e == 0 || !d.textIs(e-1, cPostbody) || j >= len(d.toks) || !d.post[j] || !d.toks[j].Cap {
		return j
	}
	k := j
	for k < len(d.toks) && d.post[k] && d.toks[k].Sent == d.toks[e].Sent {
		k++
	}
	if k+2 < len(d.toks) && d.toks[k].Fold == "(" && d.toks[k+1].Cap && d.textIs(k+1, cOrghead) && d.toks[k+2].Fold == ")" {
		k += 3 // the service the post heads: "Commander-in-Chief (Army)"
	}
	return k
}

// orgByHead returns the organisation named before token i whose name
// starts or ends with the head word.
func (d *doc) orgByHead(head string, i int) *cand {
	var found *cand
	for _, c := range d.cands {
		if c.typ != attache.Organization || len(c.mentions) == 0 || c.mentions[0].Start > d.toks[i].Start {
			continue
		}
		ws := d.nameTokens(c.name)
		if len(ws) > 1 && (ws[0].Fold == head || ws[len(ws)-1].Fold == head) {
			if found != nil && found != c {
				return nil // ambiguous
			}
			found = c
		}
	}
	return found
}

// orgCountry is the state an organisation over tokens [s, e) belongs to: a
// single country named inside it, none for binational or international
// bodies, else the article's own country.
func (d *doc) orgCountry(s, e int) string {
	codes := map[string]bool{}
	code := ""
	for i := s; i < e; i++ {
		if t := &d.toks[i]; (t.Fold == "in" || t.Fold == "to") && len(codes) == 1 {
			// the state a mission serves comes before its seat: "Embassy
			// of Japan in Vietnam"
			return code
		}
		switch k := d.known[i]; k.kind {
		case kCountry, kDemonym:
			code = d.x.kb.Countries[k.index].Code
			codes[code] = true
		case kOrg:
			if d.x.kb.Orgs[k.index].Country == "" {
				return ""
			}
		}
	}
	if len(codes) == 1 {
		return code
	}
	if len(codes) > 1 {
		return ""
	}
	// "the Department of Peace Operations at the UN headquarters"
	for j := e; j < e+4 && j < len(d.toks); j++ {
		if k := d.known[j]; k.kind == kOrg && d.x.kb.Orgs[k.index].Country == "" && j > e && (d.toks[e].Fold == "at" || d.toks[e].Fold == "of") {
			return ""
		}
	}
	return d.home
}

// ellipsis distributes the modifier of the organisation c over tokens
// [s, e) with head at h to the list that follows: "the Vietnam People's
// Navy, Coast Guard, and Air Force".
func (d *doc) ellipsis(c *cand, s, h, e int) {
	if h == s || d.textIs(e-1, cEdition) {
		return // a forum's name qualifies no list: "the Galle Dialogue and Navy's ..."
	}
	mod := d.span(s, h)
	country := ""
	if d.x.countryOf(d.toks[s].Fold) != "" {
		country = d.span(s, s+1)
	}
	j := e
	for j < len(d.toks) && d.toks[j].Sent == d.toks[s].Sent {
		if d.toks[j].Fold != "," && d.toks[j].Fold != "and" {
			return // a list needs its commas or "and"
		}
		if d.toks[j].Fold == "," {
			j++
		}
		last := false
		if j < len(d.toks) && d.toks[j].Fold == "and" {
			j++
			last = true
		}
		k := j
		for k < len(d.toks) && k-j < 3 && d.toks[k].Cap && d.toks[k].Kind == text.Word && d.lab[k] == nil && !d.textIs(k, cFunction) {
			if d.known[k].kind != 0 && d.known[k].kind != kRank {
				return // a name of its own: "the Royal Malaysian Navy and Royal Brunei Navy"
			}
			k++
		}
		if k == j || !d.textIs(k-1, cOrghead) || k < len(d.toks) && (d.toks[k].Cap || d.toks[k].Fold == "of" || d.toks[k].Kind == text.Number) {
			return // a numbered unit is named in full: "..., Task Force 76"
		}
		item := d.span(j, k)
		it := d.get(attache.Organization, unitKey(d.nameTokens(mod+" "+item)), mod+" "+item)
		if it.country == "" {
			it.country = c.country
		}
		d.add(it, j, k)
		if country != "" {
			it.addForm(country + " " + item)
		}
		j = k
		if last {
			return
		}
	}
}

// isDay reports a folded day word that starts a date, not a name.
func isDay(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow":
		return true
	}
	return false
}

// namedAfter reports a ruler's style or a rank word at token s-1 before
// the name of the person an institution is named after, which opens the
// institution's name: "King Abdulaziz Military Academy", "Admiral Makarov
// State University". A rank counts only before a school's head word h.
func (d *doc) namedAfter(s, h int) bool {
	p := &d.toks[s-1]
	if s >= h || !d.toks[s].Cap || d.x.is(cOrghead|cDomain, d.toks[s].Text) || d.known[s].kind != 0 {
		return false
	}
	if d.x.is(cStyle, p.Text) {
		return true
	}
	return d.known[s-1].kind == kRank && d.kstart[s-1] && d.textIs(h, cTrainingsite) && d.textIs(h, cOrgprefix)
}

// quotedPart returns the end of a name's part in quotation marks right
// after its head word at e, which names one command among several
// ("Regional Command \"South\"", "Operational Command \"West\""); e when
// there is none.
func (d *doc) quotedPart(e int) int {
	n := len(d.toks)
	if e+2 >= n || !isQuote(d.toks[e].Text) || d.toks[e].Sent != d.toks[e-1].Sent {
		return e
	}
	for k := e + 1; k < n && k-e <= 3; k++ {
		t := &d.toks[k]
		if isQuote(t.Text) {
			if k > e+1 {
				d.take(e+1, k) // the place a command is named after: "Astana"
				return k + 1
			}
			return e
		}
		if t.Kind != text.Word || !t.Cap || d.lab[k] != nil && d.lab[k].typ != attache.Location {
			return e
		}
	}
	return e
}

// isQuote reports a quotation mark, straight or curly.
func isQuote(s string) bool {
	return s == "\"" || s == "\u201c" || s == "\u201d" || s == "\u00ab" || s == "\u00bb"
}
