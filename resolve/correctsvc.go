package resolve

import (
	"context"
	"fmt"

	"attache"
)

// How a correction reaches the store. A Service that has built the
// knowledge base (a server, or any process after its first resolution)
// keeps it with the corrections applied (built.cur) and what they touched:
// a new correction applies to that copy alone and writes the entities,
// links and events it touched (applyTracked); an undo turns that copy
// back into the plain build by copying back the parts the corrections
// touched (revert), applies the remaining corrections again, and writes
// those of the parts touched before or after that came out otherwise
// (undoTracked). An event whose participants alone changed keeps its
// other rows (PartyPatcher). A store without PartyPatcher gets what
// differs between the whole knowledge base before and after (write). The
// store ends exactly as a rebuild would leave it (storetest). Without a
// build in memory (a command run on its own), a correction of an entity
// loads the parts it touches from the store and writes those
// (correct_cold.go); another correction, or an undo, builds from the
// store and writes the whole base, as a rebuild does.

// Correct checks c, applies it to the knowledge base and, if it applies,
// records it and stores the result. Returns EINVALID for a bad
// correction, ENOTFOUND when its entity or fact does not exist.
func (s *Service) Correct(ctx context.Context, c attache.Correction) (attache.Correction, error) {
	if err := CheckCorrection(&c); err != nil {
		return c, err
	}
	if c.Kind == attache.CorrectSplit && len(splitNames(c.Value)) == 0 {
		return c, attache.Errorf(attache.EINVALID, "split needs the names to split off")
	}
	unlock, err := s.lock(ctx)
	if err != nil {
		return c, err
	}
	defer unlock()
	if s.built == nil {
		if out, done, err := s.correctParts(ctx, c); done {
			return out, err
		}
		return s.correctCold(ctx, c)
	}
	cur, err := s.current(ctx)
	if err != nil {
		return c, err
	}
	if !tracked[c.Kind] {
		return s.correctWhole(ctx, cur, c)
	}
	// Apply fails before it changes anything (an entity or fact not
	// found), so cur is still what the store holds then.
	applied := false
	record := func() error {
		applied = true
		c.ID, c.Undone = "", false
		return s.Knowledge.AddCorrection(ctx, &c)
	}
	tracked, err := cur.applyTracked(ctx, s.Knowledge, c, record)
	switch {
	case err != nil && !applied:
		return c, err // not applied, nothing changed
	case err != nil:
		s.built = nil // cur has the correction, the store may not
		return c, fmt.Errorf("correct: %w", err)
	case tracked:
		// The store changed by parts: the knowledge base last written is
		// cur's, made again when next needed (writeCurrent, update).
		s.built.out = nil
		return c, nil
	}
	if err := s.writeCurrent(ctx); err != nil {
		return c, fmt.Errorf("correct: %w", err)
	}
	return c, nil
}

// correctWhole is Correct for a kind whose changes Apply does not record:
// it writes what differs between the whole knowledge base before and
// after.
func (s *Service) correctWhole(ctx context.Context, cur *Builder, c attache.Correction) (attache.Correction, error) {
	if err := s.keepOut(ctx); err != nil {
		s.built = nil
		return c, err
	}
	if err := cur.Apply(c); err != nil {
		return c, err
	}
	c.ID, c.Undone = "", false
	if err := s.Knowledge.AddCorrection(ctx, &c); err != nil {
		s.built = nil // cur has the correction, the store has not
		return c, err
	}
	if err := s.writeCurrent(ctx); err != nil {
		return c, fmt.Errorf("correct: %w", err)
	}
	return c, nil
}

// correctCold is Correct without a build in memory, for what
// correctParts cannot do: it builds from the store, checks that c
// applies, records it and writes the whole base, as a rebuild does.
func (s *Service) correctCold(ctx context.Context, c attache.Correction) (attache.Correction, error) {
	base, _, _, err := s.build(ctx)
	if err != nil {
		return c, err
	}
	if _, _, err := s.corrected(ctx, base, &c); err != nil {
		return c, err
	}
	c.ID, c.Undone = "", false
	if err := s.Knowledge.AddCorrection(ctx, &c); err != nil {
		return c, err
	}
	if _, err := s.rebuild(ctx, true); err != nil {
		return c, fmt.Errorf("correct: %w", err)
	}
	return c, nil
}

