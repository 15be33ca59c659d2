package export

import (
	"archive/zip"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"attache"
	"attache/eventname"
)

// The csv export: one table per kind, RFC 4180 (encoding/csv, CRLF line
// ends), UTF-8 with a header row. Lists inside a cell (aliases, countries) are joined with
// "; ". Ids join the tables: events.id = participants.event_id =
// sources.event_id; persons.id = participants.entity_id =
// positions.entity_id.

// WriteCSV writes the tables to w: all of them as NAME.csv files in a zip,
// or only opts.Table as plain csv. Returns EINVALID for an unknown table.
func WriteCSV(ctx context.Context, s Source, w io.Writer, opts Options) error {
	if opts.Table != "" {
		if !slices.Contains(Tables, opts.Table) {
			return attache.Errorf(attache.EINVALID, "unknown csv table %q: want one of %s", opts.Table, strings.Join(Tables, ", "))
		}
		return writeTable(ctx, s, opts.Table, w, &opts)
	}
	z := zip.NewWriter(w)
	for _, t := range Tables {
		f, err := z.Create(t + ".csv")
		if err != nil {
			return err
		}
		if err := writeTable(ctx, s, t, f, &opts); err != nil {
			return err
		}
	}
	return z.Close()
}

// csvHeaders are the columns of each table.
var csvHeaders = map[string][]string{
	"events": {"id", "type", "label", "name", "date", "date_precision", "place", "countries", "participants", "participant_ids",
		"series", "number", "mission", "unit", "rotation", "personnel", "women", "confirmed", "sources"},
	"participants":  {"event_id", "entity_id", "name", "type", "country"},
	"sources":       {"event_id", "article_id", "published", "salience", "evidence"},
	"persons":       {"id", "name", "country", "rank", "aliases", "articles"},
	"positions":     {"entity_id", "name", "kind", "value", "as_of", "former", "article_id", "confirmed"},
	"organisations": {"id", "name", "country", "aliases", "articles"},
	"places":        {"id", "name", "country", "aliases", "articles"},
	"deployments":   {"event_id", "mission", "unit", "rotation", "date", "personnel", "women", "countries", "sources"},
}

// writeTable writes one table with its header.
func writeTable(ctx context.Context, s Source, table string, w io.Writer, opts *Options) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true // RFC 4180 ends records with CRLF
	if err := cw.Write(csvHeaders[table]); err != nil {
		return err
	}
	n := 0
	row := func(r ...string) error {
		n++
		opts.progress(table, n)
		return cw.Write(r)
	}
	var err error
	switch table {
	case "events", "participants", "sources":
		err = s.eachEventPage(ctx, opts.Filter, func(page []attache.KBEvent, names map[string]attache.KBEntity) error {
			for i := range page {
				if err := eventRows(table, &page[i], names, row); err != nil {
					return err
				}
			}
			return nil
		}, true)
	case "deployments":
		f := opts.Filter
		if f.Type != "" && f.Type != attache.EventDeployment {
			break // the filter selects no deployment
		}
		f.Type = attache.EventDeployment
		err = s.eachEvent(ctx, f, func(e *attache.KBEvent) error {
			return row(e.ID, e.Mission, e.Unit, e.Rotation, e.Date, itoa(e.Personnel), itoa(e.Women),
				join(e.Countries), itoa(len(e.Sources)))
		})
	default:
		err = s.eachSelected(ctx, opts.Filter, func(e *attache.KBEntity) error {
			return entityRows(table, e, row)
		})
	}
	if err != nil {
		return err
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("csv %s: %w", table, err)
	}
	return nil
}

// eventRows writes the rows event e adds to table.
func eventRows(table string, e *attache.KBEvent, names map[string]attache.KBEntity, row func(...string) error) error {
	switch table {
	case "events":
		var ps []string
		for _, p := range e.Participants {
			ps = append(ps, nameOr(names, p))
		}
		return row(e.ID, string(e.Type), eventname.Event(*e), e.Name, e.Date, datePrecision(e.Date), e.Place, join(e.Countries), join(ps),
			join(e.Participants), e.Series, itoa(e.Number), e.Mission, e.Unit, e.Rotation, itoa(e.Personnel), itoa(e.Women),
			strconv.FormatBool(e.Confirmed), itoa(len(e.Sources)))
	case "participants":
		for _, p := range e.Participants {
			n := names[p]
			if err := row(e.ID, p, nameOr(names, p), string(n.Type), n.Country); err != nil {
				return err
			}
		}
	case "sources":
		for _, src := range e.Sources {
			if err := row(e.ID, src.ArticleID, src.Published, src.Salience, src.Evidence); err != nil {
				return err
			}
		}
	}
	return nil
}

// entityRows writes the rows entity e adds to table.
func entityRows(table string, e *attache.KBEntity, row func(...string) error) error {
	switch {
	case table == "persons" && e.Type == attache.Person:
		return row(e.ID, e.Name, e.Country, e.Rank, join(e.Aliases), itoa(e.Articles))
	case table == "positions" && e.Type == attache.Person:
		for _, p := range e.Positions {
			if err := row(e.ID, e.Name, p.Kind, p.Value, p.AsOf, strconv.FormatBool(p.Former), p.ArticleID,
				strconv.FormatBool(p.Confirmed)); err != nil {
				return err
			}
		}
	case table == "organisations" && e.Type == attache.Organization, table == "places" && e.Type == attache.Location:
		return row(e.ID, e.Name, e.Country, join(e.Aliases), itoa(e.Articles))
	}
	return nil
}

func nameOr(names map[string]attache.KBEntity, id string) string {
	if n, ok := names[id]; ok && n.Name != "" {
		return n.Name
	}
	return id
}

func join(xs []string) string { return strings.Join(xs, "; ") }

func itoa(n int) string { return strconv.Itoa(n) }
