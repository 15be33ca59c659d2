package resolve

import (
	"context"
	"fmt"
	"strconv"

	"attache"
	"attache/fold"
)

// How a correction reaches the store without a build in memory (a
// command run on its own, `attache correct`). A correction of one
// entity's names, type or links (a merge, split, rename, alias or retype)
// changes only that entity, the entity it merges into or splits off, their
// links, and the events the entity takes part in: the store holds those as
// they are, so they are loaded alone into a small Builder (loadParts), the
// correction applies to it as it would to the whole build, and the parts
// it touched are written (applyTracked). Nothing else is read or written,
// so the store stays what it was plus the correction even when it was
// built by other rules than the current ones. A correction of one event
// (its parties, date, place, type or countries, a split or a merge of
// events) changes that event alone, or the two it merges, or the one it
// splits and the one split off: with a store that finds events by id or
// report (EventFinder) they are loaded with their participants
// (loadEventParts) and written alone, the same way. Other corrections
// (a person's country or rank, fact-delete, fact-confirm, set-mission),
// and every undo, build from the store and write the whole base
// (correctCold, Undo): a build that trusted the store to match it and
// wrote only its differences would write a mixture when it does not (a
// base built by an older version; events it lacks make foreign-key
// errors). An undo needs what the base was without the correction, which
// only a build tells.

// EventFinder is a KnowledgeStore that reads events by what a correction
// names them by; sqlite.DB and postgres.Store are.
type EventFinder interface {
	// KBEventsByRef returns the events whose id, or the id of one of
	// whose reports ("event:ARTICLE#N"), is one of refs.
	KBEventsByRef(ctx context.Context, refs []string) ([]attache.KBEvent, error)
}

// partKinds are the corrections loadParts can apply to the parts of the
// knowledge base they touch.
var partKinds = map[string]bool{
	attache.CorrectMerge: true, attache.CorrectSplit: true, attache.CorrectRename: true,
	attache.CorrectAliasAdd: true, attache.CorrectAliasRemove: true, attache.CorrectRetype: true,
}

// eventKinds are the corrections of events loadEventParts can apply to
// the events they name.
var eventKinds = map[string]bool{
	attache.CorrectParticipantAdd: true, attache.CorrectParticipantRemove: true, attache.CorrectEventDate: true,
	attache.CorrectEventPlace: true, attache.CorrectEventType: true, attache.CorrectEventCountries: true,
	attache.CorrectEventSplit: true, attache.CorrectEventMerge: true,
}

// correctParts is Correct without a build in memory, for a correction of
// partKinds on a store that takes writes by parts, all of whose articles
// are resolved. done is false when it cannot tell what the correction
// touches from the store alone (a name two entities share as much): the
// caller then builds.
func (s *Service) correctParts(ctx context.Context, c attache.Correction) (out attache.Correction, done bool, err error) {
	_, isEvents := s.Knowledge.(EventFinder)
	if _, ok := s.Knowledge.(PartyPatcher); !ok || !(partKinds[c.Kind] || eventKinds[c.Kind] && isEvents) {
		return c, false, nil
	}
	pending, err := s.Knowledge.PendingArticles(ctx)
	if err != nil || len(pending) > 0 {
		return c, err != nil, err // pending articles: a build resolves them too
	}
	b, byID, ok, err := s.loadParts(ctx, c)
	if err != nil || !ok {
		return c, err != nil, err
	}
	applied := false
	record := func() error {
		applied = true
		c.ID, c.Undone = "", false
		return s.Knowledge.AddCorrection(ctx, &c)
	}
	if _, err := b.applyTracked(ctx, s.Knowledge, byID, record); err != nil {
		if !applied {
			return c, true, err
		}
		// The correction is recorded, its write failed: a rebuild makes
		// the store hold what the corrections say again.
		if _, rerr := s.rebuild(ctx, true); rerr != nil {
			return c, true, fmt.Errorf("correct: %w (and rebuild: %v)", err, rerr)
		}
	}
	return c, true, nil
}

// loadParts reads from the store what correction c of partKinds touches:
// its entity, the entity it merges into or splits off, with their links,
// and the events its entity takes part in. It returns them in a Builder,
// and c with its entities named by id, as the store's entities resolve
// its names (storedEntity). ok is false when a name is ambiguous.
func (s *Service) loadParts(ctx context.Context, c attache.Correction) (b *Builder, byID attache.Correction, ok bool, err error) {
	if eventKinds[c.Kind] {
		return s.loadEventParts(ctx, c)
	}
	e, ok, err := s.storedEntity(ctx, c.Entity)
	if err != nil || !ok {
		return nil, c, ok, err
	}
	ents := []*attache.KBEntity{e}
	byID = c
	switch c.Kind {
	case attache.CorrectMerge:
		into, ok, err := s.storedEntity(ctx, c.Target)
		if err != nil || !ok {
			return nil, c, ok, err
		}
		if into.ID != e.ID {
			ents = append(ents, into)
			byID.Entity, byID.Target = e.ID, into.ID
		}
	case attache.CorrectSplit:
		byID.Entity = e.ID
		names := splitNames(c.Value)
		if len(names) == 0 {
			return nil, c, false, nil
		}
		// The entity a split makes, there already when the same split was
		// made before and undone.
		z, err := s.Knowledge.KBEntity(ctx, e.ID+"~"+slug(names[0]))
		if err != nil && attache.ErrorCode(err) != attache.ENOTFOUND {
			return nil, c, false, err
		}
		if z != nil && err == nil {
			ents = append(ents, z)
		}
	default:
		byID.Entity = e.ID
	}
	b = NewBuilder(s.KB)
	for _, x := range ents {
		if err := s.loadEntity(ctx, b, x); err != nil {
			return nil, c, false, err
		}
	}
	if c.Kind == attache.CorrectMerge || c.Kind == attache.CorrectSplit {
		evs, err := s.Knowledge.KBEvents(ctx, attache.KBEventFilter{EntityID: e.ID})
		if err != nil {
			return nil, c, false, err
		}
		for i := range evs {
			b.addEvent(&evs[i])
		}
	}
	return b, byID, true, nil
}

