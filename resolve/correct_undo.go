package resolve

import (
	"slices"

	"attache"
)

// How an undo avoids copying the whole build. The corrections of the
// tracked kinds change a build only in the entities, article sets, links
// and events they record in Builder.touch, and add entities (split) at the
// end of its order. So the corrected build (built.cur) turns back into the
// plain one by copying those parts back from it (revert), and the
// corrections left apply to it again: the same Builder as a copy of the
// plain build with them applied, for a few touched parts copied instead of
// every entity and event of the base. What the store holds is then written
// only where it differs (changedSince): an entity, link or event touched
// by a correction that stays comes out as it was.

// stored is what the store holds of the parts of a build that corrections
// touched, taken before revert: each touched entity (nil when absent) with
// its article count, link and event (nil when absent).
type stored struct {
	touch *touched // what the corrections had touched
	ents  map[string]*attache.KBEntity
	arts  map[string]int
	links map[int]attache.EntityLink
	evs   map[string]*attache.KBEvent
}

// revert makes b, which is base with tracked corrections applied (each
// change recorded in b.touch), into base again: the parts touched are
// copied back from base and the entities the corrections created leave.
// It returns what b held of those parts. ok is false when b is not such a
// build (its order or links do not extend base's): b is then unchanged.
func (b *Builder) revert(base *Builder) (old *stored, ok bool) {
	if b.touch == nil || len(b.order) < len(base.order) || len(b.links) != len(base.links) {
		return nil, false
	}
	t := b.touch
	old = &stored{ents: make(map[string]*attache.KBEntity, len(t.ents)), arts: make(map[string]int, len(t.ents)),
		links: make(map[int]attache.EntityLink, len(t.links)), evs: make(map[string]*attache.KBEvent, len(t.evs))}
	// The old versions stay as they are: each part is replaced by a new
	// copy from base, never changed in place.
	for id := range t.ents {
		old.ents[id], old.arts[id] = b.ents[id], len(b.arts[id])
		if e := base.ents[id]; e != nil {
			b.ents[id] = copyEntity(e)
		} else {
			delete(b.ents, id)
		}
		if m := base.arts[id]; m != nil {
			b.arts[id] = copySet(m)
		} else {
			delete(b.arts, id)
		}
	}
	for i := range t.links {
		old.links[i] = b.links[i]
		b.links[i] = base.links[i]
	}
	for id := range t.evs {
		old.evs[id] = b.events[id]
		if ev := base.events[id]; ev != nil {
			b.events[id] = copyEvent(ev)
		} else {
			delete(b.events, id)
		}
	}
	b.order = b.order[:len(base.order)]
	if b.stale {
		// A split indexed the entity it made; the index is made again from
		// the entities before any article is linked (AddEntities), as it
		// is after any correction of an entity.
		b.byKey = map[string][]string{}
	}
	old.touch = t
	b.touch = newTouched()
	return old, true
}

// changedSince returns the parts of t whose content in b differs from what
// the store holds: old where it recorded them (revert), else base's, which
// nothing had changed.
func (b *Builder) changedSince(t *touched, old *stored, base *Builder) *touched {
	out := newTouched()
	for id := range t.ents {
		e, n := old.ents[id], old.arts[id]
		if _, ok := old.ents[id]; !ok {
			e, n = base.ents[id], len(base.arts[id])
		}
		if !sameEntity(e, n, b.ents[id], len(b.arts[id])) {
			out.ents[id] = true
		}
	}
	for i := range t.links {
		l, ok := old.links[i]
		if !ok {
			l = base.links[i]
		}
		if l != b.links[i] {
			out.links[i] = true
		}
	}
	for id, first := range t.evs {
		ev, ok := old.evs[id]
		if !ok {
			ev = first // as base has it: only the corrections left changed it
		}
		if !sameEvent(ev, b.events[id]) {
			out.evs[id] = ev
		}
	}
	return out
}

// sameEntity reports whether two versions of an entity, with their
// article counts, are stored alike: an empty list as none, positions in
// the order they are written.
func sameEntity(a *attache.KBEntity, na int, b *attache.KBEntity, nb int) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	if a.ID != b.ID || a.Type != b.Type || a.Name != b.Name || a.Country != b.Country || a.Rank != b.Rank ||
		na != nb || !slices.Equal(a.Aliases, b.Aliases) {
		return false
	}
	pa, pb := slices.Clone(a.Positions), slices.Clone(b.Positions)
	sortPositions(pa)
	sortPositions(pb)
	return slices.Equal(pa, pb)
}

// sameEvent reports whether two versions of an event are stored alike
// (both absent, or equal in every field: storedAlike).
func sameEvent(a, b *attache.KBEvent) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return storedAlike(a, b)
}

func copySet(m map[string]bool) map[string]bool {
	c := make(map[string]bool, len(m))
	for k := range m {
		c[k] = true
	}
	return c
}
