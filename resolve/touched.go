package resolve

import (
	"context"
	"reflect"

	"attache"
)

// touched records what corrections change in a Builder, so that a
// correction writes those entities, links and events alone, without
// comparing the whole knowledge base with the one stored.
type touched struct {
	ents  map[string]bool     // entities changed, created or removed
	evs   map[string]bool     // events changed or removed
	parts map[string][]string // event id → its participants before the first change
	links map[int]bool        // indices into Builder.links relinked
}

func newTouched() *touched {
	return &touched{ents: map[string]bool{}, evs: map[string]bool{}, parts: map[string][]string{}, links: map[int]bool{}}
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
	b.touch.evs[ev.ID] = true
	if _, ok := b.touch.parts[ev.ID]; !ok {
		b.touch.parts[ev.ID] = append([]string{}, ev.Participants...)
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
	return true, b.writeTouched(ctx, pp, b.touch, nil)
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
	for id := range u.evs {
		t.evs[id] = true
		if _, ok := t.parts[id]; !ok {
			t.parts[id] = u.parts[id]
		}
	}
	for i := range u.links {
		t.links[i] = true
	}
	return t
}

// writeTouched writes to the store what t records of b: the entities
// (deleted, then written whole, since a list of theirs may have shrunk),
// the links and the events. An event whose participants alone changed
// loses the ones it lost; the others are deleted and written again. The
// participants the store holds for an event are those of stored when it
// has the event, else those t recorded before the first change.
func (b *Builder) writeTouched(ctx context.Context, pp PartyPatcher, t *touched, stored *Builder) error {
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
		was, known := t.parts[id]
		if stored != nil {
			old := stored.events[id]
			if old == nil || !onlyParticipants(old, ev) && !onlyConfirmed(old, ev) {
				delEvs = append(delEvs, id) // gone from the store, or changed otherwise
				continue
			}
			was, known = old.Participants, true
		}
		if !known {
			delEvs = append(delEvs, id)
			continue
		}
		if lost, ok := partiesEdit(was, ev.Participants); ok {
			drop[id] = append([]string{}, lost...) // even none: written as an edit
			continue
		}
		delEvs = append(delEvs, id)
	}
	return pp.PatchKnowledgeParties(ctx, delEnts, delEvs, drop, put)
}

// onlyConfirmed reports whether two versions of an event differ in their
// participants or confirmation alone, which an upsert of the event writes.
func onlyConfirmed(a, b *attache.KBEvent) bool {
	x, y := *a, *b
	x.Participants, y.Participants = nil, nil
	x.Confirmed = y.Confirmed
	return reflect.DeepEqual(x, y)
}
