package server

import (
	"net/http"
	"net/url"
	"strings"

	"attache"
)

// indexSize bounds the pairs the relations index lists.
const indexSize = 500

// pairRow is a country pair of the relations index, named and linked to
// its dossier.
type pairRow struct {
	attache.PairCount
	AName   string `json:"a_name"`
	BName   string `json:"b_name"`
	Dossier string `json:"-"` // the dossier page
}

// relationsIndex reads the pairs of country (a code or name; "" for all)
// with their event counts, busiest first.
func (s *Server) relationsIndex(r *http.Request, country string) (string, []pairRow, error) {
	k, err := s.needKnowledge()
	if err != nil {
		return "", nil, err
	}
	code := ""
	if strings.TrimSpace(country) != "" {
		if code, err = s.countryCode(country); err != nil {
			return "", nil, err
		}
	}
	limit, _, err := paging(r, indexSize, indexSize)
	if err != nil {
		return "", nil, err
	}
	pairs, err := k.RelationsIndex(r.Context(), code, limit)
	if err != nil {
		return "", nil, err
	}
	rows := make([]pairRow, 0, len(pairs))
	for _, p := range pairs {
		if code != "" && p.B == code { // the chosen country first
			p.A, p.B = p.B, p.A
		}
		rows = append(rows, pairRow{PairCount: p, AName: s.party(p.A), BName: s.party(p.B), Dossier: dossierURL(p.A, p.B)})
	}
	return code, rows, nil
}

// dossierURL is the dossier page of two countries: /relations/VN/RU.
func dossierURL(a, b string) string {
	return "/relations/" + url.PathEscape(a) + "/" + url.PathEscape(b)
}

// handleAPIRelationsIndex lists country pairs with their event counts:
// GET /api/v1/relations?country=&limit=
func (s *Server) handleAPIRelationsIndex(w http.ResponseWriter, r *http.Request) error {
	code, rows, err := s.relationsIndex(r, r.URL.Query().Get("country"))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, struct {
		Country string    `json:"country,omitempty"`
		Pairs   []pairRow `json:"pairs"`
	}{code, rows})
	return nil
}

// relIndexPage is the data of the relations index.
type relIndexPage struct {
	Country string // the country chosen, or ""
	A, B    string // the form's values
	Pairs   []pairRow
}

// handleRelationsIndexPage lists country pairs with event counts, and
// takes two countries (codes or names) to a dossier: GET /relations,
// GET /relations/{a}. The old form (?a=VN&b=RU) shows the dossier.
func (s *Server) handleRelationsIndexPage(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	if q.Get("a") != "" || q.Get("b") != "" {
		return s.handleRelationsPage(w, r)
	}
	code, rows, err := s.relationsIndex(r, r.PathValue("a"))
	if err != nil {
		return err
	}
	title := "Relations"
	if code != "" {
		title = "Relations of " + s.party(code)
	}
	return s.render(w, r, http.StatusOK, "relindex", title, relIndexPage{Country: code, A: code, Pairs: rows})
}
