package server

import (
	"bufio"
	_ "embed"
	"fmt"
	"html"
	"html/template"
	"math"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"attache"
)

// world.tsv holds simplified country outlines (Natural Earth via
// world-atlas, made by tools/mapdata; see mapdata/ATTRIBUTION.md). The
// map is drawn from it alone: no tiles, no request to another host.
//
//go:embed mapdata/world.tsv
var worldTSV string

// The map's projection: equirectangular, longitude -180..180 across
// mapWidth, latitude mapNorth..mapSouth down (Antarctica and the far
// Arctic left out).
const (
	mapWidth = 960.0
	mapNorth = 84.0
	mapSouth = -58.0
)

// mapHeight is the height that keeps degrees square.
var mapHeight = mapWidth * (mapNorth - mapSouth) / 360

// project turns longitude and latitude into map coordinates.
func project(lat, lon float64) (x, y float64) {
	return (lon + 180) / 360 * mapWidth, (mapNorth - lat) / 360 * mapWidth
}

// worldMap is the parsed outline file: the outlines as SVG paths, already
// projected, and a point per country code to draw country-level events.
type worldMap struct {
	outlines  string                // <path> elements
	countries map[string][2]float64 // ISO code → lat, lon of its label point
}

// parseWorld reads world.tsv once, at start-up.
func parseWorld(data string) (*worldMap, error) {
	w := &worldMap{countries: map[string][2]float64{}}
	var b strings.Builder
	sc := bufio.NewScanner(strings.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 4<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			return nil, fmt.Errorf("server: mapdata/world.tsv:%d: want 4 columns", n)
		}
		if lon, lat, ok := strings.Cut(cols[2], ","); ok && cols[1] != "" {
			la, err1 := strconv.ParseFloat(lat, 64)
			lo, err2 := strconv.ParseFloat(lon, 64)
			if err1 != nil || err2 != nil {
				return nil, fmt.Errorf("server: mapdata/world.tsv:%d: bad label point", n)
			}
			w.countries[cols[1]] = [2]float64{la, lo}
		}
		b.WriteString(`<path d="`)
		for _, ring := range strings.Split(cols[3], "|") {
			for i, pt := range strings.Fields(ring) {
				lon, lat, _ := strings.Cut(pt, ",")
				lo, err1 := strconv.ParseFloat(lon, 64)
				la, err2 := strconv.ParseFloat(lat, 64)
				if err1 != nil || err2 != nil {
					return nil, fmt.Errorf("server: mapdata/world.tsv:%d: bad point %q", n, pt)
				}
				x, y := project(la, lo)
				if i == 0 {
					b.WriteByte('M')
				} else {
					b.WriteByte('L')
				}
				b.WriteString(strconv.FormatFloat(x, 'f', 1, 64) + " " + strconv.FormatFloat(y, 'f', 1, 64))
			}
			b.WriteByte('Z')
		}
		b.WriteString(`"/>`)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("server: mapdata/world.tsv: %w", err)
	}
	w.outlines = b.String()
	return w, nil
}

// mapPlace is one place on the map with the events that happened there.
type mapPlace struct {
	Name    string
	Lat     float64
	Lon     float64
	Country bool // drawn at its country's point: the report names no city
	Events  []attache.KBEvent
	ByType  map[string]int
	Anchor  string // id of the place's entry in a list on the page
}

// placeEvents puts events where they happened: at the place's
// coordinates (kb/data/places.tsv), else, when the place is a country, at
// the country's point. It returns the places, most events first, and how
// many events have no place the map knows.
func (s *Server) placeEvents(evs []attache.KBEvent) ([]mapPlace, int) {
	index := map[string]int{}
	var places []mapPlace
	unplaced := 0
	for _, ev := range evs {
		name := strings.TrimSpace(ev.Place)
		lat, lon, country, ok := s.locate(name)
		if !ok {
			unplaced++
			continue
		}
		key := strconv.FormatFloat(lat, 'f', 2, 64) + "," + strconv.FormatFloat(lon, 'f', 2, 64)
		i, seen := index[key]
		if !seen {
			i = len(places)
			index[key] = i
			label := name
			if country {
				label = s.party(name)
			}
			places = append(places, mapPlace{Name: label, Lat: lat, Lon: lon, Country: country, ByType: map[string]int{}})
		}
		places[i].Events = append(places[i].Events, ev)
		places[i].ByType[string(ev.Type)]++
	}
	sort.SliceStable(places, func(i, j int) bool { return len(places[i].Events) > len(places[j].Events) })
	for i := range places {
		places[i].Anchor = "place-" + strconv.Itoa(i+1)
	}
	return places, unplaced
}

