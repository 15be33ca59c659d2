package events

import (
	"slices"
	"strings"

	"attache"
)

// sendingSide keeps the participants of deployment c to the sending side
// (testdata/reports/README.md): the sending state, the units and bodies
// it sends and who sees them off. The mission the troops serve goes in
// c.ev.Mission, not among the actors, and an international body ("UN")
// sends no one. When the actors named serve one or more states, a state
// none of them serves is where the troops go or the article's own, not
// the sender; when none is left, the actors' state is ("The Royal Air
// Force has flown air policing missions from Romania since 2017": the
// United Kingdom, not Romania).
//
// It runs once the merges and the passes over the whole story are done,
// since those bring in the actors of other sentences.
func (doc *doc) sendingSide(c *cand) {
	if c.ev.Type != "deployment" || len(c.ev.Participants) == 0 {
		return
	}
	orgs := doc.orgsByName()
	states := map[string]bool{} // the states the named actors serve
	var kept []string
	for _, p := range c.ev.Participants {
		if e := orgs[p]; e != nil {
			if doc.missionLike(e) {
				continue
			}
			if e.Country != "" {
				states[e.Country] = true
			}
		}
		if e := doc.personNamed(p); e != nil && e.Country != "" {
			states[e.Country] = true
		}
		kept = append(kept, p)
	}
	if len(states) > 0 {
		out := []string{}
		for _, p := range kept {
			if !isCode(p) || states[p] {
				out = append(out, p)
			}
		}
		if countCodes(out) == 0 && len(states) == 1 {
			for code := range states {
				out = append([]string{code}, out...)
			}
		}
		kept = out
	}
	if u := doc.relativeUnit(c); u != nil {
		// the clause tells the move of the unit it hangs on, not of the
		// sentence's subject: other bodies are the other side
		out := []string{}
		for _, p := range kept {
			if isCode(p) || orgs[p] == nil {
				out = append(out, p)
			}
		}
		kept = appendUniq(out, u.Name)
	}
	if relieved := doc.reliefSides(c); len(relieved) > 0 {
		var out []string
		for _, p := range kept {
			if !relieved[p] {
				out = append(out, p)
			}
		}
		kept = out
	}
	if kept == nil {
		kept = []string{}
	}
	c.ev.Participants = kept
}

// maxRelative is how many words may lie between a relative word and the
// trigger of the clause it opens ("whose members are due to return").
const maxRelative = 6

// relativeUnit returns the organisation that deployment c's trigger is
// told of in a relative clause: the one named right before the "which",
// "who" or "whose" (args.tsv's relative) that opens the trigger's clause,
// a comma between them allowed ("... from the Mongolian Battalion 16,
// whose members are due to return home"), or nil. A mission named there
// sends no one and is no such unit.
func (doc *doc) relativeUnit(c *cand) *attache.Entity {
	if c.hit.r == nil {
		return nil
	}
	ws := doc.words[c.sent]
	k := -1
	for j := c.hit.a - 1; j >= 0 && j >= c.hit.a-maxRelative; j-- {
		if doc.d.places.relative.has(ws[j].low) {
			k = j
			break
		}
	}
	if k < 1 {
		return nil
	}
	end := k - 1
	if ws[end].low == "," && end > 0 {
		end--
	}
	for _, m := range doc.ments[c.sent] {
		if m.e.Type == attache.Organization && wordAt(ws, m.end-1) == end && !doc.missionLike(m.e) {
			return m.e
		}
	}
	return nil
}

// reliefSides returns the units that deployment c's sentence names, after
// its trigger, as the other side of a relief: "... and will be relieved
// by GHANBATT 93", "..., relieving the 16th battalion", "taking over from
// Rotation 4". They are another rotation, not the one sent. A unit named
// before the trigger ("relieving the 16th battalion, which has served in
// Unity State since ...") is the subject of that later clause and stays.
func (doc *doc) reliefSides(c *cand) map[string]bool {
	if c.hit.r == nil {
		return nil
	}
	ws := doc.words[c.sent]
	out := map[string]bool{}
	for _, m := range doc.ments[c.sent] {
		if m.e.Type == attache.Organization && doc.reliefSide(c, ws, m) {
			out[m.e.Name] = true
		}
	}
	return out
}

