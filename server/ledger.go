package server

import (
	"slices"
	"sort"
	"strings"

	"attache"
)

// ledger is the peacekeeping ledger grouped as analysts read it: each
// mission with its units and their rotations, personnel totals per
// mission and year, and apart the rows whose mission is unknown, for an
// analyst to review. It is built from the store's tallies by rotation,
// not from every deployment row.
type ledger struct {
	Missions    []ledgerMission      `json:"missions"`
	Review      []attache.Deployment `json:"to_review"`       // the latest rows whose mission is unknown, newest first
	ReviewTotal int                  `json:"to_review_total"` // all rows whose mission is unknown
	Years       []string             `json:"years"`           // every year with a dated row of a known mission, oldest first
}

// ledgerMission is one mission with its units and totals.
type ledgerMission struct {
	Mission   string       `json:"mission"`
	Personnel int          `json:"personnel"`
	Women     int          `json:"women"`
	Units     []ledgerUnit `json:"units"`
	Years     []ledgerYear `json:"years"` // one per ledger year, zero when none
}

// ledgerUnit is a unit of a mission with its rotations in order.
type ledgerUnit struct {
	Unit      string           `json:"unit"` // "" for rows that name no unit
	Personnel int              `json:"personnel"`
	Women     int              `json:"women"`
	Rotations []ledgerRotation `json:"rotations"`
	Hidden    int              `json:"hidden"` // its earliest rotations, left out (shownLedger) but counted in the totals
}

// ledgerRotation is one rotation of a unit. Deployed is its earliest
// reported date. Returned is not reported by the news as such: when the
// next rotation of the same unit deployed, this one was relieved, and
// Relieved is that date.
type ledgerRotation struct {
	Rotation  string   `json:"rotation"`
	Deployed  string   `json:"deployed,omitempty"`
	Relieved  string   `json:"relieved,omitempty"`
	Personnel int      `json:"personnel"`
	Women     int      `json:"women"`
	Reports   int      `json:"reports"`   // deployment rows of the rotation
	Event     string   `json:"event"`     // one of them
	Countries []string `json:"countries"` // sending countries of Event
}

// ledgerYear is a mission's personnel deployed in one year.
type ledgerYear struct {
	Year      string `json:"year"`
	Personnel int    `json:"personnel"`
	Women     int    `json:"women"`
}

// ledgerOf groups the store's rotation tallies. A rotation's personnel
// is its largest reported count, not the sum: two articles reporting the
// same send-off must not count it twice. Missions are compared by their
// folded name and listed in the order they first deployed.
func ledgerOf(t *attache.LedgerTally) ledger {
	l := ledger{Missions: []ledgerMission{}, Review: t.Review, ReviewTotal: t.ReviewTotal}
	if l.Review == nil {
		l.Review = []attache.Deployment{}
	}
	tallies := slices.Clone(t.Rotations)
	sort.SliceStable(tallies, func(i, j int) bool {
		a, b := tallies[i].Deployed, tallies[j].Deployed
		if (a == "") != (b == "") {
			return b == "" // undated last
		}
		return a < b
	})
	missionIdx := map[string]int{}
	rots := rotationSet{byKey: map[rotationKey]*ledgerRotation{}}
	for _, r := range tallies {
		mk := strings.ToUpper(strings.TrimSpace(r.Mission))
		if _, ok := missionIdx[mk]; !ok {
			missionIdx[mk] = len(l.Missions)
			l.Missions = append(l.Missions, ledgerMission{Mission: r.Mission})
		}
		rots.add(mk, r)
	}
	l.Years = rots.years()
	for _, k := range rots.order {
		l.Missions[missionIdx[k.mission]].add(k.unit, *rots.byKey[k], l.Years)
	}
	for mi := range l.Missions {
		m := &l.Missions[mi]
		if m.Years == nil {
			m.Years = []ledgerYear{}
		}
		for ui := range m.Units {
			relieve(m.Units[ui].Rotations)
		}
	}
	return l
}

// rotationKey names one rotation: the folded mission, the unit and the
// rotation's own name.
type rotationKey struct{ mission, unit, rotation string }

// rotationSet gathers tallies into rotations, kept in the order first
// met: the store groups by the unit as written, and a unit written with
// its rotation ("Level-2 Field Hospital Rotation 5") joins its plain name.
type rotationSet struct {
	byKey map[rotationKey]*ledgerRotation
	order []rotationKey
}

