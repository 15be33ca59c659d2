// Package query is attache's read side: it answers the questions of the
// web UI and the API (attache.Reader) from the store interfaces and the
// resolver's profiles and dossiers, so that a front end only parses
// requests and renders answers. It holds no state of its own.
package query

import (
	"context"
	"strings"

	"attache"
	"attache/resolve"
)

// Knowledge is what the resolver answers over the knowledge base.
// *resolve.Service satisfies it.
type Knowledge interface {
	FindEntity(ctx context.Context, name string) (*attache.KBEntity, error)
	EntityProfile(ctx context.Context, name string) (*attache.Profile, error)
	FindEvents(ctx context.Context, q attache.EventQuery) (*attache.EventList, error)
	Relations(ctx context.Context, a, b string) (*attache.Dossier, error)
	Deployments(ctx context.Context, f attache.DeploymentFilter) ([]attache.Deployment, error)
}

// Service answers attache.Reader. Build it with New.
type Service struct {
	Knowledge
	store attache.Store
	kb    attache.KnowledgeStore
}

var _ attache.Reader = (*Service)(nil)

// New returns the read side over the article store st, the knowledge
// store kb and the resolver k.
func New(st attache.Store, kb attache.KnowledgeStore, k Knowledge) *Service {
	return &Service{Knowledge: k, store: st, kb: kb}
}

// EntityProfile returns the resolver's profile with the fact id of each
// position filled, so that a front end can offer to correct it, and its
// events titled.
func (s *Service) EntityProfile(ctx context.Context, name string) (*attache.Profile, error) {
	p, err := s.Knowledge.EntityProfile(ctx, name)
	if err != nil {
		return nil, err
	}
	for i, pos := range p.Entity.Positions {
		p.Entity.Positions[i].Fact = resolve.PositionFactID(p.Entity.ID, pos.Kind, pos.Value)
	}
	LabelProfile(p)
	return p, nil
}

// ArticleLinks reads the stored links of an article's entities. See
// attache.Reader.
func (s *Service) ArticleLinks(ctx context.Context, id string) ([]attache.EntityLink, error) {
	return s.kb.ArticleLinks(ctx, id)
}

// RelationsIndex counts the events of country pairs from the store's
// tallies. See attache.Reader.
func (s *Service) RelationsIndex(ctx context.Context, code string, limit int) ([]attache.PairCount, error) {
	return s.kb.KBPairCounts(ctx, code, limit)
}

// Ledger reads the ledger's tallies by rotation from the store. See
// attache.Reader.
func (s *Service) Ledger(ctx context.Context, f attache.DeploymentFilter, review int) (*attache.LedgerTally, error) {
	if c := strings.TrimSpace(f.Country); c != "" && !isCountryCode(c) {
		return nil, attache.Errorf(attache.EINVALID, "bad country code %q: want two letters (VN)", f.Country)
	}
	return s.kb.KBLedger(ctx, f, review)
}

// LedgerUnits reads the ledger's totals by unit and the latest rotations
// of each from the store. See attache.Reader.
func (s *Service) LedgerUnits(ctx context.Context, latest, review int) (*attache.LedgerUnits, error) {
	return s.kb.KBLedgerUnits(ctx, latest, review)
}

// isCountryCode says whether c is two ASCII letters.
func isCountryCode(c string) bool {
	if len(c) != 2 {
		return false
	}
	for _, r := range c {
		if (r < 'A' || r > 'Z') && (r < 'a' || r > 'z') {
			return false
		}
	}
	return true
}
