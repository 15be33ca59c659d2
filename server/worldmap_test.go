package server

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"attache"
	"attache/kb"
	"attache/query"
)

// testPlaces answers Config.Places from the bundled knowledge files.
func testPlaces(t testing.TB) func(string) (float64, float64, bool) {
	t.Helper()
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	return func(name string) (float64, float64, bool) {
		for _, p := range k.PlacesNamed(name) {
			if p.HasCoords {
				return p.Lat, p.Lon, true
			}
		}
		return 0, 0, false
	}
}

// newMapServer is a seeded test server that knows place coordinates.
func newMapServer(t testing.TB) *Server {
	t.Helper()
	st := mustOpenStore(t)
	svc := knowledgeOf(t, st)
	s, err := New(Config{Store: st, Knowledge: query.New(st, svc.Knowledge, svc), Places: testPlaces(t),
		Countries: map[string]string{"VN": "Vietnam", "RU": "Russia", "FR": "France"}})
	if err != nil {
		t.Fatal(err)
	}
	seedArticles(t, st)
	return s
}

func TestWorldOutlines(t *testing.T) {
	w, err := parseWorld(worldTSV)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(w.outlines, "<path "); n < 150 {
		t.Errorf("%d country outlines, want the world's", n)
	}
	for code, want := range map[string][2]float64{"VN": {16, 106}, "RU": {60, 85}, "SS": {7.5, 30}, "FR": {46, 2}} {
		p, ok := w.countries[code]
		if !ok || math.Abs(p[0]-want[0]) > 8 || math.Abs(p[1]-want[1]) > 15 {
			t.Errorf("%s drawn at %v (%v), want near %v", code, p, ok, want)
		}
	}
	if _, err := parseWorld("Nowhere\tNW\t1,2\n"); err == nil {
		t.Error("a line without outlines was accepted")
	}
}

var dotRe = regexp.MustCompile(`<a href="([^"]+)" aria-label="([^"]+)"><circle cx="[^"]+" cy="[^"]+" r="([^"]+)"`)

func TestPlaceEventsAndDots(t *testing.T) {
	s := newMapServer(t)
	evs := []attache.KBEvent{
		{ID: "e1", Type: "meeting", Place: "Hà Nội"}, {ID: "e2", Type: "visit", Place: "Hanoi"}, {ID: "e3", Type: "meeting", Place: "Ha Noi"},
		{ID: "e4", Type: "dialogue", Place: "RU"}, {ID: "e5", Type: "meeting", Place: "France"},
		{ID: "e6", Type: "meeting", Place: "Atlantis"}, {ID: "e7", Type: "meeting"},
	}
	places, unplaced := s.placeEvents(evs)
	if unplaced != 2 || len(places) != 3 {
		t.Fatalf("places %+v, unplaced %d; want Hanoi, Russia and France, two unplaced", places, unplaced)
	}
	if places[0].Name != "Hà Nội" || len(places[0].Events) != 3 || places[0].Country || places[0].ByType["meeting"] != 2 {
		t.Errorf("first place = %+v, want Hanoi's three events", places[0])
	}
	if !places[1].Country || places[1].Name != "Russia" {
		t.Errorf("second place = %+v, want Russia drawn at its country point", places[1])
	}
	svg := string(s.mapSVG(places, unplaced, firstEventHref))
	dots := dotRe.FindAllStringSubmatch(svg, -1)
	if len(dots) != 3 {
		t.Fatalf("%d dots, want 3:\n%s", len(dots), svg)
	}
	big, _ := strconv.ParseFloat(dots[0][3], 64)
	small, _ := strconv.ParseFloat(dots[1][3], 64)
	if big <= small || dots[0][1] != "#e3" || !strings.Contains(dots[0][2], "3 events (2 meeting, 1 visit)") {
		t.Errorf("dots = %q, want Hanoi's larger, linked to its latest event, with counts by type", dots)
	}
	if !strings.Contains(svg, "2 events without a known place not drawn") {
		t.Error("unplaced events are not counted")
	}
	if strings.Contains(svg, "http://") && strings.Count(svg, "http://") != 1 { // the SVG namespace only
		t.Error("the map refers to another host")
	}
	if got := string(s.mapSVG(nil, 0, firstEventHref)); strings.Contains(got, "<svg") || !strings.Contains(got, "No events to map") {
		t.Errorf("empty map = %q", got)
	}
}

func TestMapPages(t *testing.T) {
	s := newMapServer(t)
	h := s.Handler()
	w := do(t, h, "GET", "/map?country=VN", "")
	if w.Code != 200 {
		t.Fatalf("status %d", w.Code)
	}
	body := w.Body.String()
	dots := dotRe.FindAllStringSubmatch(sectionOf(t, body, `<div class="map" id="map">`, "</svg>"), -1)
	if len(dots) == 0 {
		t.Fatalf("no dots on the map page")
	}
	for _, d := range dots {
		if !strings.Contains(body, `<li id="`+strings.TrimPrefix(d[1], "#")+`"`) {
			t.Errorf("dot links to %s, which is not listed", d[1])
		}
	}
	if !strings.Contains(body, "Hà Nội") {
		t.Error("the meeting in Hanoi is not listed")
	}
	for _, u := range []string{"/relations?a=VN&b=RU", "/entities/Phan%20Van%20Giang"} {
		body := do(t, h, "GET", u, "").Body.String()
		if len(dotRe.FindAllString(sectionOf(t, body, `<div class="map" id="map">`, "</svg>"), -1)) == 0 {
			t.Errorf("%s: no dots on the map", u)
		}
	}
	if w := do(t, h, "GET", "/map?type=exercise", ""); !strings.Contains(w.Body.String(), "No events to map") {
		t.Errorf("a filter matching nothing should say so")
	}
}

func BenchmarkMap500(b *testing.B) {
	s := newMapServer(b)
	evs := manyEvents(500)
	cities := []string{"Hanoi", "Moscow", "Paris", "Juba", "Jakarta", "VN", "RU", "Atlantis"}
	for i := range evs {
		evs[i].Place = cities[i%len(cities)]
		if i%50 == 0 {
			evs[i].Place = fmt.Sprintf("Nowhere %d", i)
		}
	}
	for b.Loop() {
		s.eventsMap(evs)
	}
}

// BenchmarkDossierDrawings500 draws what a dossier of 500 events shows
// besides its lists: the timeline and the map.
func BenchmarkDossierDrawings500(b *testing.B) {
	s := newMapServer(b)
	evs := manyEvents(500)
	cities := []string{"Hanoi", "Moscow", "Paris", "Juba", "Jakarta", "VN", "RU"}
	for i := range evs {
		evs[i].Place = cities[i%len(cities)]
	}
	for b.Loop() {
		timelineSVG(evs, testNames, s.party)
		s.eventsMap(evs)
	}
}
