package server

import (
	"io/fs"
	"net/http"
	"strings"

	"attache"
)

// routes registers every endpoint. The OpenAPI document lists the /api/v1
// ones; a test checks the two agree.
func (s *Server) routes() {
	m := s.mux
	// JSON API.
	s.apiRoute("GET /api/v1/openapi.json", http.HandlerFunc(s.handleOpenAPI))
	s.apiRoute("GET /api/v1/articles", s.api(s.handleAPIArticles))
	s.apiRoute("GET /api/v1/articles/{id}", s.api(s.handleAPIArticle))
	s.apiRoute("GET /api/v1/search", s.api(s.handleAPISearch))
	s.apiRoute("POST /api/v1/ingest", s.apiWrite(maxIngestBody, s.handleAPIIngest))
	m.Handle("/api/", s.api(s.handleAPIUnknown))

	// Web UI.
	static, _ := fs.Sub(staticFS, "static")
	m.Handle("GET /static/", http.StripPrefix("/static/", noListing(cacheStatic(http.FileServerFS(static)))))
	m.Handle("GET /{$}", s.page(s.handleSearchPage))
	m.Handle("GET /articles/{id}", s.page(s.handleArticlePage))
	m.Handle("GET /login", s.page(s.handleLoginPage))
	m.Handle("POST /login", s.page(s.handleLogin))
	m.Handle("POST /logout", s.page(s.handleLogout))
	m.Handle("/", s.page(s.handleNotFoundPage))

	// Entities, events, relations, deployments and corrections.
	s.apiRoute("GET /api/v1/entities", s.api(s.handleAPIEntities))
	s.apiRoute("GET /api/v1/entities/{name}", s.api(s.handleAPIEntity))
	s.apiRoute("GET /api/v1/entities/{name}/timeline", s.api(s.handleAPITimeline))
	m.Handle("GET /entities", s.page(s.handleEntitiesPage))
	m.Handle("GET /entities/{name}", s.page(s.handleEntityPage))
	s.apiRoute("GET /api/v1/events", s.api(s.handleAPIEvents))
	m.Handle("GET /events", s.page(s.handleEventsPage))
	m.Handle("GET /map", s.page(s.handleMapPage))
	s.apiRoute("GET /api/v1/cite", s.api(s.handleAPICite))
	m.Handle("GET /cite", s.page(s.handleCitePage))
	s.apiRoute("GET /api/v1/relations/{a}/{b}", s.api(s.handleAPIRelations))
	m.Handle("GET /relations", s.page(s.handleRelationsPage))
	s.apiRoute("GET /api/v1/deployments", s.api(s.handleAPIDeployments))
	s.apiRoute("GET /api/v1/export", s.api(s.handleAPIExport))
	m.Handle("GET /deployments", s.page(s.handleDeploymentsPage))
	s.apiRoute("GET /api/v1/corrections", s.api(s.handleAPICorrections))
	s.apiRoute("POST /api/v1/corrections", s.apiWrite(maxBody, s.handleAPICorrect))
	s.apiRoute("POST /api/v1/corrections/{id}/undo", s.apiWrite(maxBody, s.handleAPIUndo))
	m.Handle("GET /corrections", s.page(s.handleCorrectionsPage))
	m.Handle("POST /corrections", s.pageWrite(s.handleCorrectForm))
	m.Handle("POST /corrections/{id}/undo", s.pageWrite(s.handleUndoForm))
}

// handleNotFoundPage answers every path no other route takes.
func (s *Server) handleNotFoundPage(w http.ResponseWriter, r *http.Request) error {
	return notFound("no such page: %s", r.URL.Path)
}

// apiRoute registers an API endpoint and remembers its pattern for the
// OpenAPI check.
func (s *Server) apiRoute(pattern string, h http.Handler) {
	s.mux.Handle(pattern, h)
	s.apiPatterns = append(s.apiPatterns, pattern)
}

// noListing answers 404 for a folder, which the file server would list.
func noListing(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "" || strings.HasSuffix(r.URL.Path, "/") {
			http.NotFound(w, r)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// cacheStatic lets browsers keep the embedded assets for an hour.
func cacheStatic(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		h.ServeHTTP(w, r)
	})
}

// handleAPIUnknown answers API requests no route takes: 405 with an Allow
// header when the path exists for another method, 404 otherwise, in JSON
// like every API error.
func (s *Server) handleAPIUnknown(w http.ResponseWriter, r *http.Request) error {
	var allow []string
	for _, m := range []string{"GET", "POST"} {
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, pattern := s.mux.Handler(probe); pattern != "/api/" {
			allow = append(allow, m)
		}
	}
	if len(allow) > 0 {
		w.Header().Set("Allow", strings.Join(allow, ", "))
		writeJSON(w, http.StatusMethodNotAllowed, errorBody{Error: errorDetail{Code: attache.EINVALID, Message: "method " + r.Method + " not allowed here"}})
		return nil
	}
	return notFound("no such endpoint: %s %s", r.Method, r.URL.Path)
}
