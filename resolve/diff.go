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
	oldEnts := make(map[string]*attache.KBEntity, len(old.Entities))
	for i := range old.Entities {
		oldEnts[old.Entities[i].ID] = &old.Entities[i]
	}
	for _, e := range k.Entities {
		o := oldEnts[e.ID]
		if o == nil {
			diff.Entities = append(diff.Entities, e)
			continue
		}
		delete(oldEnts, e.ID)
		if reflect.DeepEqual(*o, e) {
			continue
		}
		if !subset(o.Aliases, e.Aliases) || !subset(o.Positions, e.Positions) {
			return nil, false
		}
		diff.Entities = append(diff.Entities, e)
	}
	if len(oldEnts) > 0 {
		return nil, false
	}
	type linkKey struct {
		article string
		idx     int
	}
	oldLinks := make(map[linkKey]attache.EntityLink, len(old.Links))
	for _, l := range old.Links {
		oldLinks[linkKey{l.ArticleID, l.EntityIdx}] = l
	}
	for _, l := range k.Links {
		key := linkKey{l.ArticleID, l.EntityIdx}
		o, had := oldLinks[key]
		delete(oldLinks, key)
		if !had || o != l {
			diff.Links = append(diff.Links, l)
		}
	}
	if len(oldLinks) > 0 {
		return nil, false
	}
	oldEvs := make(map[string]*attache.KBEvent, len(old.Events))
	for i := range old.Events {
		oldEvs[old.Events[i].ID] = &old.Events[i]
	}
	for _, ev := range k.Events {
		o := oldEvs[ev.ID]
		if o == nil {
			diff.Events = append(diff.Events, ev)
			continue
		}
		delete(oldEvs, ev.ID)
		if reflect.DeepEqual(*o, ev) {
			continue
		}
		// Parties are stored with their place in the list: old ones must
		// keep theirs.
		if !prefix(o.Participants, ev.Participants) || !prefix(o.Countries, ev.Countries) || !subset(o.Sources, ev.Sources) {
			return nil, false
		}
		diff.Events = append(diff.Events, ev)
	}
	if len(oldEvs) > 0 {
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
	oldEnts := make(map[string]*attache.KBEntity, len(old.Entities))
	for i := range old.Entities {
		oldEnts[old.Entities[i].ID] = &old.Entities[i]
	}
	for _, e := range k.Entities {
		o := oldEnts[e.ID]
		delete(oldEnts, e.ID)
		switch {
		case o == nil:
		case reflect.DeepEqual(*o, e):
			continue
		case !subset(o.Aliases, e.Aliases) || !subset(o.Positions, e.Positions):
			entities = append(entities, e.ID)
		default:
			// An upsert adds aliases and positions: only the new ones
			// need writing (a much-cited person has hundreds).
			e.Aliases, e.Positions = minus(e.Aliases, o.Aliases), minus(e.Positions, o.Positions)
		}
		put.Entities = append(put.Entities, e)
	}
	for id := range oldEnts {
		entities = append(entities, id)
	}
	type linkKey struct {
		article string
		idx     int
	}
	oldLinks := make(map[linkKey]attache.EntityLink, len(old.Links))
	for _, l := range old.Links {
		oldLinks[linkKey{l.ArticleID, l.EntityIdx}] = l
	}
	for _, l := range k.Links {
		key := linkKey{l.ArticleID, l.EntityIdx}
		o, had := oldLinks[key]
		delete(oldLinks, key)
		if !had || o != l {
			put.Links = append(put.Links, l)
		}
	}
	if len(oldLinks) > 0 {
		return nil, nil, nil, false
	}
	oldEvs := make(map[string]*attache.KBEvent, len(old.Events))
	for i := range old.Events {
		oldEvs[old.Events[i].ID] = &old.Events[i]
	}
	for _, ev := range k.Events {
		o := oldEvs[ev.ID]
		delete(oldEvs, ev.ID)
		switch {
		case o == nil:
		case reflect.DeepEqual(*o, ev):
			continue
		case !prefix(o.Participants, ev.Participants) || !prefix(o.Countries, ev.Countries) || !subset(o.Sources, ev.Sources):
			events = append(events, ev.ID)
		default:
			// Sources are added too; parties keep their whole lists,
			// whose order the store records.
			ev.Sources = minus(ev.Sources, o.Sources)
		}
		put.Events = append(put.Events, ev)
	}
	for id := range oldEvs {
		events = append(events, id)
	}
	sort.Strings(entities)
	sort.Strings(events)
	return entities, events, put, true
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
