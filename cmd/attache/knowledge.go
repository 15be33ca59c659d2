package main

import (
	"context"
	"fmt"
	"strings"

	"attache"
	"attache/kb"
	"attache/resolve"
)

// resolver returns the knowledge-base service over st, or nil when the
// store keeps no knowledge base.
func resolver(st attache.Store, k *kb.KB) *resolve.Service {
	ks, ok := st.(attache.KnowledgeStore)
	if !ok {
		return nil
	}
	return &resolve.Service{Articles: st, Knowledge: ks, KB: k}
}

// openKnowledge opens the store and the knowledge-base service over it
// (see startKnowledge). The caller closes the store.
func (c *Config) openKnowledge(ctx context.Context) (attache.Store, *resolve.Service, error) {
	a, err := c.startKnowledge(ctx)
	if err != nil {
		return nil, nil, err
	}
	return a.store, a.resolver, nil
}

// nameOf shows a participant: its canonical name, or the id itself.
func nameOf(names attache.Names, id string) string {
	if n, ok := names[id]; ok {
		return n.Name
	}
	return id
}

// eventLine is one event as a line of text: date, type, parties, sources.
func eventLine(ev attache.KBEvent, names attache.Names) string {
	var parts []string
	for _, p := range ev.Participants {
		parts = append(parts, nameOf(names, p))
	}
	date := ev.Date
	if date == "" {
		date = "undated"
	}
	label := string(ev.Type)
	if ev.Label != "" && ev.Label != label {
		label += " \"" + ev.Label + "\""
	}
	line := fmt.Sprintf("%-23s %s", date, label)
	if len(parts) > 0 {
		line += ": " + strings.Join(parts, ", ")
	}
	if len(ev.Countries) > 0 {
		line += " [" + strings.Join(ev.Countries, "-") + "]"
	}
	var srcs []string
	for _, s := range ev.Sources {
		srcs = append(srcs, shortID(s.ArticleID))
	}
	line += "  (" + ev.ID + "; sources " + strings.Join(srcs, ", ") + ")"
	return safeText(line, true)
}
