package server

import (
	"encoding/json"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestOpenAPIMatchesRoutes checks the served OpenAPI document against the
// registered routes, both ways, and that each documented operation answers
// with a status the document lists (or 401 for writes without a token).
func TestOpenAPIMatchesRoutes(t *testing.T) {
	s, st := newTestServer(t, testToken)
	seedArticles(t, st)
	w := do(t, s.Handler(), "GET", "/api/v1/openapi.json", "")
	var doc struct {
		OpenAPI string                                                   `json:"openapi"`
		Paths   map[string]map[string]struct{ Responses map[string]any } `json:"paths"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi version %q", doc.OpenAPI)
	}
	var documented []string
	for path, ops := range doc.Paths {
		for method := range ops {
			documented = append(documented, strings.ToUpper(method)+" "+path)
		}
	}
	slices.Sort(documented)
	registered := slices.Clone(s.apiPatterns)
	slices.Sort(registered)
	if !slices.Equal(documented, registered) {
		t.Errorf("OpenAPI and routes differ:\ndocumented: %v\nregistered: %v", documented, registered)
	}
	// Each documented path, with sample path values, reaches its handler
	// (not the catch-all 404) and answers with a documented status.
	sample := strings.NewReplacer("{id}", "nope", "{name}", "Phan%20Van%20Giang", "{a}", "VN", "{b}", "RU")
	for path, ops := range doc.Paths {
		for method, op := range ops {
			m := strings.ToUpper(method)
			r, _ := http.NewRequest(m, sample.Replace(path), nil)
			if _, pattern := s.mux.Handler(r); pattern != m+" "+path {
				t.Errorf("%s %s is served by %q", m, path, pattern)
			}
			w := do(t, s.Handler(), m, sample.Replace(path), "")
			code := strings.TrimSpace(http.StatusText(w.Code))
			if _, ok := op.Responses[strconv.Itoa(w.Code)]; !ok {
				t.Errorf("%s %s answered %d (%s), not among its documented responses", m, path, w.Code, code)
			}
		}
	}
}

// TestOpenAPICorrectionKinds: the document lists the correction kinds the
// API accepts, no more, no fewer.
func TestOpenAPICorrectionKinds(t *testing.T) {
	var doc struct {
		Components struct {
			Schemas map[string]struct {
				Properties map[string]struct {
					Enum []string `json:"enum"`
				} `json:"properties"`
			} `json:"schemas"`
		} `json:"components"`
	}
	if err := json.Unmarshal(openapiJSON, &doc); err != nil {
		t.Fatal(err)
	}
	got := slices.Sorted(slices.Values(doc.Components.Schemas["Correction"].Properties["kind"].Enum))
	want := slices.Sorted(slices.Values(correctionKinds))
	if !slices.Equal(got, want) {
		t.Errorf("OpenAPI correction kinds %v, the API accepts %v", got, want)
	}
}
