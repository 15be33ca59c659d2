package server

import (
	"html/template"
	"net/http"

	"attache"
)

// mapEvents is how many events the map page reads, the latest first:
// enough for a filter an analyst narrows to, few enough to draw and list
// quickly (5000 took a second at 100,000 reports).
const mapEvents = 500

// mapPage is the data of the global map page.
type mapPage struct {
	F        eventFilter
	Types    []attache.EventType
	Map      template.HTML
	Places   []mapPlaceRow
	Total    int // matches of the filter
	Shown    int // events read (at most mapEvents)
	Unplaced int
}

// mapPlaceRow is a place in the list under the map, with its events.
type mapPlaceRow struct {
	mapPlace
	Rows []eventRow
}

// handleMapPage draws the events matching the events page's filters
// where they happened: GET /map
func (s *Server) handleMapPage(w http.ResponseWriter, r *http.Request) error {
	f, err := eventFilterOf(r)
	if err != nil {
		return err
	}
	f.Limit, f.Offset = mapEvents, 0
	if f.Q.Sort == "" {
		f.Q.Sort = attache.SortRecent
	}
	list, err := s.findEvents(r, f)
	if err != nil {
		return err
	}
	places, unplaced := s.placeEvents(list.Events)
	p := mapPage{F: f, Types: attache.EventTypes, Total: list.Total, Shown: len(list.Events), Unplaced: unplaced}
	p.Map = s.mapSVG(places, unplaced, func(pl mapPlace) string { return "#" + pl.Anchor })
	for _, pl := range places {
		p.Places = append(p.Places, mapPlaceRow{pl, s.eventRows(pl.Events, list.Names)})
	}
	return s.render(w, r, http.StatusOK, "map", "Map", p)
}