// loadEntity adds stored entity e to b with its links, as a build holds
// them: without what reads fill in (facts' ids, articles' titles).
func (s *Service) loadEntity(ctx context.Context, b *Builder, e *attache.KBEntity) error {
	links, err := s.Knowledge.EntityLinks(ctx, e.ID, 0)
	if err != nil {
		return err
	}
	for i := range e.Positions {
		e.Positions[i].Fact = ""
	}
	normalize(e)
	b.addEntity(e)
	set := make(map[string]bool, len(links))
	for _, l := range links {
		l.Published, l.Title = "", ""
		b.links = append(b.links, l)
		set[l.ArticleID] = true
	}
	b.arts[e.ID] = set
	return nil
}

// storedEntity finds the entity name names in the store as Builder.Find
// does in a build: by id, then by folded name, then by folded alias, the
// one with most articles among several. ok is false when two of those
// have as many articles (a build takes the one made first, which the
// store does not tell). Returns ENOTFOUND as Find does.
func (s *Service) storedEntity(ctx context.Context, name string) (e *attache.KBEntity, ok bool, err error) {
	e, err = s.Knowledge.KBEntity(ctx, name)
	if err == nil {
		return e, true, nil
	}
	if attache.ErrorCode(err) != attache.ENOTFOUND {
		return nil, false, err
	}
	k := fold.Key(name)
	found, err := s.Knowledge.KBEntitiesByKey(ctx, []string{k})
	if err != nil {
		return nil, false, err
	}
	var byName, byAlias []attache.KBEntity
	for _, x := range found {
		if fold.Key(x.Name) == k {
			byName = append(byName, x)
		} else {
			byAlias = append(byAlias, x)
		}
	}
	for _, cands := range [][]attache.KBEntity{byName, byAlias} {
		if len(cands) == 0 {
			continue
		}
		best, tie := 0, false
		for i := 1; i < len(cands); i++ {
			switch {
			case cands[i].Articles > cands[best].Articles:
				best, tie = i, false
			case cands[i].Articles == cands[best].Articles:
				tie = true
			}
		}
		if tie {
			return nil, false, nil
		}
		return &cands[best], true, nil
	}
	return nil, false, attache.Errorf(attache.ENOTFOUND, "no entity named %q", name)
}

// loadEventParts reads from the store what correction c of eventKinds
// touches: the events it names (and, for a split, those split off the
// same event before, which decide the new one's id), every entity taking
// part in them, and the participant it adds or removes. ok is false when
// an event is not found (a build then says so) or a name is ambiguous.
func (s *Service) loadEventParts(ctx context.Context, c attache.Correction) (b *Builder, byID attache.Correction, ok bool, err error) {
	ef := s.Knowledge.(EventFinder)
	refs := []string{c.Target}
	if c.Kind == attache.CorrectEventMerge {
		refs = append(refs, c.Value)
	}
	evs, err := ef.KBEventsByRef(ctx, refs)
	if err != nil || len(evs) == 0 {
		return nil, c, false, err
	}
	if c.Kind == attache.CorrectEventSplit {
		for i := range evs {
			more, err := s.splitOffs(ctx, ef, evs[i].ID)
			if err != nil {
				return nil, c, false, err
			}
			evs = append(evs, more...)
		}
	}
	b = NewBuilder(s.KB)
	parties := map[string]bool{}
	for i := range evs {
		b.addEvent(&evs[i])
		for _, p := range evs[i].Participants {
			parties[p] = true
		}
	}
	byID = c
	if c.Kind == attache.CorrectParticipantAdd || c.Kind == attache.CorrectParticipantRemove {
		e, found, err := s.storedEntity(ctx, c.Entity)
		switch {
		case err != nil && attache.ErrorCode(err) != attache.ENOTFOUND:
			return nil, c, false, err
		case err == nil && !found:
			return nil, c, false, nil
		case err == nil:
			parties[e.ID] = true
			if !isCode(c.Entity) {
				byID.Entity = e.ID // as a build finds it; a code names a country first
			}
		}
	}
	for id := range parties {
		e, err := s.Knowledge.KBEntity(ctx, id)
		if err != nil {
			return nil, c, false, err
		}
		normalize(e)
		b.addEntity(e)
	}
	return b, byID, true, nil
}

// splitOffs reads the events split off event id before: "id~2", "id~3",
// up to the first missing, as freeEventID numbers them.
func (s *Service) splitOffs(ctx context.Context, ef EventFinder, id string) ([]attache.KBEvent, error) {
	var out []attache.KBEvent
	for n := 2; ; n++ {
		evs, err := ef.KBEventsByRef(ctx, []string{id + "~" + strconv.Itoa(n)})
		if err != nil || len(evs) == 0 {
			return out, err
		}
		out = append(out, evs...)
	}
}