// dropSources removes from each deployment and exercise the bodies and persons the
// article names only as the story's source ("the Joint Chiefs of Staff
// (JCS) said"): they report the move, they send no one. An armed force
// that reports its own exercise stays one of its parties.
func (doc *doc) dropSources(evs []*cand) {
	var only map[string]bool // read once, when a deployment needs it
	for _, c := range evs {
		if c.ev.Type != "deployment" && c.ev.Type != "exercise" || len(c.ev.Participants) == 0 {
			continue
		}
		if only == nil {
			only = doc.sourceOnly()
		}
		out := []string{}
		for _, p := range c.ev.Participants {
			// an armed force reporting its own drill ("..., the Malaysian
			// Army said") still takes part in it
			if isCode(p) || !only[p] || c.ev.Type == "exercise" && doc.isForce(p) {
				out = append(out, p)
			}
		}
		c.ev.Participants = out
	}
}

// reliefSide reports whether organisation mention m of deployment c's
// sentence ws is the other side of a relief told after c's trigger.
func (doc *doc) reliefSide(c *cand, ws []word, m ment) bool {
	k := wordAt(ws, m.start)
	if c.hit.r == nil || k < c.hit.b || k == c.hit.b && !doc.reliefTrigger(c, ws) {
		return false // before the trigger, or right after one that is no relief
	}
	return !doc.reliefAgent(c, ws, k) && doc.reliefBefore(ws, k)
}

// reliefTrigger reports whether deployment c's trigger ends with a relief
// word ("will relieve", "replaced"): the unit right after it is relieved.
func (doc *doc) reliefTrigger(c *cand, ws []word) bool {
	b := c.hit.b
	return b >= 1 && b <= len(ws) && doc.d.places.relief.has(ws[b-1].low)
}

// reliefAgent reports whether word k is the agent of a relief that is
// deployment c's own trigger: "was relieved by GHANBATT 99" tells
// GHANBATT 99 moving in, the unit the deployment sends.
func (doc *doc) reliefAgent(c *cand, ws []word, k int) bool {
	b := c.hit.b
	if b >= len(ws) || ws[b].low != "by" || !doc.reliefTrigger(c, ws) {
		return false
	}
	return k == b+1 || k == b+2 && ws[b+1].low == "the"
}

// sourceOnly returns the names the article gives only to who reports
// what others did: each mention has a verb of the source list after it
// (an acronym in brackets skipped: "the Joint Chiefs of Staff (JCS)
// said", "the JCS said") or "according to" before it. One pass over the
// mentions.
func (doc *doc) sourceOnly() map[string]bool {
	only := map[string]bool{}
	for s, ms := range doc.ments {
		for _, m := range ms {
			if bracketed(doc.words[s], m) {
				continue // "(JCS)" stands with the name before it
			}
			src, seen := only[m.e.Name]
			only[m.e.Name] = (src || !seen) && doc.isSource(doc.words[s], m)
		}
	}
	return only
}

// bracketed reports whether mention m of sentence ws stands alone in
// brackets: an acronym after the full name.
func bracketed(ws []word, m ment) bool {
	k, e := wordAt(ws, m.start), wordAt(ws, m.end-1)+1
	return k > 0 && e < len(ws) && ws[k-1].low == "(" && ws[e].low == ")"
}

// isSource reports whether mention m of sentence ws names who reports the
// story (see sourceOnly).
func (doc *doc) isSource(ws []word, m ment) bool {
	k := wordAt(ws, m.start)
	j := k - 1
	if j >= 0 && ws[j].low == "the" {
		j--
	}
	if j > 0 && ws[j].low == "to" && ws[j-1].low == "according" {
		return true
	}
	e := wordAt(ws, m.end-1) + 1
	if e+2 < len(ws) && ws[e].low == "(" && ws[e+2].low == ")" {
		e += 3
	} else if e < len(ws) && ws[e].low == ")" && k > 0 && ws[k-1].low == "(" {
		e++ // the short form itself: "the Joint Chiefs of Staff (JCS) said"
	}
	if e < len(ws) && (ws[e].low == "'s" || ws[e].low == "’s") {
		// "the Eastern Military District's press service reported"
		for n := e + 1; n < len(ws) && n <= e+3; n++ {
			if doc.d.places.source.has(ws[n].low) {
				return true
			}
		}
	}
	return e < len(ws) && doc.d.places.source.has(ws[e].low)
}

// reportingPerson reports whether person mention m only tells of what
// the sentence reports: a verb of saying ends the sentence after the name
// ("..., the head of public information, Brigadier General X, said", "...,
// press secretary X said in a statement"). "X said that ..." and "X noted
// the closeness of ..." are X's own words at the event.
func (doc *doc) reportingPerson(ws []word, m ment) bool {
	e := wordAt(ws, m.end-1) + 1
	if e < len(ws) && ws[e].low == "," {
		e++
	}
	if e >= len(ws) || !doc.d.places.source.has(ws[e].low) {
		return false
	}
	if e+1 >= len(ws) {
		return true
	}
	switch ws[e+1].low {
	case ".", "in", "on", ",":
		return true
	}
	return false
}

