package server

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strings"

	"attache"
)

// ingestRequest is the body of POST /api/v1/ingest: either an article
// (text or html) or a url to fetch (a page or an RSS/Atom feed).
type ingestRequest struct {
	IngestInput
	Fetch string `json:"fetch"` // a page or feed URL to fetch and ingest
}

// handleAPIIngest stores posted articles: POST /api/v1/ingest
func (s *Server) handleAPIIngest(w http.ResponseWriter, r *http.Request) error {
	if s.ingester == nil {
		return attache.Errorf(attache.EINVALID, "ingest is not available on this server")
	}
	var req ingestRequest
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	results, err := s.ingest(r, req)
	if err != nil {
		return err
	}
	if results == nil {
		results = []IngestResult{}
	}
	st := http.StatusOK
	for _, res := range results {
		if res.Status == "new" {
			st = http.StatusCreated
		}
	}
	writeJSON(w, st, struct {
		Results []IngestResult `json:"results"`
	}{results})
	return nil
}

// ingest checks a request and hands it to the ingester: a URL to fetch,
// or one article given as text or HTML.
func (s *Server) ingest(r *http.Request, req ingestRequest) ([]IngestResult, error) {
	switch {
	case req.Fetch != "":
		if req.Text != "" || req.HTML != "" {
			return nil, invalid("give either fetch or text/html, not both")
		}
		u, err := url.Parse(req.Fetch)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, invalid("fetch must be an http(s) URL, got %q", req.Fetch)
		}
		return s.ingester.IngestURL(r.Context(), req.Fetch)
	case strings.TrimSpace(req.Text) != "" || strings.TrimSpace(req.HTML) != "":
		if req.Text != "" && req.HTML != "" {
			return nil, invalid("give either text or html, not both")
		}
		if err := checkDate("published", req.Published); err != nil {
			return nil, err
		}
		res, err := s.ingester.IngestArticle(r.Context(), req.IngestInput)
		if err != nil {
			return nil, err
		}
		return []IngestResult{res}, nil
	default:
		return nil, invalid("nothing to ingest: give text, html or fetch")
	}
}

// decodeJSON reads one JSON object from the body, refusing unknown fields
// and trailing data so that typos are reported rather than ignored.
func decodeJSON(r *http.Request, v any) error {
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/json") {
		return invalid("Content-Type must be application/json, got %q", ct)
	}
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return err
		}
		if errors.Is(err, io.EOF) {
			return invalid("empty request body")
		}
		return invalid("bad JSON body: %v", err)
	}
	if dec.More() {
		return invalid("bad JSON body: more than one value")
	}
	return nil
}
