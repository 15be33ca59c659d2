package events

import (
	"strings"

	"attache"
)

// forumBackRefs folds into the story's conference each later conference
// that only names it again by its common noun: "Minister A will deliver
// the keynote address at the forum", "General B addressed the forum's
// plenary session the previous day", "The forum, organised by the
// ministry, opened at the Palace of the Republic on Tuesday". Agencies
// name a forum once and then say "the forum"; a speech at one of its
// sessions or the forum's own opening is no second conference. The
// conference folded into is the nearest earlier one whose trigger or body
// ends in the same noun ("forum", "conference", "summit"); a session
// ("the plenary session") retells the story's only conference. "The
// previous forum", "the next summit" are other editions and stay apart.
func (doc *doc) forumBackRefs(evs []*cand) []*cand {
	drop := map[*cand]bool{}
	// the conferences told so far and not folded into another: those a
	// later one may be folded into (a story that names its forum again in
	// every sentence keeps one, not one per sentence to read again)
	var told []*cand
	for _, c := range evs {
		if e := doc.forumFoldedInto(told, c); e != nil {
			if c.ev.Place != "" && doc.namesPlace(c.sent, c.ev.Place) && doc.forumItself(c) {
				// "The forum opened at the Palace of the Republic": its
				// venue, finer than the city the first mention gave (a
				// session's sentence may place someone's arrival instead)
				e.ev.Place, e.dateline = c.ev.Place, false
			}
			joinRetold(e, c)
			drop[c] = true
		} else if len(told) == 0 && doc.mechanismRetold(evs, c) {
			drop[c] = true
		} else if c.ev.Type == "conference" {
			told = append(told, c)
		}
	}
	if len(drop) == 0 {
		return evs
	}
	out := evs[:0]
	for _, c := range evs {
		if !drop[c] {
			out = append(out, c)
		}
	}
	return out
}

// mechanismRetold reports whether conference c only names again, as "the
// forum", a standing mechanism told before it in its own sentence
// ("Recalling the 17th meeting of the Joint Military Dialogue Group, held
// in Ankara last year, he said the forum had given new momentum to ..."):
// that dialogue, no conference of its own. It is asked only while the
// story has told no conference that "the forum" could name.
func (doc *doc) mechanismRetold(evs []*cand, c *cand) bool {
	if c.ev.Type != "conference" {
		return false
	}
	if noun, ok := doc.forumBackNoun(c); !ok || noun != "forum" {
		return false
	}
	for _, e := range evs {
		if e.ev.Type == "dialogue" && e.sent == c.sent && e.hit.b <= c.hit.a {
			return true
		}
	}
	return false
}

// forumBackNoun returns the head noun of c's trigger when the trigger is
// a forum named again by "the" and its common noun ("the forum"), or one
// of its sessions ("the forum's plenary session", "at the plenary
// session"), and whether it is one. A session of no named kind gives "".
func (doc *doc) forumBackNoun(c *cand) (string, bool) {
	h := c.hit
	ws := doc.words[c.sent]
	if h.r == nil || h.r == forumRule || h.r.named || h.r.anaphor || h.b > len(ws) || h.a == 0 {
		return "", false
	}
	head := ws[h.b-1].low
	pw := doc.d.places
	if pw.forumNoun.has(head) {
		return head, h.b-h.a == 1 && ws[h.a-1].low == "the"
	}
	if !pw.sessionNoun.has(head) {
		return "", false
	}
	k := h.a - 1
	if ws[k].low != "'s" {
		return "", ws[k].low == "the"
	}
	if k < 2 || !pw.forumNoun.has(ws[k-1].low) || ws[k-2].low != "the" {
		return "", false
	}
	return ws[k-1].low, true
}

// forumFoldedInto returns the conference of told that conference c
// only names again (forumBackNoun), or nil.
func (doc *doc) forumFoldedInto(told []*cand, c *cand) *cand {
	if c.ev.Type != "conference" || c.bg || c.past || c.sent <= 0 || c.ev.Salience == "background" {
		return nil
	}
	noun, ok := doc.forumBackNoun(c)
	if !ok {
		return nil
	}
	return doc.forumToldBefore(told, c, noun)
}

// forumToldBefore returns the nearest conference of before, not
// recalled, that c names again by noun: one whose trigger or body ends
// in noun, or, for a session (noun ""), the only conference told before.
func (doc *doc) forumToldBefore(before []*cand, c *cand, noun string) *cand {
	var only *cand
	for i := len(before) - 1; i >= 0; i-- {
		e := before[i]
		if !forumFoldable(e, c) {
			continue
		}
		if noun != "" && doc.endsInNoun(e, noun) {
			return e
		}
		if noun == "" && only != nil {
			return nil // two conferences: a session of either
		}
		only = e
	}
	if noun == "" {
		return only
	}
	return nil
}

