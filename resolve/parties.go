package resolve

import (
	"context"
	"reflect"
	"sort"

	"attache"
)

// PartyPatcher is a Patcher that can also remove single persons or
// organisations from the parties of events while keeping the events'
// other rows; sqlite.DB is one. A merge or a split changes the
// participants of every event of the entity it names, and nothing else of
// them: without it, each of those events is deleted and written again.
type PartyPatcher interface {
	// PatchKnowledgeParties is PatchKnowledge where the events of drop
	// (event id → entity ids) change in their entity participants and
	// confirmation alone: each loses those entity parties and gains the
	// participants of its version in k that it lacks; its other rows
	// stay.
	PatchKnowledgeParties(ctx context.Context, entities, events []string, drop map[string][]string, k *attache.Knowledge) error
}

// partyChanges takes from events (the ids patch would delete and write
// again) those whose only change from old to k is in their participants,
// such that removing the participants they lost and adding the new ones
// (at their place in the new list) stores the new list in its order. It
// returns the ids still to delete, and the participants each other event
// loses.
func partyChanges(old, k *attache.Knowledge, events []string) ([]string, map[string][]string) {
	if len(events) == 0 {
		return events, nil
	}
	want := make(map[string]bool, len(events))
	for _, id := range events {
		want[id] = true
	}
	before := map[string]*attache.KBEvent{}
	for i := range old.Events {
		if want[old.Events[i].ID] {
			before[old.Events[i].ID] = &old.Events[i]
		}
	}
	drop := map[string][]string{}
	for i := range k.Events {
		ev := &k.Events[i]
		o := before[ev.ID]
		if o == nil || !onlyParticipants(o, ev) {
			continue
		}
		if lost, ok := partiesEdit(o.Participants, ev.Participants); ok {
			drop[ev.ID] = lost
		}
	}
	var keep []string
	for _, id := range events {
		if _, ok := drop[id]; !ok {
			keep = append(keep, id)
		}
	}
	return keep, drop
}

// onlyParticipants reports whether two versions of an event differ in
// their participants alone.
func onlyParticipants(a, b *attache.KBEvent) bool {
	x, y := *a, *b
	x.Participants, y.Participants = nil, nil
	return reflect.DeepEqual(x, y)
}

// partiesEdit returns the participants of old not in now, and whether a
// store that keeps the others with their old places and adds the new ones
// at their places in now lists them as now: stored parties are read by
// place, then by id.
func partiesEdit(old, now []string) ([]string, bool) {
	type party struct {
		id  string
		idx int
	}
	var stored []party
	var lost []string
	for i, p := range old {
		if contains(now, p) {
			stored = append(stored, party{p, i})
		} else {
			lost = append(lost, p)
		}
	}
	for i, p := range now {
		if !contains(old, p) {
			stored = append(stored, party{p, i})
		}
	}
	sort.Slice(stored, func(i, j int) bool {
		if stored[i].idx != stored[j].idx {
			return stored[i].idx < stored[j].idx
		}
		return stored[i].id < stored[j].id
	})
	if len(stored) != len(now) {
		return nil, false
	}
	for i := range stored {
		if stored[i].id != now[i] {
			return nil, false
		}
	}
	return lost, true
}
