package resolve

import (
	"sort"
	"strconv"
	"strings"

	"attache"
	"attache/fold"
)

// CheckCorrection validates c before it is recorded: a known kind and the
// fields that kind needs. Returns EINVALID.
func CheckCorrection(c *attache.Correction) error {
	c.Kind, c.Entity = strings.TrimSpace(c.Kind), strings.TrimSpace(c.Entity)
	c.Target, c.Value = strings.TrimSpace(c.Target), strings.TrimSpace(c.Value)
	if len(c.Entity) > 300 || len(c.Target) > 300 || len(c.Value) > 1000 || len(c.Note) > 2000 {
		return attache.Errorf(attache.EINVALID, "correction field too long")
	}
	need := func(ok bool, what string) error {
		if !ok {
			return attache.Errorf(attache.EINVALID, "%s needs %s", c.Kind, what)
		}
		return nil
	}
	switch c.Kind {
	case attache.CorrectMerge:
		if err := need(c.Entity != "" && c.Target != "", "an entity and a target to merge it into"); err != nil {
			return err
		}
		if fold.Key(c.Entity) == fold.Key(c.Target) {
			return attache.Errorf(attache.EINVALID, "cannot merge %q into itself", c.Entity)
		}
		return nil
	case attache.CorrectSplit:
		return need(c.Entity != "" && c.Value != "", "an entity and the names to split off")
	case attache.CorrectRename:
		return need(c.Entity != "" && c.Value != "", "an entity and a new name")
	case attache.CorrectAliasAdd, attache.CorrectAliasRemove:
		return need(c.Entity != "" && c.Target != "", "an entity and an alias")
	case attache.CorrectRetype:
		if err := need(c.Entity != "" && c.Value != "", "an entity and a type"); err != nil {
			return err
		}
		switch attache.EntityType(c.Value) {
		case attache.Person, attache.Organization, attache.Location, attache.Country:
			return nil
		}
		return attache.Errorf(attache.EINVALID, "unknown entity type %q (want person, organization, location or country)", c.Value)
	case attache.CorrectFactDelete, attache.CorrectFactConfirm:
		return need(c.Target != "", "a fact id")
	case attache.CorrectCountry:
		return need(c.Entity != "" && c.Value != "", "an entity and a country")
	case attache.CorrectRank:
		return need(c.Entity != "" && c.Value != "", "a person and a rank")
	case attache.CorrectParticipantAdd, attache.CorrectParticipantRemove:
		return need(c.Target != "" && c.Entity != "", "an event id and a participant")
	case attache.CorrectEventDate:
		if err := need(c.Target != "" && c.Value != "", "an event id and a date"); err != nil {
			return err
		}
		return checkEventDate(c.Value)
	case attache.CorrectEventPlace:
		return need(c.Target != "" && c.Value != "", "an event id and a place")
	case attache.CorrectEventType:
		if err := need(c.Target != "" && c.Value != "", "an event id and a type"); err != nil {
			return err
		}
		if !attache.EventType(c.Value).Valid() {
			return attache.Errorf(attache.EINVALID, "unknown event type %q (want one of %s)", c.Value, eventTypeList())
		}
		return nil
	case attache.CorrectEventCountries:
		return need(c.Target != "" && len(splitNames(c.Value)) > 0, "an event id and its countries")
	case attache.CorrectEventSplit:
		return need(c.Target != "", "an event id")
	case attache.CorrectEventMerge:
		if err := need(c.Target != "" && c.Value != "", "an event id and the event to merge it into"); err != nil {
			return err
		}
		if c.Target == c.Value {
			return attache.Errorf(attache.EINVALID, "cannot merge event %q into itself", c.Target)
		}
		return nil
	case attache.CorrectSetMission:
		return need(c.Target != "" && c.Value != "", "a deployment's event id and a mission")
	}
	return attache.Errorf(attache.EINVALID, "unknown correction kind %q (want one of %s)",
		c.Kind, strings.Join(attache.CorrectionKinds, ", "))
}

// PositionFactID is the id of a rank or post of an entity, as used by
// fact-delete and fact-confirm: every report of that value is one fact.
func PositionFactID(entityID, kind, value string) string {
	return "position:" + entityID + "/" + kind + "/" + slug(value)
}

