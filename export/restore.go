package export

import (
	"bufio"
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"

	"attache"
)

// Target is the empty base an import writes to.
type Target interface {
	attache.Store
	attache.KnowledgeStore
}

// LineError is a fault of a jsonl file, on the line it names (1-based).
// Its code (attache.ErrorCode) is EINVALID.
type LineError struct {
	Line int
	Err  error
}

// lineError returns the fault err of line as a *LineError.
func lineError(line int, err error) *LineError {
	return &LineError{Line: line, Err: attache.Errorf(attache.EINVALID, "%s", errText(err))}
}

// errText is the message of an application error, or the error itself.
func errText(err error) string {
	if attache.ErrorCode(err) == attache.EINTERNAL {
		return err.Error()
	}
	return attache.ErrorMessage(err)
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, errText(e.Err)) }

func (e *LineError) Unwrap() error { return e.Err }

// ImportStats counts what an import stored.
type ImportStats struct {
	Articles, Entities, Events, Corrections, Links int
}

// batchSize is how many entities or events one knowledge write carries.
const batchSize = 500

// Import reads a jsonl file written by WriteJSONL into dst, which must be
// empty (ECONFLICT otherwise). A fault of the file (bad JSON, a CRC that
// does not match, an unknown record, a missing end record) is a
// *LineError naming its line.
//
// The store writes one batch at a time, so a fault found late leaves the
// records before it stored: the caller imports into a new database and
// keeps it only when Import succeeds (cmd/attache imports into a
// temporary file and renames it), so that nothing is ever half-imported.
func Import(ctx context.Context, r io.Reader, dst Target, progress func(kind string, done int)) (*ImportStats, error) {
	if err := checkEmpty(ctx, dst); err != nil {
		return nil, err
	}
	im := &importer{dst: dst, pending: map[string]bool{}, progress: progress}
	br := bufio.NewReaderSize(r, 64<<10)
	line := 0
	for {
		b, err := br.ReadBytes('\n')
		if len(b) == 0 && err == io.EOF {
			break
		}
		line++
		if err != nil && err != io.EOF {
			return nil, fmt.Errorf("line %d: read: %w", line, err)
		}
		if err == io.EOF {
			return nil, lineError(line, errors.New("the line has no end: the file is truncated"))
		}
		rec, err := decodeLine(b)
		if err != nil {
			return nil, lineError(line, err)
		}
		if err := im.take(ctx, rec); err != nil {
			if attache.ErrorCode(err) == attache.EINVALID {
				return nil, lineError(line, err)
			}
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		if im.ended {
			if _, err := br.ReadByte(); err != io.EOF {
				return nil, lineError(line+1, errors.New("data after the end record"))
			}
			return &im.stats, nil
		}
	}
	if line == 0 {
		return nil, lineError(1, errors.New("the file is empty"))
	}
	return nil, lineError(line, errors.New("the file ends without its end record: it is truncated"))
}

// decodeLine checks the CRC of one line and decodes its record.
func decodeLine(b []byte) (*record, error) {
	b = bytes.TrimRight(b, "\r\n")
	const head = len(crcPrefix) + 8 + 2 // {"crc":"xxxxxxxx",
	if len(b) < head+1 || !bytes.HasPrefix(b, []byte(crcPrefix)) || string(b[head-2:head]) != `",` {
		return nil, errors.New("not a record of an attache jsonl export (no crc)")
	}
	want, err := hex.DecodeString(string(b[len(crcPrefix) : len(crcPrefix)+8]))
	if err != nil {
		return nil, errors.New("bad crc")
	}
	body := append([]byte{'{'}, b[head:]...)
	if got := crc32.ChecksumIEEE(body); got != uint32(want[0])<<24|uint32(want[1])<<16|uint32(want[2])<<8|uint32(want[3]) {
		return nil, errors.New("the line's crc does not match its content: the file is corrupted")
	}
	var rec record
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rec); err != nil {
		return nil, fmt.Errorf("bad record: %w", err)
	}
	return &rec, nil
}

// checkEmpty returns ECONFLICT when dst holds articles, entities or
// corrections.
func checkEmpty(ctx context.Context, dst Target) error {
	_, n, err := dst.FindArticles(ctx, attache.ArticleFilter{Limit: 1})
	if err != nil {
		return err
	}
	_, m, err := dst.FindKBEntities(ctx, attache.KBEntityFilter{Limit: 1})
	if err != nil {
		return err
	}
	cs, err := dst.Corrections(ctx)
	if err != nil {
		return err
	}
	if n+m+len(cs) > 0 {
		return attache.Errorf(attache.ECONFLICT, "the database is not empty (%d articles, %d entities, %d corrections): import into a new one", n, m, len(cs))
	}
	return nil
}

