package server

import (
	"html/template"
	"net/http"
	"sort"
	"strings"

	"attache"
)

// deploymentFilterOf reads the ledger filters.
func deploymentFilterOf(r *http.Request) (attache.DeploymentFilter, error) {
	f := attache.DeploymentFilter{Mission: strings.TrimSpace(r.URL.Query().Get("mission")), Country: strings.ToUpper(strings.TrimSpace(r.URL.Query().Get("country")))}
	if f.Country != "" && !isCode(f.Country) {
		return f, invalid("country must be an ISO 3166-1 alpha-2 code, got %q", f.Country)
	}
	if len(f.Mission) > 200 {
		return f, invalid("mission too long")
	}
	return f, nil
}

// deployments reads the peacekeeping ledger, oldest first.
func (s *Server) deployments(r *http.Request, f attache.DeploymentFilter) ([]attache.Deployment, error) {
	k, err := s.needKnowledge()
	if err != nil {
		return nil, err
	}
	if err := s.checkCountries([2]string{"country", f.Country}); err != nil {
		return nil, err
	}
	return k.Deployments(r.Context(), f)
}

// handleAPIDeployments returns the ledger: GET /api/v1/deployments?mission=&country=
func (s *Server) handleAPIDeployments(w http.ResponseWriter, r *http.Request) error {
	f, err := deploymentFilterOf(r)
	if err != nil {
		return err
	}
	rows, err := s.deployments(r, f)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, struct {
		Deployments []attache.Deployment `json:"deployments"`
		Ledger      ledger               `json:"ledger"`
	}{rows, ledgerOf(rows)})
	return nil
}

// deploymentsPage is the data of the ledger page.
type deploymentsPage struct {
	F          attache.DeploymentFilter
	Rows       []attache.Deployment
	Ledger     ledger
	Chart      template.HTML
	Correcting bool // the server takes corrections: offer to set missions

	// The latest reviewShown rows to review, of all Ledger.Review: a
	// large base has thousands.
	Review []attache.Deployment
}

// reviewShown is how many rows without a mission the ledger page lists.
const reviewShown = 100

// handleDeploymentsPage shows the ledger with a chart of personnel per
// mission and year: GET /deployments
func (s *Server) handleDeploymentsPage(w http.ResponseWriter, r *http.Request) error {
	f, err := deploymentFilterOf(r)
	if err != nil {
		return err
	}
	rows, err := s.deployments(r, f)
	if err != nil {
		return err
	}
	p := deploymentsPage{F: f, Rows: rows, Ledger: ledgerOf(rows), Correcting: s.corrector != nil}
	p.Review = p.Ledger.Review[max(0, len(p.Ledger.Review)-reviewShown):]
	if p.Chart, err = personnelChart(rows); err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "deployments", "Peacekeeping ledger", p)
}

// personnelChart draws the personnel sent each year, stacked by mission.
// Rows without a year, a count or a mission are left out of the chart
// (not the ledger: rows without a mission are listed to review).
func personnelChart(rows []attache.Deployment) (template.HTML, error) {
	yearIdx := map[string]int{}
	var years []string
	for _, row := range rows {
		if len(row.Date) >= 4 && row.Personnel > 0 && row.Mission != "" {
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
		m := row.Mission
		if len(row.Date) < 4 || row.Personnel <= 0 || m == "" {
			continue
		}
		if byMission[m] == nil {
			byMission[m] = make([]float64, len(years))
			missions = append(missions, m)
		}
		byMission[m][yearIdx[row.Date[:4]]] += float64(row.Personnel)
	}
	var series []chartSeries
	for i, m := range missions {
		series = append(series, chartSeries{Name: m, Values: byMission[m], Colour: seriesColour(i)})
	}
	return stackedBarSVG("Personnel deployed per year by mission", "personnel", years, series)
}