// add puts a tally of the folded mission mk into its rotation.
func (s *rotationSet) add(mk string, r attache.RotationTally) {
	k := rotationKey{mk, unitName(r.Unit, r.Rotation), r.Rotation}
	if k.rotation == "" && k.unit == "" {
		k.rotation = r.Event // rows naming neither are separate deployments
	}
	rot := s.byKey[k]
	if rot == nil {
		rot = &ledgerRotation{Rotation: r.Rotation, Event: r.Event, Countries: r.Countries}
		s.byKey[k] = rot
		s.order = append(s.order, k)
	}
	if rot.Countries == nil {
		rot.Countries = []string{}
	}
	rot.Reports += r.Reports
	if rot.Deployed == "" || (r.Deployed != "" && r.Deployed < rot.Deployed) {
		rot.Deployed = r.Deployed
	}
	rot.Personnel, rot.Women = max(rot.Personnel, r.Personnel), max(rot.Women, r.Women)
}

// years lists every year a rotation deployed in, oldest first.
func (s *rotationSet) years() []string {
	seen := map[string]bool{}
	for _, k := range s.order {
		if y := year(s.byKey[k].Deployed); y != "" {
			seen[y] = true
		}
	}
	years := []string{}
	for y := range seen {
		years = append(years, y)
	}
	sort.Strings(years)
	return years
}

// add puts a rotation under its unit of the mission and counts its
// personnel in the unit's, the mission's and its year's totals.
func (m *ledgerMission) add(unit string, rot ledgerRotation, years []string) {
	if m.Years == nil {
		m.Years = make([]ledgerYear, len(years))
		for i, y := range years {
			m.Years[i].Year = y
		}
	}
	ui := -1
	for i, u := range m.Units {
		if u.Unit == unit {
			ui = i
		}
	}
	if ui < 0 {
		ui = len(m.Units)
		m.Units = append(m.Units, ledgerUnit{Unit: unit})
	}
	u := &m.Units[ui]
	u.Rotations = append(u.Rotations, rot)
	u.Personnel += rot.Personnel
	u.Women += rot.Women
	m.Personnel += rot.Personnel
	m.Women += rot.Women
	if i := sort.SearchStrings(years, year(rot.Deployed)); i < len(years) && years[i] == year(rot.Deployed) {
		m.Years[i].Personnel += rot.Personnel
		m.Years[i].Women += rot.Women
	}
}

// shownLedger is l for the ledger page: each unit with its last n
// rotations in the order relieve gives (the latest numbered, or the
// latest unnumbered), the others counted in Hidden. A unit that is not
// named gathers every deployment naming neither unit nor rotation, one
// rotation each: thousands in a large base, which the rows below list.
func shownLedger(l ledger, n int) ledger {
	missions := make([]ledgerMission, len(l.Missions))
	for i, m := range l.Missions {
		m.Units = slices.Clone(m.Units)
		for j, u := range m.Units {
			if k := len(u.Rotations) - n; k > 0 {
				m.Units[j].Rotations, m.Units[j].Hidden = u.Rotations[k:], k
			}
		}
		missions[i] = m
	}
	l.Missions = missions
	return l
}

// relieve orders a unit's rotations by number (unnumbered ones by date,
// after) and marks each numbered rotation relieved when the next number
// deployed.
func relieve(rots []ledgerRotation) {
	sort.SliceStable(rots, func(i, j int) bool {
		a, b := rotationNumber(rots[i].Rotation), rotationNumber(rots[j].Rotation)
		if a != b {
			return a < b
		}
		return rots[i].Deployed < rots[j].Deployed
	})
	for i := 0; i+1 < len(rots); i++ {
		a, b := rotationNumber(rots[i].Rotation), rotationNumber(rots[i+1].Rotation)
		if a > 0 && b == a+1 && rots[i+1].Deployed != "" {
			rots[i].Relieved = rots[i+1].Deployed
		}
	}
}

// rotationNumber reads "6" as 6; anything else sorts last.
func rotationNumber(s string) int {
	n := 0
	for _, c := range strings.TrimSpace(s) {
		if c < '0' || c > '9' {
			return 1 << 30
		}
		n = n*10 + int(c-'0')
	}
	if n == 0 {
		return 1 << 30
	}
	return n
}

