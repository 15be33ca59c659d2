package extract

import (
	"context"

	"attache"
	"attache/extract/events"
	txt "attache/extract/text"
)

// ExtractContext is Extract that gives up when ctx is done: it checks ctx
// between the stages (tokens and sentences, entities, quantities, events)
// and returns ctx's error with a nil extraction. Every stage runs in time
// linear in the text, so a check between stages bounds how long a
// cancelled extraction keeps its worker.
func (x *Extractor) ExtractContext(ctx context.Context, doc, text, published string) (*attache.Extraction, error) {
	return x.ExtractTokensContext(ctx, doc, text, published, nil)
}

// ExtractTokensContext is ExtractContext over toks, the text's tokens
// (text.Tokenize(text)) made by the caller, or nil to make them here. A
// command that builds its extractor while it reads the article can
// tokenize the article meanwhile. The extraction takes toks over: the
// caller must not use them after.
func (x *Extractor) ExtractTokensContext(ctx context.Context, doc, text, published string, toks []txt.Token) (*attache.Extraction, error) {
	out := &attache.Extraction{Doc: doc, Published: published}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	d := x.newDocTokens(text, toks)
	defer d.release()
	out.Sentences = d.sents
	// the words and dates of each sentence for the events need no entity:
	// they are made on the other core while the entities are found. Every
	// return waits for them, as d.release gives the tokens they read back
	// to the pool. A panic there is raised again here, on the caller's
	// goroutine, where a caller that recovers from a failed extraction
	// (ingest) sees it: on the other goroutine it would end the program.
	type preparing struct {
		p        *events.Prepared
		panicked any
	}
	prepared := make(chan preparing, 1)
	go func() {
		var r preparing
		defer func() {
			r.panicked = recover()
			prepared <- r
		}()
		r.p = x.events.Prepare(text, published, d.sents, d.toks, d.eventIDs)
	}()
	var prep *events.Prepared
	waited := false // the channel holds one value: read it once
	wait := func() *events.Prepared {
		if !waited {
			waited = true
			r := <-prepared
			if r.panicked != nil {
				panic(r.panicked)
			}
			prep = r.p
		}
		return prep
	}
	defer wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out.Entities = d.entities()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out.Quantities = d.quantities()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	x.events.DetectPrepared(wait(), out)
	if out.Entities == nil {
		out.Entities = []attache.Entity{}
	}
	if out.Events == nil {
		out.Events = []attache.Event{}
	}
	if out.Quantities == nil {
		out.Quantities = []attache.Quantity{}
	}
	return out, nil
}