// current returns the last build with the stored corrections applied,
// making it from the plain build when no correction has needed it yet.
func (s *Service) current(ctx context.Context) (*Builder, error) {
	if s.built.cur == nil {
		b, _, err := s.corrected(ctx, s.built.base, nil)
		if err != nil {
			return nil, err
		}
		if b == s.built.base {
			b = b.clone() // corrections must not change the plain build
			b.touch = newTouched()
		}
		s.built.cur = b
	}
	return s.built.cur, nil
}

// keepOut makes built.out again from built.cur after corrections written
// by parts left it unset: cur is what the store holds.
func (s *Service) keepOut(ctx context.Context) error {
	if s.built.out != nil {
		return nil
	}
	cur, err := s.current(ctx)
	if err != nil {
		return err
	}
	s.built.out = copyKnowledge(cur.Knowledge())
	return nil
}

// writeCurrent writes what changed between the stored knowledge base
// (built.out) and built.cur. On an error the build is dropped: the next
// write builds again from the store.
func (s *Service) writeCurrent(ctx context.Context) error {
	k := s.built.cur.Knowledge()
	if s.built.out == nil {
		return fmt.Errorf("no stored knowledge base to compare with") // callers keep out
	}
	if err := s.write(ctx, k, nil); err != nil {
		s.built = nil
		return err
	}
	s.built.out = nil // before the copy: each holds the whole base
	s.built.out = copyKnowledge(k)
	return nil
}

// Undo reverts correction id, or the latest one not undone when id is
// "", and stores the knowledge base without it. Returns ENOTFOUND when
// there is none, ECONFLICT when it is already undone.
func (s *Service) Undo(ctx context.Context, id string) (attache.Correction, error) {
	cs, err := s.Knowledge.Corrections(ctx)
	if err != nil {
		return attache.Correction{}, err
	}
	var found *attache.Correction
	for i := len(cs) - 1; i >= 0; i-- {
		if (id == "" && !cs[i].Undone) || (id != "" && cs[i].ID == id) {
			found = &cs[i]
			break
		}
	}
	switch {
	case found == nil && id == "":
		return attache.Correction{}, attache.Errorf(attache.ENOTFOUND, "no correction to undo")
	case found == nil:
		return attache.Correction{}, attache.Errorf(attache.ENOTFOUND, "no correction %s", id)
	case found.Undone:
		return *found, attache.Errorf(attache.ECONFLICT, "correction %s is already undone", found.ID)
	}
	unlock, err := s.lock(ctx)
	if err != nil {
		return attache.Correction{}, err
	}
	defer unlock()
	c, err := s.Knowledge.SetCorrectionUndone(ctx, found.ID, true)
	if err != nil {
		return attache.Correction{}, err
	}
	if s.built == nil {
		if _, err := s.rebuild(ctx, true); err != nil {
			return *c, err
		}
		return *c, nil
	}
	// The corrections left apply again to the plain build: a later
	// correction may have built on the one undone.
	if pp, ok := s.Knowledge.(PartyPatcher); ok && allTracked(cs) {
		found.Undone = true // cs as the store now holds it
		if err := s.undoTracked(ctx, pp, cs); err != nil {
			s.built = nil
			return *c, fmt.Errorf("undo: %w", err)
		}
		return *c, nil
	}
	if err := s.keepOut(ctx); err != nil {
		s.built = nil
		return *c, err
	}
	s.built.cur = nil
	if _, err := s.current(ctx); err != nil {
		s.built = nil
		return *c, err
	}
	if err := s.writeCurrent(ctx); err != nil {
		return *c, fmt.Errorf("undo: %w", err)
	}
	return *c, nil
}

// undoTracked turns built.cur back into the plain build, in place (revert),
// applies the corrections left of cs to it again, and writes what differs from
// what the store holds: only what the corrections touched, then or now,
// can differ, and of that only what came out otherwise.
func (s *Service) undoTracked(ctx context.Context, pp PartyPatcher, cs []attache.Correction) error {
	cur, err := s.current(ctx)
	if err != nil {
		return err
	}
	base := s.built.base
	old, ok := cur.revert(base)
	if !ok {
		_, err := s.rebuild(ctx, true) // not a build revert knows: made whole
		return err
	}
	applyCorrections(cur, cs)
	both := newTouched().add(old.touch).add(cur.touch)
	if err := cur.writeTouched(ctx, pp, cur.changedSince(both, old, base)); err != nil {
		return err
	}
	s.built.out = nil
	return nil
}