// importer holds an import's state between lines.
type importer struct {
	dst      Target
	progress func(string, int)
	header   bool
	ended    bool
	records  int
	pending  map[string]bool // articles the export left pending resolution
	batch    attache.Knowledge
	stats    ImportStats
}

// take stores one record, or adds it to the batch.
func (im *importer) take(ctx context.Context, rec *record) error {
	if !im.header && rec.Kind != kindHeader {
		return attache.Errorf(attache.EINVALID, "the first line is not a header: not an attache jsonl export")
	}
	im.records++
	switch rec.Kind {
	case kindHeader:
		if im.header {
			return attache.Errorf(attache.EINVALID, "a second header")
		}
		if rec.Header == nil || rec.Header.Format != JSONLFormat {
			return attache.Errorf(attache.EINVALID, "not an attache jsonl export")
		}
		if rec.Header.Version != JSONLVersion {
			return attache.Errorf(attache.EINVALID, "jsonl version %d: this build reads version %d", rec.Header.Version, JSONLVersion)
		}
		im.header = true
	case kindPending:
		im.pending[rec.Pending] = true
	case kindArticle:
		if rec.Article == nil {
			return attache.Errorf(attache.EINVALID, "article record without article")
		}
		a, err := rec.Article.toArticle()
		if err != nil {
			return attache.Errorf(attache.EINVALID, "%v", err)
		}
		if err := im.dst.PutArticle(ctx, a); err != nil {
			return err
		}
		// PutArticle marks an extracted original as pending; the export
		// says whether it still was.
		if a.Extraction != nil && a.DuplicateOf == "" && !im.pending[a.ID] {
			im.batch.Resolved = append(im.batch.Resolved, a.ID)
		}
		im.stats.Articles++
		im.report(kindArticle, im.stats.Articles)
	case kindLinks:
		im.batch.Links = append(im.batch.Links, rec.Links...)
		im.stats.Links += len(rec.Links)
	case kindEntity:
		if rec.Entity == nil {
			return attache.Errorf(attache.EINVALID, "entity record without entity")
		}
		im.batch.Entities = append(im.batch.Entities, *rec.Entity)
		im.stats.Entities++
		im.report(kindEntity, im.stats.Entities)
	case kindEvent:
		if rec.Event == nil {
			return attache.Errorf(attache.EINVALID, "event record without event")
		}
		im.batch.Events = append(im.batch.Events, *rec.Event)
		im.stats.Events++
		im.report(kindEvent, im.stats.Events)
	case kindCorrection:
		if err := im.flush(ctx); err != nil {
			return err
		}
		if err := im.correction(ctx, rec.Correction); err != nil {
			return err
		}
	case kindEnd:
		if rec.End == nil || rec.End.Records != im.records-1 {
			return attache.Errorf(attache.EINVALID, "the end record counts %d lines before it, the file has %d: lines are missing or added", endCount(rec.End), im.records-1)
		}
		im.ended = true
		return im.flush(ctx)
	default:
		return attache.Errorf(attache.EINVALID, "unknown record kind %q", rec.Kind)
	}
	if len(im.batch.Entities)+len(im.batch.Events)+len(im.batch.Links)+len(im.batch.Resolved) >= batchSize {
		return im.flush(ctx)
	}
	return nil
}

func endCount(e *end) int {
	if e == nil {
		return 0
	}
	return e.Records
}

// correction stores c with its id: corrections are numbered in the order
// they are stored, so the ids of an export come back only in an empty
// base, stored in order.
func (im *importer) correction(ctx context.Context, c *attache.Correction) error {
	if c == nil {
		return attache.Errorf(attache.EINVALID, "correction record without correction")
	}
	want := c.ID
	stored := *c
	if err := im.dst.AddCorrection(ctx, &stored); err != nil {
		return err
	}
	if stored.ID != want {
		return attache.Errorf(attache.EINVALID, "correction %s would be stored as %s: the export's corrections are not in order", want, stored.ID)
	}
	im.stats.Corrections++
	im.report(kindCorrection, im.stats.Corrections)
	return nil
}

// flush writes the batch of knowledge in one transaction.
func (im *importer) flush(ctx context.Context) error {
	b := &im.batch
	if len(b.Entities)+len(b.Events)+len(b.Links)+len(b.Resolved) == 0 {
		return nil
	}
	if err := im.dst.PutKnowledge(ctx, b); err != nil {
		return err
	}
	*b = attache.Knowledge{}
	return nil
}

func (im *importer) report(kind string, n int) {
	if im.progress != nil {
		im.progress(kind, n)
	}
}
