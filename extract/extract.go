// Package extract turns an article's clean text into the record of
// EXTRACTION.md: entities with mentions, events, quantities. It is pure: no
// storage, no network; knowledge comes in as a *kb.KB.
package extract

import (
	"attache"
	"attache/extract/events"
	"attache/kb"
)

// Extractor runs the extraction pipeline. It is safe for concurrent use.
type Extractor struct {
	kb     *kb.KB
	events *events.Detector
}

// New returns an Extractor over the given knowledge. Build it once: it
// compiles the gazetteers.
func New(k *kb.KB) *Extractor {
	return &Extractor{kb: k, events: events.New(k)}
}

// Extract analyses one article. doc names it (a file name), text is its
// clean text, published its publication date (YYYY-MM-DD) or "".
func (x *Extractor) Extract(doc, text, published string) *attache.Extraction {
	out := &attache.Extraction{Doc: doc, Published: published}
	// TODO(entities): sentences, entities, quantities.
	x.events.Detect(text, published, out)
	return out
}
