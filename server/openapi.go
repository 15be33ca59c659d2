package server

import (
	_ "embed"
	"net/http"
)

// openapiJSON describes the API (OpenAPI 3.1). It is hand-written; a test
// checks that its paths and methods are exactly the registered routes.
//
//go:embed openapi.json
var openapiJSON []byte

// handleOpenAPI serves the API description: GET /api/v1/openapi.json
func (s *Server) handleOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, _ = w.Write(openapiJSON)
}