// reliefBefore reports whether a word of the relief list, with "by",
// "from" or "to" after it as the phrase needs, comes right before word k
// ("the" and an ordinal skipped): "relieving the 16th", "relieved by",
// "taking over from", "handing over to".
func (doc *doc) reliefBefore(ws []word, k int) bool {
	j := k - 1
	if j >= 0 && ws[j].low == "the" {
		j--
	}
	if j < 0 {
		return false
	}
	switch ws[j].low {
	case "by":
		return j > 0 && doc.d.places.relief.has(ws[j-1].low)
	case "from", "to":
		return j > 0 && ws[j-1].low == "over"
	}
	return doc.d.places.relief.has(ws[j].low)
}

// missionLike reports whether organisation e is a mission, an
// international body or a news body rather than a sender: one the
// knowledge base knows as such, one whose name opens with an entry of the
// unbody list of data/args.tsv ("UN Emergency Force"), or one whose name
// has a word of its mission or newsbody lists ("ECOWAS Mission in The Gambia", "Kenya
// News Agency").
func (doc *doc) missionLike(e *attache.Entity) bool {
	if in := doc.d.orgInfo(e); in.isMission || in.intl {
		return true
	}
	low := strings.ToLower(e.Name)
	if doc.d.places.unBody.opens(low) {
		return true
	}
	for _, w := range strings.Fields(low) {
		if doc.d.places.mission.has(w) || doc.d.places.newsBody.has(w) {
			return true
		}
	}
	return false
}

// countCodes returns how many of ps are country codes.
func countCodes(ps []string) int {
	n := 0
	for _, p := range ps {
		if isCode(p) {
			n++
		}
	}
	return n
}

// personNamed returns the person of the article named name, or nil.
func (doc *doc) personNamed(name string) *attache.Entity {
	if is := doc.personsByName()[name]; len(is) > 0 {
		return &doc.x.Entities[is[0]]
	}
	return nil
}

// personsByName returns the indexes in the extraction's entities of the
// persons of each name, in order: made once, as events of every sentence
// look their persons up.
func (doc *doc) personsByName() map[string][]int {
	if doc.persIdx == nil {
		doc.persIdx = map[string][]int{}
		for i := range doc.x.Entities {
			if e := &doc.x.Entities[i]; e.Type == attache.Person {
				doc.persIdx[e.Name] = append(doc.persIdx[e.Name], i)
			}
		}
	}
	return doc.persIdx
}

// personEntities returns the indexes of the person entities named in
// names, in the extraction's order, each once.
func (doc *doc) personEntities(names []string) []int {
	var out []int
	for _, n := range names {
		out = append(out, doc.personsByName()[n]...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// sendOffOfficials gives each deployment dated to the day the person who
// presides over its send-off held that same day: the first person of a
// ceremony whose sentence sees troops off ("departed after a send-off
// ceremony presided over by General X", "were seen off by X"). Told as
// one occasion, the departure and its send-off share that official
// (testdata/reports/README.md); a ceremony of another day sees off
// another group.
func (doc *doc) sendOffOfficials(evs []*cand) {
	for _, c := range evs {
		if c.ev.Type != "deployment" || c.bg || c.past || len(c.ev.Date) != len("2006-01-02") || c.ev.Salience == "background" {
			continue
		}
		for _, e := range evs {
			if e.ev.Type != "ceremony" || e.ev.Date != c.ev.Date || e.ev.Salience == "background" || !doc.seesOff(e.sent) {
				continue
			}
			if p := doc.firstPerson(e.ev.Participants); p != nil && (p.Country == "" || contains(c.ev.Participants, p.Country)) {
				c.ev.Participants = appendUniq(c.ev.Participants, p.Name)
			}
			break
		}
	}
}

// seesOff reports whether sentence s has a word of the sendoff list.
func (doc *doc) seesOff(s int) bool {
	for _, w := range doc.words[s] {
		if doc.d.places.sendOff.has(w.low) {
			return true
		}
	}
	return false
}

// firstPerson returns the first of ps that names a person, or nil.
func (doc *doc) firstPerson(ps []string) *attache.Entity {
	for _, p := range ps {
		if e := doc.personNamed(p); e != nil {
			return e
		}
	}
	return nil
}
