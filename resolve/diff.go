package resolve

import (
	"reflect"
	"sort"

	"attache"
)

// additions returns what k adds to old, the knowledge base last written,
// when writing just that (PutKnowledge, which inserts and updates but
// never deletes) leaves the store exactly as writing all of k would: no
// entity, event or link of old is gone, and no alias, position,
// participant or source of theirs is removed or changed. ok is false
// otherwise, and the whole of k must be written.
func additions(old, k *attache.Knowledge) (diff *attache.Knowledge, ok bool) {
	if old == nil {
		return nil, false
	}
	diff = &attache.Knowledge{Entities: []attache.KBEntity{}, Links: []attache.EntityLink{}, Events: []attache.KBEvent{}}
	gone, ok := pairUp(old.Entities, k.Entities, entityID, func(e attache.KBEntity, o *attache.KBEntity) bool {
		if o != nil && reflect.DeepEqual(*o, e) {
			return true
		}
		if o != nil && !entityGrows(o, &e) {
			return false
		}
		diff.Entities = append(diff.Entities, e)
		return true
	})
	if !ok || len(gone) > 0 {
		return nil, false
	}
	if diff.Links, ok = changedLinks(old.Links, k.Links); !ok {
		return nil, false
	}
	gone, ok = pairUp(old.Events, k.Events, eventID, func(ev attache.KBEvent, o *attache.KBEvent) bool {
		if o != nil && reflect.DeepEqual(*o, ev) {
			return true
		}
		if o != nil && !eventGrows(o, &ev) {
			return false
		}
		diff.Events = append(diff.Events, ev)
		return true
	})
	if !ok || len(gone) > 0 {
		return nil, false
	}
	return diff, true
}

// patch returns what changes old, the knowledge base last written, into
// k: the ids of the entities and events to delete first (gone, or changed
// in a way an upsert cannot express: an alias or position removed, an
// event's parties reordered) and what to write then (new and changed
// entities, links and events; of an entity or event that only gained
// aliases, positions or sources, only those, which PutKnowledge adds).
// ok is false when a link of old is gone: the whole of k must be written.
func patch(old, k *attache.Knowledge) (entities, events []string, put *attache.Knowledge, ok bool) {
	if old == nil {
		return nil, nil, nil, false
	}
	put = &attache.Knowledge{Entities: []attache.KBEntity{}, Links: []attache.EntityLink{}, Events: []attache.KBEvent{}}
	goneEnts, _ := pairUp(old.Entities, k.Entities, entityID, func(e attache.KBEntity, o *attache.KBEntity) bool {
		switch {
		case o == nil:
		case reflect.DeepEqual(*o, e):
			return true
		case !entityGrows(o, &e):
			entities = append(entities, e.ID)
		default:
			// An upsert adds aliases and positions: only the new ones
			// need writing (a much-cited person has hundreds).
			e.Aliases, e.Positions = minus(e.Aliases, o.Aliases), minus(e.Positions, o.Positions)
		}
		put.Entities = append(put.Entities, e)
		return true
	})
	if put.Links, ok = changedLinks(old.Links, k.Links); !ok {
		return nil, nil, nil, false
	}
	goneEvs, _ := pairUp(old.Events, k.Events, eventID, func(ev attache.KBEvent, o *attache.KBEvent) bool {
		switch {
		case o == nil:
		case reflect.DeepEqual(*o, ev):
			return true
		case !eventGrows(o, &ev):
			events = append(events, ev.ID)
		default:
			// Sources are added too; parties keep their whole lists,
			// whose order the store records.
			ev.Sources = minus(ev.Sources, o.Sources)
		}
		put.Events = append(put.Events, ev)
		return true
	})
	entities, events = append(entities, goneEnts...), append(events, goneEvs...)
	sort.Strings(entities)
	sort.Strings(events)
	return entities, events, put, true
}

// pairUp walks the items of cur in order, calling fn with each and the
// item of old of the same key (nil for a new one), while fn returns
// true. It returns the keys of the items of old that cur no longer has,
// in old's order, and whether the walk went to the end.
func pairUp[T any, K comparable](old, cur []T, key func(*T) K, fn func(item T, was *T) bool) (gone []K, ok bool) {
	was := make(map[K]*T, len(old))
	for i := range old {
		was[key(&old[i])] = &old[i]
	}
	for _, item := range cur {
		k := key(&item)
		o := was[k]
		delete(was, k)
		if !fn(item, o) {
			return nil, false
		}
	}
	for i := range old {
		if k := key(&old[i]); was[k] != nil {
			gone = append(gone, k)
			delete(was, k)
		}
	}
	return gone, true
}

func entityID(e *attache.KBEntity) string { return e.ID }

func eventID(e *attache.KBEvent) string { return e.ID }

// linkKey is a link's place: an entity of an article.
type linkKey struct {
	article string
	idx     int
}

func linkOf(l *attache.EntityLink) linkKey { return linkKey{l.ArticleID, l.EntityIdx} }

// changedLinks returns the links of cur that are new or changed since
// old; ok is false when a link of old is gone, which no upsert removes.
func changedLinks(old, cur []attache.EntityLink) (changed []attache.EntityLink, ok bool) {
	changed = []attache.EntityLink{}
	gone, _ := pairUp(old, cur, linkOf, func(l attache.EntityLink, o *attache.EntityLink) bool {
		if o == nil || *o != l {
			changed = append(changed, l)
		}
		return true
	})
	return changed, len(gone) == 0
}

// entityGrows reports whether e keeps every alias and position of o, its
// old version, so that an upsert of e leaves what writing e whole would.
func entityGrows(o, e *attache.KBEntity) bool {
	return subset(o.Aliases, e.Aliases) && subset(o.Positions, e.Positions)
}

// eventGrows reports whether ev keeps every source of o, its old
// version, and its parties in their places: parties are stored with
// their place in the list, and old ones must keep theirs.
func eventGrows(o, ev *attache.KBEvent) bool {
	return prefix(o.Participants, ev.Participants) && prefix(o.Countries, ev.Countries) && subset(o.Sources, ev.Sources)
}

// minus returns the elements of a not in b, in a's order, never nil.
func minus[T comparable](a, b []T) []T {
	in := make(map[T]bool, len(b))
	for _, x := range b {
		in[x] = true
	}
	out := make([]T, 0, len(a))
	for _, x := range a {
		if !in[x] {
			out = append(out, x)
		}
	}
	return out
}

func subset[T comparable](a, b []T) bool {
	in := make(map[T]bool, len(b))
	for _, x := range b {
		in[x] = true
	}
	for _, x := range a {
		if !in[x] {
			return false
		}
	}
	return true
}

func prefix(a, b []string) bool {
	if len(a) > len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// copyKnowledge is a deep copy of k, kept to compare the next result with.
func copyKnowledge(k *attache.Knowledge) *attache.Knowledge {
	c := &attache.Knowledge{Entities: make([]attache.KBEntity, len(k.Entities)),
		Links: append([]attache.EntityLink(nil), k.Links...), Events: make([]attache.KBEvent, len(k.Events))}
	for i := range k.Entities {
		c.Entities[i] = *copyEntity(&k.Entities[i])
	}
	for i := range k.Events {
		c.Events[i] = *copyEvent(&k.Events[i])
	}
	return c
}
