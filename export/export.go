// Package export writes the knowledge base in the formats analysts' tools
// read (jsonl, csv, graphml, event data, JSON-LD, FollowTheMoney) and reads
// its own jsonl back into an empty store (Import): backup and restore.
//
// Every writer reads through the store interfaces a page at a time and
// writes as it goes, so that memory stays flat however large the base; a
// filtered export keeps only the ids of what it has written.
//
// A base that is being written to while it is exported is not read as one
// snapshot: export a base nobody is ingesting into for an exact copy.
package export

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"attache"
	"attache/kb"
)

// Source is the knowledge base an export reads.
type Source struct {
	Articles  attache.Store
	Knowledge attache.KnowledgeStore
	Reader    attache.Reader // finds the entity of a filter, checks codes
	KB        *kb.KB         // classifies organisations (ftm); nil: the embedded knowledge
}

// Filter selects the events of an export, as `attache events` and the
// API do (EventQuery without paging). The zero Filter exports the whole
// base.
type Filter struct {
	Type     attache.EventType `json:"type,omitempty"`
	Country  string            `json:"country,omitempty"`
	With     string            `json:"with,omitempty"`
	Entity   string            `json:"entity,omitempty"`
	From, To string            `json:"-"`
	// Mission keeps only the deployments to one peacekeeping mission
	// (acronym or name), as the ledger's filter does.
	Mission string `json:"mission,omitempty"`
}

// IsZero reports whether f selects everything.
func (f Filter) IsZero() bool { return f == Filter{} }

// Query returns f as an event query.
func (f Filter) Query() attache.EventQuery {
	return attache.EventQuery{Type: f.Type, Country: f.Country, With: f.With, Entity: f.Entity, From: f.From, To: f.To}
}

// Options tune an export.
type Options struct {
	Filter Filter
	// Progress, when set, is called after each record written with the
	// kind of record and how many of that kind are done.
	Progress func(kind string, done int)
	// Table names the one csv table to write (without zip); "" writes
	// them all in a zip.
	Table string
}

func (o *Options) progress(kind string, done int) {
	if o.Progress != nil {
		o.Progress(kind, done)
	}
}

// Formats lists the export formats, in the order the help shows them.
var Formats = []string{"jsonl", "csv", "graphml", "events", "jsonld", "ftm"}

// ContentType returns the media type of format f (with opts for csv,
// where one table is text and all tables a zip), and a file extension.
func ContentType(f string, opts Options) (mime, ext string) {
	switch f {
	case "jsonl":
		return "application/x-ndjson", "jsonl"
	case "csv":
		if opts.Table != "" {
			return "text/csv; charset=utf-8", "csv"
		}
		return "application/zip", "zip"
	case "graphml":
		return "application/graphml+xml", "graphml"
	case "events":
		return "application/x-ndjson", "events.jsonl"
	case "jsonld":
		return "application/ld+json", "jsonld"
	case "ftm":
		return "application/x-ndjson", "ftm.json"
	}
	return "application/octet-stream", "bin"
}

// checkFormat returns EINVALID for an unknown format.
func checkFormat(f string) error {
	for _, x := range Formats {
		if x == f {
			return nil
		}
	}
	return attache.Errorf(attache.EINVALID, "unknown export format %q: want one of %s", f, strings.Join(Formats, ", "))
}

// eventFilter turns f into the store's filter, the way the read side
// does: a bad code, date or entity gives the read side's own error.
func (s Source) eventFilter(ctx context.Context, f Filter) (attache.KBEventFilter, error) {
	q := f.Query()
	q.Limit = 1
	if _, err := s.Reader.FindEvents(ctx, q); err != nil {
		return attache.KBEventFilter{}, err
	}
	kf := attache.KBEventFilter{From: f.From, To: f.To, Mission: f.Mission}
	if f.Type != "" {
		kf.Types = []attache.EventType{f.Type}
	}
	for _, c := range []string{f.Country, f.With} {
		if c = strings.ToUpper(strings.TrimSpace(c)); c != "" {
			kf.Countries = append(kf.Countries, c)
		}
	}
	if f.Entity != "" {
		e, err := s.Reader.FindEntity(ctx, f.Entity)
		if err != nil {
			return kf, fmt.Errorf("entity %q: %w", f.Entity, err)
		}
		kf.EntityID = e.ID
	}
	return kf, nil
}

// Write writes the knowledge base (or the part opts.Filter selects) to w
// in format f. Returns EINVALID for an unknown format, a bad filter or an
// unknown csv table, ENOTFOUND for a filter's unknown entity.
func Write(ctx context.Context, s Source, f string, w io.Writer, opts Options) error {
	if err := checkFormat(f); err != nil {
		return err
	}
	switch f {
	case "jsonl":
		return WriteJSONL(ctx, s, w, opts)
	case "csv":
		return WriteCSV(ctx, s, w, opts)
	case "graphml":
		return WriteGraphML(ctx, s, w, opts)
	case "events":
		return WriteEvents(ctx, s, w, opts)
	case "jsonld":
		return WriteJSONLD(ctx, s, w, opts)
	case "ftm":
		return WriteFTM(ctx, s, w, opts)
	}
	return attache.Errorf(attache.EINVALID, "export format %q is not built yet", f)
}

// Tables lists the tables of the csv export, in the order of the zip.
var Tables = []string{"events", "participants", "sources", "persons", "positions", "organisations", "places", "deployments"}

// Check returns the error Write would give for format f and opts before
// writing anything: an unknown format or csv table, a bad filter, an
// unknown entity. A server checks first, so that it can still answer
// with an error status rather than a cut file.
func Check(ctx context.Context, s Source, f string, opts Options) error {
	if err := checkFormat(f); err != nil {
		return err
	}
	if f == "csv" && opts.Table != "" && !slices.Contains(Tables, opts.Table) {
		return attache.Errorf(attache.EINVALID, "unknown csv table %q: want one of %s", opts.Table, strings.Join(Tables, ", "))
	}
	_, err := s.eventFilter(ctx, opts.Filter)
	return err
}