// endsInNoun reports whether conference e is a forum of kind noun: its
// trigger or one of its bodies ends in it ("the 3rd Minsk International
// Defence Forum", "Minsk forum").
func (doc *doc) endsInNoun(e *cand, noun string) bool {
	if e.sent >= 0 && e.sent < len(doc.words) && e.hit.r != nil && e.hit.b <= len(doc.words[e.sent]) && e.hit.b > 0 {
		if strings.TrimSuffix(doc.words[e.sent][e.hit.b-1].low, "'s") == noun {
			return true
		}
	}
	for _, p := range e.ev.Participants {
		if doc.isBody(p) && strings.ToLower(lastWord(p)) == noun {
			return true
		}
	}
	return false
}

// forumFoldable reports whether c may be folded into e: an earlier
// conference of the story, told of today, in the month of c's date (a
// forum runs for days: "opened on Tuesday", a speech "the previous day").
func forumFoldable(e, c *cand) bool {
	return e.ev.Type == "conference" && !e.bg && !e.past && e.sent < c.sent &&
		e.ev.Salience != "background" && sameMonth(e.ev.Date, c.ev.Date)
}

// sameMonth reports whether dates a and b are compatible at the
// precision of a month.
func sameMonth(a, b string) bool {
	return dateCompatible(a, b) || len(a) >= 7 && len(b) >= 7 && a[:7] == b[:7]
}

// forumEditions gives each edition of a forum recalled in the background
// ("The first Minsk Defence Forum took place in 2024", "The previous
// forum was held in Tashkent in 2024") the forum itself as its party: the
// persons and states of the story attend today's edition, not that one.
// The forum is the one the sentence names, else the story's only forum
// of the noun the sentence uses ("the previous forum").
func (doc *doc) forumEditions(evs []*cand) {
	// the story's forum of each noun, found once: finding it reads every
	// event, and a story may recall its forum in every sentence (the
	// editions changed here are background ones, which it does not read)
	forums := map[string]string{}
	for _, c := range evs {
		if c.ev.Type != "conference" || c.ev.Salience != "background" || c.sent < 0 || c.sent >= len(doc.words) {
			continue
		}
		if own := doc.forumsNamedIn(c.sent); len(own) > 0 {
			c.ev.Participants = own
			continue
		}
		if doc.hasBody(c.ev.Participants) {
			continue
		}
		for _, w := range doc.words[c.sent] {
			if !doc.d.places.forumNoun.has(w.low) {
				continue
			}
			body, ok := forums[w.low]
			if !ok {
				body = doc.storyForum(evs, w.low)
				forums[w.low] = body
			}
			if body != "" {
				c.ev.Participants = []string{body}
			}
			break
		}
	}
}

// forumsNamedIn returns the organisations sentence s names whose last
// word is a forum's noun ("the Central Asian Defence Forum").
func (doc *doc) forumsNamedIn(s int) []string {
	var out []string
	for _, m := range doc.ments[s] {
		if m.e.Type == attache.Organization && doc.d.places.forumNoun.has(strings.ToLower(lastWord(m.e.Name))) {
			out = appendUniq(out, m.e.Name)
		}
	}
	return out
}

// storyForum returns the one body ending in noun among the parties of
// the story's conferences told of today, or "" when none or several are.
func (doc *doc) storyForum(evs []*cand, noun string) string {
	var bodies []string
	for _, e := range evs {
		if e.ev.Type != "conference" || e.ev.Salience == "background" {
			continue
		}
		for _, p := range e.ev.Participants {
			if doc.isBody(p) {
				bodies = appendUniq(bodies, p)
			}
		}
	}
	return onlyEndingIn(bodies, noun)
}

// namesPlace reports whether sentence s names place, a location or a
// state's code.
func (doc *doc) namesPlace(s int, place string) bool {
	for _, m := range doc.ments[s] {
		if m.e.Name == place && m.e.Type == attache.Location || m.e.Type == attache.Country && m.e.Country == place {
			return true
		}
	}
	return false
}

// forumItself reports whether c's trigger names the forum itself ("The
// forum opened at ..."), not a part of it ("the forum's plenary session").
func (doc *doc) forumItself(c *cand) bool {
	ws, h := doc.words[c.sent], c.hit
	if !doc.d.places.forumNoun.has(ws[h.b-1].low) {
		return false
	}
	return h.b >= len(ws) || ws[h.b].low != "'s"
}