// locate finds the coordinates of a place name or country code.
func (s *Server) locate(name string) (lat, lon float64, country, ok bool) {
	if name == "" {
		return 0, 0, false, false
	}
	if s.places != nil {
		if lat, lon, ok := s.places(name); ok {
			return lat, lon, false, true
		}
	}
	code := strings.ToUpper(name)
	if !isCode(code) {
		code = s.countryCodes[strings.ToLower(name)]
	}
	if p, ok := s.world.countries[code]; ok && code != "" {
		return p[0], p[1], true, true
	}
	return 0, 0, false, false
}

// mapSVG draws the world and a dot per place, its area growing with the
// number of events there. Each dot links to href(place) and is titled
// with the place and its events by type. Text is escaped here: the
// result is inlined as HTML.
func (s *Server) mapSVG(places []mapPlace, unplaced int, href func(mapPlace) string) template.HTML {
	var b strings.Builder
	total := 0
	for _, p := range places {
		total += len(p.Events)
	}
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %.0f %.0f" width="%.0f" height="%.0f" role="group" aria-label="Map of %d events at %d places" class="map-svg" font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif" font-size="12">`,
		mapWidth, mapHeight, mapWidth, mapHeight, total, len(places))
	b.WriteString(`<rect width="100%" height="100%" fill="#f4f8fb"/><g fill="#e3e8ee" stroke="#aab4c0" stroke-width="0.5" aria-hidden="true">`)
	b.WriteString(s.world.outlines)
	b.WriteString(`</g>`)
	most := 1
	for _, p := range places {
		most = max(most, len(p.Events))
	}
	// Draw the largest dots first so that small ones stay on top.
	for _, p := range places {
		x, y := project(p.Lat, p.Lon)
		r := 3 + 15*math.Sqrt(float64(len(p.Events))/float64(most))
		var kinds []string
		for _, t := range sortedKeys(p.ByType) {
			kinds = append(kinds, fmt.Sprintf("%d %s", p.ByType[t], t))
		}
		label := fmt.Sprintf("%s: %d event%s (%s)", p.Name, len(p.Events), plural(len(p.Events)), strings.Join(kinds, ", "))
		if p.Country {
			label += ", place in the country not reported"
		}
		fmt.Fprintf(&b, `<a href="%s" aria-label="%s"><circle cx="%.1f" cy="%.1f" r="%.1f" fill="#1f5fa8" fill-opacity="0.55" stroke="#fff" stroke-width="1"><title>%s</title></circle></a>`,
			html.EscapeString(href(p)), html.EscapeString(label), x, y, r, html.EscapeString(label))
	}
	b.WriteString(`</svg>`)
	switch {
	case len(places) == 0 && unplaced == 0:
		return template.HTML(`<p class="muted empty-chart">No events to map.</p>`)
	case len(places) == 0:
		return template.HTML(fmt.Sprintf(`<p class="muted empty-chart">None of the %d events has a place the map knows.</p>`, unplaced))
	case unplaced > 0:
		fmt.Fprintf(&b, `<p class="small muted">%d event%s without a known place not drawn.</p>`, unplaced, plural(unplaced))
	}
	return template.HTML(b.String())
}

// firstEventHref links a place's dot to the entry of its latest event on
// the same page, which shows the evidence.
func firstEventHref(p mapPlace) string {
	return "#" + url.PathEscape(p.Events[len(p.Events)-1].ID)
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// eventsMap maps the events listed on a page, each dot linked to the
// entry of an event there.
func (s *Server) eventsMap(evs []attache.KBEvent) template.HTML {
	places, unplaced := s.placeEvents(evs)
	return s.mapSVG(places, unplaced, firstEventHref)
}
