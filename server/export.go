package server

import (
	"net/http"
	"net/url"

	"attache"
	"attache/export"
)

// handleAPIExport streams the knowledge base, or the events a filter
// selects with their participants and sources, in one of the export
// formats: GET /api/v1/export?format=F&country=&with=&from=&to=&entity=&type=&mission=&table=
func (s *Server) handleAPIExport(w http.ResponseWriter, r *http.Request) error {
	k, err := s.needKnowledge()
	if err != nil {
		return err
	}
	ks, ok := s.store.(attache.KnowledgeStore)
	if !ok {
		return notFound("this store keeps no knowledge base")
	}
	q := r.URL.Query()
	format := q.Get("format")
	if format == "" {
		format = "jsonl"
	}
	opts := export.Options{Table: q.Get("table"), Filter: export.Filter{Type: attache.EventType(q.Get("type")),
		Country: q.Get("country"), With: q.Get("with"), Entity: q.Get("entity"), From: q.Get("from"), To: q.Get("to"), Mission: q.Get("mission")}}
	// Countries as the events list takes them: a code or a name, and one
	// of no known country refused rather than answered with an empty file.
	if err := s.checkCountries(countryParam{"country", &opts.Filter.Country}, countryParam{"with", &opts.Filter.With}); err != nil {
		return err
	}
	src := export.Source{Articles: s.store, Knowledge: ks, Reader: k}
	if err := export.Check(r.Context(), src, format, opts); err != nil {
		return err
	}
	mime, ext := export.ContentType(format, opts)
	w.Header().Set("Content-Type", mime)
	w.Header().Set("Content-Disposition", `attachment; filename="attache-export.`+ext+`"`)
	if err := export.Write(r.Context(), src, format, w, opts); err != nil {
		// The status is sent: the file is cut short, which a reader
		// notices (a jsonl file without its end record is refused).
		s.log.Error("export", "format", format, "err", err)
	}
	return nil
}

// exportLink is one download link of a page.
type exportLink struct {
	Format string
	URL    string
}

// exportLinks returns the download links, one per format, for the
// filter given as name, value pairs (empty values left out).
func exportLinks(pairs ...string) []exportLink {
	q := url.Values{}
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i+1] != "" {
			q.Set(pairs[i], pairs[i+1])
		}
	}
	var out []exportLink
	for _, f := range export.Formats {
		q.Set("format", f)
		out = append(out, exportLink{Format: f, URL: "/api/v1/export?" + q.Encode()})
	}
	return out
}
