package resolve

import (
	"context"
	"fmt"

	"attache"
)

// lock takes the Service's mutex and, on a store that several processes
// write at once (attache.KnowledgeLocker: PostgreSQL), the store's
// knowledge lock, so that one resolution at a time, in any process, reads
// and writes the knowledge base. When another process wrote since this
// one did, the last build first takes in the articles that process
// resolved (catchUp), or is dropped if it rebuilt the base, so that the
// next write builds again from the store. The function returned releases
// both locks.
func (s *Service) lock(ctx context.Context) (func(), error) {
	s.mu.Lock()
	l, ok := s.Knowledge.(attache.KnowledgeLocker)
	if !ok {
		return s.mu.Unlock, nil
	}
	unlock, err := l.LockKnowledge(ctx)
	if err != nil {
		s.mu.Unlock()
		return nil, err
	}
	if s.built != nil {
		if err := s.catchUp(ctx, l); err != nil {
			s.built = nil // the next write builds again from the store
		}
	}
	return func() {
		if s.built != nil {
			// Read before unlocking: no other process has written since.
			v, err := l.KnowledgeVersion(ctx)
			if err != nil {
				s.built = nil
			}
			s.version = v
		}
		unlock()
		s.mu.Unlock()
	}, nil
}

// catchUp brings the last build up to date with the knowledge writes of
// other processes since s.version: the articles they resolved join it as
// they would have joined it here, so that it is again what Build gives
// for every resolved article, and what the store holds. A rebuild or a
// change of the corrections by another process drops it instead.
func (s *Service) catchUp(ctx context.Context, l attache.KnowledgeLocker) error {
	resolved, rebuilt, version, err := l.KnowledgeChanges(ctx, s.version)
	if err != nil {
		return err
	}
	if version == s.version {
		return nil
	}
	if rebuilt {
		s.built = nil
		return nil
	}
	buildAgain := false
	for _, id := range resolved {
		if s.built.seen[id] {
			continue
		}
		a, err := s.Articles.Article(ctx, id)
		if err != nil {
			return fmt.Errorf("catch up with %s: %w", id, err)
		}
		if a.Extraction == nil || a.DuplicateOf != "" {
			s.built.seen[id] = true
			continue
		}
		if s.built.add(a) {
			buildAgain = true
		}
	}
	if buildAgain {
		s.built.base = Build(s.KB, s.built.arts)
	}
	b, _, err := s.corrected(ctx, s.built.base, nil)
	if err != nil {
		return err
	}
	s.built.out, s.built.cur = copyKnowledge(b.Knowledge()), nil
	if b != s.built.base {
		s.built.cur = b
	}
	s.version = version
	return nil
}
