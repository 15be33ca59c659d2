package resolve

import (
	"context"

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
	// confirmation alone: each loses those entity parties, and its other
	// entity parties are those of its version in k at their places in
	// its list (a party's place is written only when it moved); its
	// other rows stay.
	PatchKnowledgeParties(ctx context.Context, entities, events []string, drop map[string][]string, k *attache.Knowledge) error
}

// partyChanges takes from events (the ids patch would delete and write
// again) those whose only change from old to k is in their participants.
// It returns the ids still to delete, and the participants each other
// event loses.
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
		drop[ev.ID] = lostParties(o.Participants, ev.Participants)
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
	return storedAlike(&x, &y)
}

// lostParties returns the participants of old not in now: what an edit
// of the event's parties deletes before it writes now's at their places.
func lostParties(old, now []string) []string {
	var lost []string
	for _, p := range old {
		if !contains(now, p) {
			lost = append(lost, p)
		}
	}
	return lost
}
