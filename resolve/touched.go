package resolve

import (
	"context"
	"reflect"
	"slices"

	"attache"
)

// touched records what corrections change in a Builder, so that a
// correction writes those entities, links and events alone, without
// comparing the whole knowledge base with the one stored.
type touched struct {
	ents  map[string]bool             // entities changed, created or removed
	evs   map[string]*attache.KBEvent // event id → the event before its first change
	links map[int]bool                // indices into Builder.links relinked
}

func newTouched() *touched {
	return &touched{ents: map[string]bool{}, evs: map[string]*attache.KBEvent{}, links: map[int]bool{}}
}

// tracked are the correction kinds whose changes Apply records in
// Builder.touch; a correction of another kind makes the Service compare
// the whole knowledge base before and after instead.
var tracked = map[string]bool{
	attache.CorrectMerge: true, attache.CorrectSplit: true, attache.CorrectRename: true,
	attache.CorrectAliasAdd: true, attache.CorrectAliasRemove: true, attache.CorrectRetype: true,
	attache.CorrectFactDelete: true, attache.CorrectFactConfirm: true, attache.CorrectSetMission: true,
	attache.CorrectCountry: true, attache.CorrectRank: true,
	attache.CorrectParticipantAdd: true, attache.CorrectParticipantRemove: true, attache.CorrectEventDate: true,
	attache.CorrectEventPlace: true, attache.CorrectEventType: true, attache.CorrectEventCountries: true,
	attache.CorrectEventSplit: true, attache.CorrectEventMerge: true,
}

// allTracked reports whether every correction of cs not undone is of a
// tracked kind.
func allTracked(cs []attache.Correction) bool {
	for _, c := range cs {
		if !c.Undone && !tracked[c.Kind] {
			return false
		}
	}
	return true
}

func (b *Builder) touchEntity(id string) {
	if b.touch != nil {
		b.touch.ents[id] = true
	}
}

func (b *Builder) touchEvent(ev *attache.KBEvent) {
	if b.touch == nil {
		return
	}
	if _, ok := b.touch.evs[ev.ID]; !ok {
		b.touch.evs[ev.ID] = copyEvent(ev)
	}
}

// touchNewEvent records that event id, which the store does not hold,
// was made by a correction (an event split).
func (b *Builder) touchNewEvent(id string) {
	if b.touch == nil {
		return
	}
	if _, ok := b.touch.evs[id]; !ok {
		b.touch.evs[id] = nil
	}
}

func (b *Builder) touchLink(i int) {
	if b.touch != nil {
		b.touch.links[i] = true
	}
}

// applyTracked applies c to b and writes what it changed to the store:
// the entities it touched (deleted, then written whole, since a list of
// theirs may have shrunk), the links it moved, and the events it changed:
// those whose participants alone changed lose the ones they lost
// (PartyPatcher), the others are deleted and written again. ok is false
// when the store cannot take such a write: the caller then writes the
// difference of the whole knowledge base. Apply's errors come before it
// changes anything.
func (b *Builder) applyTracked(ctx context.Context, store attache.KnowledgeStore, c attache.Correction, record func() error) (ok bool, err error) {
	pp, isPP := store.(PartyPatcher)
	// What c touches is recorded apart, then added to what the
	// corrections before it touched.
	before := b.touch
	b.touch = newTouched()
	defer func() { b.touch = before.add(b.touch) }()
	if err := b.Apply(c); err != nil {
		return true, err
	}
	if err := record(); err != nil {
		return true, err
	}
	if !isPP {
		return false, nil
	}
	return true, b.writeTouched(ctx, pp, b.touch)
}

// add returns t with what u records (u when t is nil).
func (t *touched) add(u *touched) *touched {
	if t == nil {
		return u
	}
	if u == nil {
		return t
	}
	for id := range u.ents {
		t.ents[id] = true
	}
	for id, ev := range u.evs {
		if _, ok := t.evs[id]; !ok {
			t.evs[id] = ev
		}
	}
	for i := range u.links {
		t.links[i] = true
	}
	return t
}

// writeTouched writes to the store what t records of b: the entities
// (deleted, then written whole, since a list of theirs may have shrunk),
// the links and the events. An event whose participants or confirmation
// alone changed is edited; the others are deleted and written again. The
// store holds an event as t recorded it (before its first change, or as
// changedSince found it).
func (b *Builder) writeTouched(ctx context.Context, pp PartyPatcher, t *touched) error {
	put := &attache.Knowledge{Entities: []attache.KBEntity{}, Links: []attache.EntityLink{}, Events: []attache.KBEvent{}}
	var delEnts, delEvs []string
	for id := range t.ents {
		delEnts = append(delEnts, id)
		if e := b.ents[id]; e != nil {
			out := *e
			out.Articles = len(b.arts[id])
			sortPositions(out.Positions)
			put.Entities = append(put.Entities, out)
		}
	}
	for i := range t.links {
		put.Links = append(put.Links, b.links[i])
	}
	drop := map[string][]string{}
	for id := range t.evs {
		ev := b.events[id]
		if ev == nil {
			delEvs = append(delEvs, id)
			continue
		}
		put.Events = append(put.Events, *ev)
		old := t.evs[id]
		if old == nil || !onlyConfirmed(old, ev) {
			delEvs = append(delEvs, id) // not in the store, or changed otherwise
			continue
		}
		drop[id] = append([]string{}, lostParties(old.Participants, ev.Participants)...) // even none: written as an edit
	}
	return pp.PatchKnowledgeParties(ctx, delEnts, delEvs, drop, put)
}

// onlyConfirmed reports whether two versions of an event differ in their
// participants or confirmation alone, which an upsert of the event writes.
func onlyConfirmed(a, b *attache.KBEvent) bool {
	x, y := *a, *b
	x.Participants, y.Participants = nil, nil
	x.Confirmed = y.Confirmed
	return storedAlike(&x, &y)
}

// storedAlike reports whether two events are stored alike: equal in every
// field, a list that is empty as one that is nil (an event's copy has
// empty lists where the one read from a store, or built, has none; taking
// them for a change rewrote every row of the event).
func storedAlike(a, b *attache.KBEvent) bool {
	if !slices.Equal(a.Participants, b.Participants) || !slices.Equal(a.Countries, b.Countries) ||
		!slices.Equal(a.Sources, b.Sources) {
		return false
	}
	x, y := *a, *b
	x.Participants, y.Participants = nil, nil
	x.Countries, y.Countries = nil, nil
	x.Sources, y.Sources = nil, nil
	return reflect.DeepEqual(x, y)
}