// unitName drops the rotation from a unit's name when the extractor kept
// it there ("Level-2 Field Hospital Rotation 1" with rotation 1), so that
// the rotations of one unit group together.
func unitName(unit, rotation string) string {
	unit = strings.TrimSpace(unit)
	if rotation == "" {
		return unit
	}
	for _, word := range []string{" Rotation ", " rotation "} {
		if strings.HasSuffix(unit, word+rotation) {
			return strings.TrimSuffix(unit, word+rotation)
		}
	}
	return unit
}

// year is the year of an ISO date, or "".
func year(date string) string {
	if len(date) >= 4 {
		return date[:4]
	}
	return ""
}

// ledgerOfUnits is the ledger of the store's units (LedgerUnits): the
// same as shownLedger(ledgerOf(all rotations), n) when each unit holds
// its latest n rotations, read from the totals kept at write time
// instead of from every rotation. Missions and units are listed in the
// order they first deployed (undated last), ties by name.
func ledgerOfUnits(u *attache.LedgerUnits) ledger {
	l := ledger{Missions: []ledgerMission{}, Review: u.Review, ReviewTotal: u.ReviewTotal, Years: []string{}}
	if l.Review == nil {
		l.Review = []attache.Deployment{}
	}
	type unitAt struct {
		mk, first string
		unit      attache.UnitTally
	}
	units := make([]unitAt, len(u.Units))
	seen := map[string]bool{}
	for i, t := range u.Units {
		units[i] = unitAt{mk: strings.ToUpper(strings.TrimSpace(t.Mission)), unit: t}
		for _, y := range t.Years {
			if y.First != "" && (units[i].first == "" || y.First < units[i].first) {
				units[i].first = y.First
			}
			if y.Year != "" && y.Rotations > 0 && !seen[y.Year] {
				seen[y.Year] = true
				l.Years = append(l.Years, y.Year)
			}
		}
	}
	sort.Strings(l.Years)
	// A mission deployed first when its first unit did.
	missionFirst := map[string]string{}
	for _, a := range units {
		if f, ok := missionFirst[a.mk]; !ok || earlier(a.first, f) {
			missionFirst[a.mk] = a.first
		}
	}
	slices.SortStableFunc(units, func(a, b unitAt) int {
		if a.mk != b.mk {
			fa, fb := missionFirst[a.mk], missionFirst[b.mk]
			if fa != fb {
				return order(earlier(fa, fb))
			}
			return strings.Compare(a.mk, b.mk)
		}
		if a.first != b.first {
			return order(earlier(a.first, b.first))
		}
		return strings.Compare(a.unit.Unit, b.unit.Unit)
	})
	missionIdx := map[string]int{}
	for _, a := range units {
		mi, ok := missionIdx[a.mk]
		if !ok {
			mi = len(l.Missions)
			missionIdx[a.mk] = mi
			l.Missions = append(l.Missions, ledgerMission{Mission: a.unit.Mission, Years: make([]ledgerYear, len(l.Years)), Units: []ledgerUnit{}})
			for i, y := range l.Years {
				l.Missions[mi].Years[i].Year = y
			}
		}
		m := &l.Missions[mi]
		lu := ledgerUnit{Unit: a.unit.Unit, Rotations: make([]ledgerRotation, len(a.unit.Latest))}
		for i, r := range a.unit.Latest {
			lu.Rotations[i] = ledgerRotation{Rotation: r.Rotation, Deployed: r.Deployed, Personnel: r.Personnel, Women: r.Women,
				Reports: r.Reports, Event: r.Event, Countries: r.Countries}
			if lu.Rotations[i].Countries == nil {
				lu.Rotations[i].Countries = []string{}
			}
		}
		relieve(lu.Rotations)
		rotations := 0
		for _, y := range a.unit.Years {
			rotations += y.Rotations
			lu.Personnel += y.Personnel
			lu.Women += y.Women
			if i := sort.SearchStrings(l.Years, y.Year); y.Year != "" && i < len(l.Years) && l.Years[i] == y.Year {
				m.Years[i].Personnel += y.Personnel
				m.Years[i].Women += y.Women
			}
		}
		lu.Hidden = rotations - len(lu.Rotations)
		m.Personnel += lu.Personnel
		m.Women += lu.Women
		m.Units = append(m.Units, lu)
	}
	return l
}

// earlier says whether date a comes before b in the ledger's order, where
// an undated ("") one comes last.
func earlier(a, b string) bool {
	if (a == "") != (b == "") {
		return b == ""
	}
	return a < b
}

// order is -1 when a sorts first, else 1.
func order(first bool) int {
	if first {
		return -1
	}
	return 1
}
