// Package events finds the events of EXTRACTION.md in an article whose
// entities are already extracted, with dates, places, participants,
// salience and CAMEO/PLOVER codes.
package events

import (
	"attache"
	"attache/kb"
)

// Detector finds events. It is safe for concurrent use.
type Detector struct {
	kb *kb.KB
}

// New returns a Detector over the given knowledge.
func New(k *kb.KB) *Detector { return &Detector{kb: k} }

// Detect appends to x.Events the events stated in text. x already holds
// the sentences, entities (with mentions) and quantities of text.
func (d *Detector) Detect(text, published string, x *attache.Extraction) {
	// TODO(events)
}
