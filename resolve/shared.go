package resolve

import (
	"context"

	"attache"
)

// lock takes the Service's mutex and, on a store that several processes
// write at once (attache.KnowledgeLocker: PostgreSQL), the store's
// knowledge lock, so that one resolution at a time, in any process, reads
// and writes the knowledge base. When another process wrote since this
// one did, the last build is dropped (catchUp), so that the next write
// builds again from the store. The function returned releases both
// locks.
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

// catchUp keeps the last build only while no other process has written
// the knowledge base since s.version. When one has, the build is dropped
// and the next write builds again from the store, which holds what every
// process resolved. Taking the other process's articles into the build
// instead, one batch at a time, left the stored base different from a
// rebuild in about one run of ten of two processes on one SQLite file:
// the write that follows is a patch against what this process believes
// the store holds, so any difference between the two copies stays.
func (s *Service) catchUp(ctx context.Context, l attache.KnowledgeLocker) error {
	version, err := l.KnowledgeVersion(ctx)
	if err != nil {
		return err
	}
	if version != s.version {
		s.built = nil
	}
	return nil
}
