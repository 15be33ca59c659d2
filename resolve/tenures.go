package resolve

import (
	"attache"
	"attache/tenure"
)

// tenures groups an entity's positions into tenures and a rank
// progression, each post naming the fact ids a correction deletes or
// confirms it by. The folder is built once, from the knowledge the
// Service was given.
func (s *Service) tenures(entityID string, positions []attache.Position) ([]attache.Tenure, []attache.RankStep) {
	s.folderOnce.Do(func() { s.folder = tenure.NewFolder(s.KB) })
	ts, rs := tenure.Of(s.folder, positions, func(p attache.Position) string {
		return PositionFactID(entityID, p.Kind, p.Value)
	})
	if ts == nil {
		ts = []attache.Tenure{}
	}
	if rs == nil {
		rs = []attache.RankStep{}
	}
	return ts, rs
}
