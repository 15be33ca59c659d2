package events

import (
	"strings"

	"attache"
)

// groupReach is how many words may stand between a group noun and the
// event it takes part in: "which the two ministers co-chaired", "the two
// generals held talks and signed a plan", not an agreement recalled at
// the end of a long sentence the group opens.
const groupReach = 12

// groupMember is a person a group noun may refer back to, with the
// sentence that first names them.
type groupMember struct {
	name, country string
	sent          int
}

// groupAt returns the word index of the group noun of the first "the two
// ministers", "both generals" or "the three army chiefs" of ws (one
// modifier may stand between), and how many persons it counts; -1 when
// ws has none.
func (doc *doc) groupAt(ws []word) (int, int) {
	for i := 0; i+1 < len(ws); i++ {
		n := 0
		switch ws[i].low {
		case "two", "both":
			n = 2
		case "three":
			n = 3
		case "four":
			n = 4
		case "five":
			n = 5
		default:
			continue
		}
		for k := i + 1; k < len(ws) && k <= i+2; k++ {
			if doc.d.rules.group.matches(ws[k]) {
				return k, n
			}
		}
	}
	return -1, 0
}

// groupPersons returns the persons "the two ministers" of sentence s
// refers back to: the lead's persons when enough of them hold the post
// the group noun names, else the first persons named before s that hold
// it, one per state, else the lead's persons as before. "The two
// ministers co-chaired the committee" after "signed by General A and
// General B, and witnessed by Minister C and Minister D" means C and D.
func (doc *doc) groupPersons(s int, ws []word, trig int) []string {
	g, n := doc.groupAt(ws)
	lead := doc.leadPersons()
	if g < 0 || g-trig > groupReach || trig-g > groupReach {
		return lead // the group acts in another clause than the event
	}
	noun := ws[g].low
	if !doc.namesPost(noun) {
		return lead // "both sides", "the two officials": the lead's, as ever
	}
	var fit []string
	for _, p := range lead {
		if e := doc.personNamed(p); e != nil && doc.holdsPost(e, noun) {
			fit = append(fit, p)
		}
	}
	if len(fit) >= n {
		return fit
	}
	var out, states []string
	for _, m := range doc.groupMembers(noun) {
		if m.sent >= s || len(out) == n {
			break
		}
		if m.country != "" && contains(states, m.country) {
			continue // "the two ministers" of two states, not one state's pair
		}
		out = append(out, m.name)
		if m.country != "" {
			states = append(states, m.country)
		}
	}
	if len(out) < 2 {
		return lead
	}
	return out
}

// groupMembers lists, in the order the article first names them, the
// persons holding the post group noun names. Made once per noun, so that
// every sentence's look-up stays linear in the document.
func (doc *doc) groupMembers(noun string) []groupMember {
	if ms, ok := doc.groups[noun]; ok {
		return ms
	}
	if doc.groups == nil {
		doc.groups = map[string][]groupMember{}
	}
	var out []groupMember
	seen := map[*attache.Entity]bool{}
	for k := range doc.ments {
		for _, m := range doc.ments[k] {
			if m.e.Type != attache.Person || seen[m.e] {
				continue
			}
			seen[m.e] = true
			if doc.holdsPost(m.e, noun) {
				out = append(out, groupMember{m.e.Name, m.e.Country, k})
			}
		}
	}
	doc.groups[noun] = out
	return out
}

// holdsPost reports whether person e holds the post group noun names
// (data/args.tsv grouppost): "ministers" a title with "minister" or
// "secretary", "generals" a general's rank. A noun with no entry fits
// anyone.
func (doc *doc) holdsPost(e *attache.Entity, noun string) bool {
	post := strings.ToLower(strings.Join(e.Titles, " ") + " " + e.Rank)
	asked := false
	for key := range doc.d.places.groupPost.words {
		n, w, ok := strings.Cut(key, "=")
		if !ok || n != noun {
			continue
		}
		asked = true
		if strings.Contains(post, w) {
			return true
		}
	}
	return !asked
}

// namesPost reports whether group noun names a post (data/args.tsv
// grouppost): "ministers" does, "sides" does not.
func (doc *doc) namesPost(noun string) bool {
	for key := range doc.d.places.groupPost.words {
		if n, _, _ := strings.Cut(key, "="); n == noun {
			return true
		}
	}
	return false
}

// guestAt returns the word index where ws refers back to the story's
// visitor ("his guest", "the guests", "the visiting general"), or -1.
func (doc *doc) guestAt(ws []word) int {
	for i := 1; i < len(ws); i++ {
		if !doc.d.places.guest.has(ws[i].low) {
			continue
		}
		switch ws[i-1].low {
		case "the", "his", "her", "their", "our":
			return i
		}
	}
	return -1
}

// visitorBeside returns the story's visitor beside the host side a
// sentence names (the host, or the body that renders honours): the first
// person the article names of the other state of its pair, unless the
// sentence already names one of that state.
func (doc *doc) visitorBeside(a *actorSets) string {
	if len(doc.pair) != 2 {
		return ""
	}
	host := ""
	for _, p := range a.persons.list {
		if e := doc.personNamed(p); e != nil && e.Country != "" {
			host = e.Country
			break
		}
	}
	if host == "" {
		for _, o := range a.orgs.list {
			if e := doc.orgsByName()[o]; e != nil && e.Country != "" {
				host = e.Country
				break
			}
		}
	}
	have := a.persons.list
	other := doc.otherOfPair(host)
	if other == "" {
		return ""
	}
	for _, p := range have {
		if e := doc.personNamed(p); e != nil && e.Country == other {
			return ""
		}
	}
	if p := doc.personOf(other, have); p != other {
		return p
	}
	return ""
}

// demonymAt reports whether a country's demonym or name starts at word i
// of sentence s ("the visiting Sri Lankan naval chief").
func (doc *doc) demonymAt(s, i int) bool {
	ws := doc.words[s]
	if i >= len(ws) {
		return false
	}
	for _, m := range doc.ments[s] {
		if m.e.Type == attache.Country && m.start == ws[i].start {
			return true
		}
	}
	return false
}
