package server

import (
	"html/template"
	"net/http"
	"strings"

	"attache"
)

// handleAPIEntity returns an entity's profile: GET /api/v1/entities/{name}
func (s *Server) handleAPIEntity(w http.ResponseWriter, r *http.Request) error {
	p, err := s.profile(r, r.PathValue("name"))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, p)
	return nil
}

// profile reads an entity's profile by name.
func (s *Server) profile(r *http.Request, name string) (*entityProfile, error) {
	name = strings.TrimSpace(name)
	if name == "" || len(name) > 300 {
		return nil, invalid("entity name must be 1 to 300 bytes")
	}
	return s.articleProfile(r.Context(), name)
}

// entityPage is the data of the entity profile page.
type entityPage struct {
	P          *entityProfile
	Graph      template.HTML
	Correcting bool // the server takes corrections: show the forms
}

// handleEntityPage shows a profile: GET /entities/{name}
func (s *Server) handleEntityPage(w http.ResponseWriter, r *http.Request) error {
	p, err := s.profile(r, r.PathValue("name"))
	if err != nil {
		return err
	}
	nodes, edges := networkOf(p, s.party)
	return s.render(w, r, http.StatusOK, "entity", p.Name, entityPage{P: p, Graph: networkSVG(nodes, edges), Correcting: s.corrector != nil})
}

// handleEntitiesPage looks an entity up by name: GET /entities?name=
func (s *Server) handleEntitiesPage(w http.ResponseWriter, r *http.Request) error {
	if name := strings.TrimSpace(r.URL.Query().Get("name")); name != "" {
		http.Redirect(w, r, entityURL(name), http.StatusSeeOther)
		return nil
	}
	q, typ, limit, offset, err := entityListOf(r)
	if err != nil {
		return err
	}
	list, err := s.listEntities(r.Context(), q, typ)
	if err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "entities", "Entities", struct {
		Q        string
		Type     attache.EntityType
		Types    []attache.EntityType
		Entities []entitySummary
		Total    int
	}{q, typ, []attache.EntityType{attache.Person, attache.Organization, attache.Location, attache.Country}, pageOf(list, limit, offset), len(list)})
}

// handleAPITimeline returns the events of an entity, oldest first:
// GET /api/v1/entities/{name}/timeline
func (s *Server) handleAPITimeline(w http.ResponseWriter, r *http.Request) error {
	p, err := s.profile(r, r.PathValue("name"))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, struct {
		Name   string     `json:"name"`
		Events []eventRef `json:"events"`
	}{p.Name, p.Events})
	return nil
}
