package server

import (
	"context"
	"html/template"
	"net/http"
	"sort"
	"strings"

	"attache"
	"attache/fold"
)

// ledgerRow is one peacekeeping deployment as reported.
type ledgerRow struct {
	Mission   string   `json:"mission"`
	Unit      string   `json:"unit,omitempty"`
	Rotation  string   `json:"rotation,omitempty"`
	Date      string   `json:"date,omitempty"`
	Personnel int      `json:"personnel,omitempty"`
	Women     int      `json:"women,omitempty"`
	Countries []string `json:"countries"`
	Evidence  string   `json:"evidence"`
	Article   string   `json:"article"`
	Title     string   `json:"article_title"`
}

// deploymentFilter selects ledger rows.
type deploymentFilter struct {
	Mission string // acronym or name, any spelling
	Country string // ISO code of the sending country
}

// deployments builds the peacekeeping ledger from deployment events,
// oldest first.
func (s *Server) deployments(ctx context.Context, f deploymentFilter) ([]ledgerRow, error) {
	q := attache.SearchQuery{Type: "deployment", Limit: eventDepth}
	mission := fold.Key(f.Mission)
	evs, err := s.collectEvents(ctx, q, func(a *attache.Article, ev attache.Event) bool {
		if ev.Type != "deployment" {
			return false
		}
		if mission != "" && fold.Key(ev.Mission) != mission {
			return false
		}
		return f.Country == "" || involves(a.Extraction, ev, f.Country)
	})
	if err != nil {
		return nil, err
	}
	rows := []ledgerRow{}
	for _, e := range evs {
		r := ledgerRow{Mission: e.Mission, Unit: e.Unit, Rotation: e.Rotation, Date: eventDate(e), Personnel: e.Personnel,
			Women: e.Women, Countries: []string{}, Evidence: e.Evidence, Article: e.Article, Title: e.ArticleTitle}
		for _, p := range e.Participants {
			if isCode(p) {
				r.Countries = append(r.Countries, p)
			}
		}
		rows = append(rows, r)
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].Date < rows[j].Date })
	return rows, nil
}

func deploymentFilterOf(r *http.Request) (deploymentFilter, error) {
	f := deploymentFilter{Mission: strings.TrimSpace(r.URL.Query().Get("mission")), Country: strings.ToUpper(r.URL.Query().Get("country"))}
	if f.Country != "" && !isCode(f.Country) {
		return f, invalid("country must be an ISO 3166-1 alpha-2 code, got %q", f.Country)
	}
	if len(f.Mission) > 200 {
		return f, invalid("mission too long")
	}
	return f, nil
}

// handleAPIDeployments returns the ledger: GET /api/v1/deployments?mission=&country=
func (s *Server) handleAPIDeployments(w http.ResponseWriter, r *http.Request) error {
	f, err := deploymentFilterOf(r)
	if err != nil {
		return err
	}
	rows, err := s.deployments(r.Context(), f)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, struct {
		Deployments []ledgerRow `json:"deployments"`
	}{rows})
	return nil
}

// deploymentsPage is the data of the ledger page.
type deploymentsPage struct {
	F     deploymentFilter
	Rows  []ledgerRow
	Chart template.HTML
}

// handleDeploymentsPage shows the ledger with a chart of personnel per
// mission and year: GET /deployments
func (s *Server) handleDeploymentsPage(w http.ResponseWriter, r *http.Request) error {
	f, err := deploymentFilterOf(r)
	if err != nil {
		return err
	}
	rows, err := s.deployments(r.Context(), f)
	if err != nil {
		return err
	}
	p := deploymentsPage{F: f, Rows: rows}
	yearIdx := map[string]int{}
	var years []string
	for _, row := range rows {
		if len(row.Date) >= 4 && row.Personnel > 0 {
			if _, ok := yearIdx[row.Date[:4]]; !ok {
				yearIdx[row.Date[:4]] = 0
				years = append(years, row.Date[:4])
			}
		}
	}
	sort.Strings(years)
	for i, y := range years {
		yearIdx[y] = i
	}
	byMission := map[string][]float64{}
	var missions []string
	for _, row := range rows {
		if len(row.Date) < 4 || row.Personnel <= 0 {
			continue
		}
		m := row.Mission
		if m == "" {
			m = "unknown mission"
		}
		if byMission[m] == nil {
			byMission[m] = make([]float64, len(years))
			missions = append(missions, m)
		}
		byMission[m][yearIdx[row.Date[:4]]] += float64(row.Personnel)
	}
	var series []chartSeries
	for _, m := range missions {
		series = append(series, chartSeries{Name: m, Values: byMission[m]})
	}
	if p.Chart, err = stackedBarSVG("Personnel deployed per year by mission", "personnel", years, series); err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "deployments", "Peacekeeping ledger", p)
}
