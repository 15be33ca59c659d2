package main

import (
	"context"

	"attache"
	"attache/resolve"
	"attache/server"
)

// corrector adapts the corrections of resolve.Service to server.Corrector.
// The server speaks of "delete-fact"; the knowledge base of "fact-delete"
// (server.StoreKind, server.APIKind).
type corrector struct{ svc *resolve.Service }

var _ server.Corrector = corrector{}

func (c corrector) Correct(ctx context.Context, sc server.Correction) (server.Correction, error) {
	ac := attache.Correction{Kind: server.StoreKind(sc.Kind), Entity: sc.Entity, Target: sc.Target, Value: sc.Value, Note: sc.Note}
	out, err := c.svc.Correct(ctx, ac)
	if err != nil {
		return sc, err
	}
	return toServer(out), nil
}

func (c corrector) Undo(ctx context.Context, id string) (server.Correction, error) {
	out, err := c.svc.Undo(ctx, id)
	if err != nil {
		return server.Correction{}, err
	}
	return toServer(out), nil
}

func (c corrector) Corrections(ctx context.Context, after string, limit int) ([]server.Correction, error) {
	cs, err := c.svc.Knowledge.LatestCorrections(ctx, after, limit)
	if err != nil {
		return nil, err
	}
	out := make([]server.Correction, len(cs))
	for i, ac := range cs {
		out[i] = toServer(ac)
	}
	return out, nil
}

func toServer(c attache.Correction) server.Correction {
	return server.Correction{ID: c.ID, Kind: server.APIKind(c.Kind), Entity: c.Entity, Target: c.Target, Value: c.Value,
		Note: c.Note, At: c.At, Undone: c.Undone}
}