// Apply applies one correction to the knowledge base built so far.
// Returns ENOTFOUND when the entity or fact it names is not there.
func (b *Builder) Apply(c attache.Correction) error {
	if err := CheckCorrection(&c); err != nil {
		return err
	}
	switch c.Kind {
	case attache.CorrectFactDelete, attache.CorrectFactConfirm:
		return b.applyFact(c)
	case attache.CorrectParticipantAdd:
		return b.addParticipant(c.Target, c.Entity)
	case attache.CorrectParticipantRemove:
		return b.removeParticipant(c.Target, c.Entity)
	case attache.CorrectEventDate:
		return b.setEventDate(c.Target, c.Value)
	case attache.CorrectEventPlace:
		return b.setEventPlace(c.Target, c.Value)
	case attache.CorrectEventType:
		return b.setEventType(c.Target, attache.EventType(c.Value))
	case attache.CorrectEventCountries:
		return b.setEventCountries(c.Target, splitNames(c.Value))
	case attache.CorrectEventSplit:
		return b.splitEvent(c.Target, splitNames(c.Value))
	case attache.CorrectEventMerge:
		return b.mergeEvents(c.Target, c.Value)
	case attache.CorrectSetMission:
		return b.setMission(c)
	}
	e, err := b.Find(c.Entity)
	if err != nil {
		return err
	}
	switch c.Kind {
	case attache.CorrectCountry, attache.CorrectRank:
		set := b.setCountry
		if c.Kind == attache.CorrectRank {
			set = setRank
		}
		if err := set(e, c.Value); err != nil {
			return err
		}
		b.touchEntity(e.ID)
		return nil
	case attache.CorrectMerge:
		into, err := b.Find(c.Target)
		if err != nil {
			return err
		}
		if into.ID != e.ID {
			b.touchEntity(into.ID)
			b.merge(e, into)
		}
	case attache.CorrectSplit:
		names := splitNames(c.Value)
		for _, n := range names {
			if !writtenAs(e, n) {
				return attache.Errorf(attache.ENOTFOUND, "%s is not written %q: split off its own names", e.Name, n)
			}
		}
		b.split(e, names)
	case attache.CorrectRename:
		if e.Name != c.Value {
			e.Aliases = appendNew(removeFold(e.Aliases, c.Value), e.Name)
			e.Name = c.Value
		}
	case attache.CorrectAliasAdd:
		if fold.Key(c.Target) != fold.Key(e.Name) {
			e.Aliases = appendNew(e.Aliases, c.Target)
		}
	case attache.CorrectAliasRemove:
		if fold.Key(c.Target) == fold.Key(e.Name) || !writtenAs(e, c.Target) {
			return attache.Errorf(attache.ENOTFOUND, "%s has no alias %q", e.Name, c.Target)
		}
		e.Aliases = removeFold(e.Aliases, c.Target)
	case attache.CorrectRetype:
		e.Type = attache.EntityType(c.Value)
	}
	b.touchEntity(e.ID)
	normalize(e)
	// The name index is made again only when an article is linked next:
	// corrections themselves find entities by name (Find), and a series
	// of them need not index the whole base each time.
	b.stale = true
	return nil
}

// Find returns the entity named name: by ID, then by folded canonical
// name, then by folded alias; among several, the one with most articles.
// Returns ENOTFOUND.
func (b *Builder) Find(name string) (*attache.KBEntity, error) {
	if e := b.ents[name]; e != nil {
		return e, nil
	}
	k := fold.Key(name)
	var byName, byAlias []*attache.KBEntity
	for _, id := range b.order {
		e := b.ents[id]
		if e == nil {
			continue
		}
		if fold.Key(e.Name) == k {
			byName = append(byName, e)
			continue
		}
		for _, a := range e.Aliases {
			if fold.Key(a) == k {
				byAlias = append(byAlias, e)
				break
			}
		}
	}
	for _, cands := range [][]*attache.KBEntity{byName, byAlias} {
		if len(cands) > 0 {
			sort.SliceStable(cands, func(i, j int) bool { return len(b.arts[cands[i].ID]) > len(b.arts[cands[j].ID]) })
			return cands[0], nil
		}
	}
	return nil, attache.Errorf(attache.ENOTFOUND, "no entity named %q", name)
}

// merge moves everything of e into into and removes e.
func (b *Builder) merge(e, into *attache.KBEntity) {
	for _, a := range append([]string{e.Name}, e.Aliases...) {
		if a != into.Name {
			into.Aliases = appendNew(into.Aliases, a)
		}
	}
	into.Positions = append(into.Positions, e.Positions...)
	if into.Country == "" {
		into.Country = e.Country
	}
	if into.Rank == "" {
		into.Rank = e.Rank
	}
	b.moveLinks(func(l attache.EntityLink) bool { return l.EntityID == e.ID }, into.ID)
	b.replaceParticipant(e.ID, into.ID, nil)
	delete(b.ents, e.ID)
}

// split moves the article entities called by one of names out of e into a
// new entity named names[0], with their positions and events.
func (b *Builder) split(e *attache.KBEntity, names []string) {
	keys := map[string]bool{}
	for _, n := range names {
		keys[fold.Key(n)] = true
	}
	z := &attache.KBEntity{ID: e.ID + "~" + slug(names[0]), Type: e.Type, Name: names[0], Country: e.Country,
		Aliases: []string{}, Positions: []attache.Position{}}
	if old := b.ents[z.ID]; old != nil {
		z = old
	} else {
		b.addEntity(z)
	}
	b.touchEntity(z.ID)
	moved := map[string]bool{}
	b.moveLinks(func(l attache.EntityLink) bool {
		if l.EntityID == e.ID && keys[fold.Key(l.Name)] {
			moved[l.ArticleID] = true
			return true
		}
		return false
	}, z.ID)
	var keep []string
	for _, a := range e.Aliases {
		if keys[fold.Key(a)] {
			z.Aliases = appendNew(z.Aliases, a)
		} else {
			keep = append(keep, a)
		}
	}
	e.Aliases = keep
	z.Aliases = removeFold(z.Aliases, z.Name)
	var ps []attache.Position
	for _, p := range e.Positions {
		if moved[p.ArticleID] {
			z.Positions = append(z.Positions, p)
		} else {
			ps = append(ps, p)
		}
	}
	e.Positions = ps
	b.replaceParticipant(e.ID, z.ID, moved)
}

