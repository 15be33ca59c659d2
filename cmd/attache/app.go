package main

import (
	"context"
	"fmt"

	"attache"
	"attache/extract"
	"attache/ingest"
	"attache/kb"
	"attache/resolve"
)

// app is the program's parts wired once from the configuration, in the
// one order every command needs them: knowledge → extractor → store →
// knowledge-base service. Commands that do not store (extract, eval) stop
// after the extractor.
type app struct {
	kb        *kb.KB
	extractor *extract.Extractor
	store     attache.Store    // nil until openStore
	resolver  *resolve.Service // nil when the store keeps no knowledge base
}

// startExtraction loads the knowledge (embedded plus --kb) and builds the
// extractor over it. A bad user file is reported with its path and line.
func (c *Config) startExtraction() (*app, error) {
	k, err := c.loadKB()
	if err != nil {
		return nil, err
	}
	ex, err := c.newExtractor(k)
	if err != nil {
		return nil, err
	}
	return &app{kb: k, extractor: ex}, nil
}

// start is startExtraction, then the store and the knowledge-base service
// over it. The caller closes the app.
func (c *Config) start(ctx context.Context) (*app, error) {
	a, err := c.startExtraction()
	if err != nil {
		return nil, err
	}
	if err := c.open(ctx, a); err != nil {
		return nil, err
	}
	return a, nil
}

// startKnowledge is start without the extractor, for the commands that
// read and correct the knowledge base; it fails when the store keeps none.
func (c *Config) startKnowledge(ctx context.Context) (*app, error) {
	k, err := c.loadKB()
	if err != nil {
		return nil, err
	}
	a := &app{kb: k}
	if err := c.open(ctx, a); err != nil {
		return nil, err
	}
	if err := a.needKnowledgeBase(c); err != nil {
		a.Close()
		return nil, err
	}
	return a, nil
}

// open opens the store and the knowledge-base service over it.
func (c *Config) open(ctx context.Context, a *app) error {
	st, err := c.openStore(ctx)
	if err != nil {
		return err
	}
	a.store, a.resolver = st, resolver(st, a.kb)
	return nil
}

// Close closes the store, if one was opened.
func (a *app) Close() error {
	if a.store == nil {
		return nil
	}
	return a.store.Close()
}

// needKnowledgeBase fails when the store keeps no knowledge base.
func (a *app) needKnowledgeBase(c *Config) error {
	if a.resolver == nil {
		return fmt.Errorf("database %s keeps no knowledge base", c.DB)
	}
	return nil
}

// ingester is an ingest service over the app's store, extractor and
// knowledge base, with the configuration's limits; callers set the rest.
func (a *app) ingester(c *Config) *ingest.Service {
	svc := &ingest.Service{Store: a.store, Extractor: a.extractor, Workers: c.Workers, MaxSize: c.MaxSize,
		AllowPrivateURLs: c.AllowPrivateURLs, Budget: c.Budget}
	if a.resolver != nil {
		svc.Resolver = a.resolver // a nil *resolve.Service would be a non-nil interface
	}
	return svc
}
