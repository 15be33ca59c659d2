package server

import (
	"html/template"
	"net/http"
	"strings"

	"attache"
)

// deploymentFilterOf reads the ledger filters and the page of rows asked
// for: limit (def by default, at most 1000) rows after the cursor after.
func deploymentFilterOf(r *http.Request, def int) (attache.DeploymentFilter, error) {
	q := r.URL.Query()
	f := attache.DeploymentFilter{Mission: strings.TrimSpace(q.Get("mission")), Country: strings.TrimSpace(q.Get("country")), After: q.Get("after")}
	if len(f.Mission) > 200 || len(f.Country) > 100 {
		return f, invalid("mission or country too long")
	}
	if f.After != "" {
		if _, err := attache.ParseCursor(f.After); err != nil {
			return f, err
		}
	}
	var err error
	f.Limit, _, err = paging(r, def, 1000)
	return f, err
}

// ledgerAnswer is one page of ledger rows in date order, the cursor of
// the next page ("" at the end), and the ledger of all rows.
type ledgerAnswer struct {
	Deployments []attache.Deployment `json:"deployments"`
	Next        string               `json:"next,omitempty"`
	Ledger      ledger               `json:"ledger"`
}

// deployments reads the ledger's tallies, each unit with its latest
// rotationsShown rotations (shownLedger), and one page of its rows. The
// ledger without filters comes from the totals kept at write time
// rather than from every rotation; a filter on mission or country keeps
// or drops single reports of a rotation, so it groups them afresh.
func (s *Server) deployments(r *http.Request, f attache.DeploymentFilter) (*ledgerAnswer, error) {
	k, err := s.needKnowledge()
	if err != nil {
		return nil, err
	}
	if err := s.checkCountries(countryParam{"country", &f.Country}); err != nil {
		return nil, err
	}
	var l ledger
	if f.Mission == "" && f.Country == "" {
		u, err := k.LedgerUnits(r.Context(), rotationsShown, reviewShown)
		if err != nil {
			return nil, err
		}
		l = ledgerOfUnits(u)
	} else {
		t, err := k.Ledger(r.Context(), f, reviewShown)
		if err != nil {
			return nil, err
		}
		if f.Mission != "" && len(t.Rotations) == 0 {
			if err := knownMission(r, k, f.Mission); err != nil {
				return nil, err
			}
		}
		l = shownLedger(ledgerOf(t), rotationsShown)
	}
	limit := f.Limit
	f.Limit++ // one more tells whether a page follows
	rows, err := k.Deployments(r.Context(), f)
	if err != nil {
		return nil, err
	}
	a := &ledgerAnswer{Deployments: rows, Ledger: l}
	if len(rows) > limit {
		a.Deployments = rows[:limit]
		last := a.Deployments[limit-1]
		a.Next = attache.EventCursor(attache.KBEvent{ID: last.EventID, Date: last.Date})
	}
	return a, nil
}

// knownMission refuses (400) a mission that no deployment of the base
// names, as an unknown country code is refused: an empty ledger would
// read as "nothing sent there". The mission's rotations are read from
// the totals kept at write time, a few rows.
func knownMission(r *http.Request, k attache.Reader, mission string) error {
	t, err := k.Ledger(r.Context(), attache.DeploymentFilter{Mission: mission}, 0)
	if err != nil {
		return err
	}
	if len(t.Rotations) == 0 {
		return invalid("mission: no deployment in the base names %q", mission)
	}
	return nil
}

// handleAPIDeployments returns the ledger, each unit with its latest
// rotations as the ledger page lists them, and a page of its rows:
// GET /api/v1/deployments?mission=&country=&limit=&after=
func (s *Server) handleAPIDeployments(w http.ResponseWriter, r *http.Request) error {
	f, err := deploymentFilterOf(r, 100)
	if err != nil {
		return err
	}
	a, err := s.deployments(r, f)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, a)
	return nil
}

// deploymentsPage is the data of the ledger page.
type deploymentsPage struct {
	F          attache.DeploymentFilter
	A          *ledgerAnswer
	Chart      template.HTML
	Correcting bool   // the server takes corrections: offer to set missions
	NextURL    string // the next page of rows, "" at the end
}

// rotationsShown is how many rotations of a unit the ledger lists, the
// latest, on its page and in the API.
const rotationsShown = 30

// reviewShown is how many of the latest rows without a mission the
// ledger lists: a large base has thousands.
const reviewShown = 100

// handleDeploymentsPage shows the ledger with a chart of personnel per
// mission and year, and a page of its rows: GET /deployments
func (s *Server) handleDeploymentsPage(w http.ResponseWriter, r *http.Request) error {
	f, err := deploymentFilterOf(r, 100)
	if err != nil {
		return err
	}
	a, err := s.deployments(r, f)
	if err != nil {
		return err
	}
	p := deploymentsPage{F: f, A: a, Correcting: s.corrector != nil}
	if a.Next != "" {
		q := r.URL.Query()
		q.Set("after", a.Next)
		p.NextURL = "/deployments?" + q.Encode() + "#rows"
	}
	if p.Chart, err = personnelChart(a.Ledger); err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "deployments", "Peacekeeping ledger", p)
}

// personnelChart draws the personnel sent each year, stacked by mission,
// as the ledger counts it (a rotation once, in the year it deployed).
// Undated rotations are left out of the chart, not of the totals.
func personnelChart(l ledger) (template.HTML, error) {
	var series []chartSeries
	for _, m := range l.Missions {
		if m.Personnel == 0 {
			continue
		}
		values := make([]float64, len(l.Years))
		for j, y := range m.Years {
			values[j] = float64(y.Personnel)
		}
		series = append(series, chartSeries{Name: m.Mission, Values: values, Colour: seriesColour(len(series))})
	}
	return stackedBarSVG("Personnel deployed per year by mission", "personnel", l.Years, series)
}