// moveLinks relinks the links for which sel is true to entity to.
func (b *Builder) moveLinks(sel func(attache.EntityLink) bool, to string) {
	for i, l := range b.links {
		if sel(l) {
			b.touchLink(i)
			b.touchEntity(l.EntityID)
			b.touchEntity(to)
			if b.arts[l.EntityID] != nil {
				delete(b.arts[l.EntityID], l.ArticleID)
			}
			b.links[i].EntityID = to
			if b.arts[to] == nil {
				b.arts[to] = map[string]bool{}
			}
			b.arts[to][l.ArticleID] = true
		}
	}
}

// replaceParticipant replaces from by to in events; with only non-nil, in
// events reported by one of those articles only.
func (b *Builder) replaceParticipant(from, to string, only map[string]bool) {
	for _, ev := range b.events {
		if !contains(ev.Participants, from) {
			continue
		}
		if only != nil {
			hit := false
			for _, s := range ev.Sources {
				hit = hit || only[s.ArticleID]
			}
			if !hit {
				continue
			}
		}
		b.touchEvent(ev)
		var ps []string
		for _, p := range ev.Participants {
			if p == from {
				p = to
			}
			ps = appendNew(ps, p)
		}
		ev.Participants = ps
	}
}

// applyFact deletes or confirms an event (by id, which is also the
// "event:ARTICLE#N" id of any of its reports) or a position.
func (b *Builder) applyFact(c attache.Correction) error {
	del := c.Kind == attache.CorrectFactDelete
	if ev := b.findEvent(c.Target); ev != nil {
		b.touchEvent(ev)
		if del {
			delete(b.events, ev.ID)
		} else {
			ev.Confirmed = true
		}
		return nil
	}
	found := false
	for _, e := range b.ents {
		var keep []attache.Position
		for _, p := range e.Positions {
			if PositionFactID(e.ID, p.Kind, p.Value) != c.Target {
				keep = append(keep, p)
				continue
			}
			found = true
			b.touchEntity(e.ID)
			if !del {
				p.Confirmed = true
				keep = append(keep, p)
			}
		}
		e.Positions = keep
	}
	if !found {
		return attache.Errorf(attache.ENOTFOUND, "no fact %q", c.Target)
	}
	return nil
}

// setMission sets the mission of a deployment the extractor could not
// place: the analyst read the article and names the mission.
func (b *Builder) setMission(c attache.Correction) error {
	ev := b.findEvent(c.Target)
	if ev == nil {
		return attache.Errorf(attache.ENOTFOUND, "no event %q", c.Target)
	}
	if ev.Type != attache.EventDeployment {
		return attache.Errorf(attache.EINVALID, "event %q is a %s, not a deployment", c.Target, ev.Type)
	}
	b.touchEvent(ev)
	ev.Mission = c.Value
	return nil
}

func (b *Builder) findEvent(id string) *attache.KBEvent {
	if ev := b.events[id]; ev != nil {
		return ev
	}
	for _, ev := range b.events {
		for _, s := range ev.Sources {
			if "event:"+s.ArticleID+"#"+strconv.Itoa(s.Idx) == id {
				return ev
			}
		}
	}
	return nil
}

// reindex rebuilds the name index after corrections changed names.
func (b *Builder) reindex() {
	b.byKey = map[string][]string{}
	for _, id := range b.order {
		if e := b.ents[id]; e != nil {
			normalize(e)
			b.indexEntity(e)
		}
	}
	b.stale = false
}

// normalize gives e empty lists where a correction left none.
func normalize(e *attache.KBEntity) {
	if e.Positions == nil {
		e.Positions = []attache.Position{}
	}
	if e.Aliases == nil {
		e.Aliases = []string{}
	}
}

// splitNames reads the names of a split correction: "A|B|C".
func splitNames(v string) []string {
	var out []string
	for _, n := range strings.Split(v, "|") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// writtenAs says whether name is e's canonical name or one of its
// aliases, folded.
func writtenAs(e *attache.KBEntity, name string) bool {
	k := fold.Key(name)
	if fold.Key(e.Name) == k {
		return true
	}
	for _, a := range e.Aliases {
		if fold.Key(a) == k {
			return true
		}
	}
	return false
}

func removeFold(ss []string, s string) []string {
	k := fold.Key(s)
	var out []string
	for _, x := range ss {
		if fold.Key(x) != k {
			out = append(out, x)
		}
	}
	if out == nil {
		out = []string{}
	}
	return out
}
