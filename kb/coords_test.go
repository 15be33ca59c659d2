package kb

import (
	"math"
	"strings"
	"testing"
	"testing/fstest"
)

func TestPlaceCoordinates(t *testing.T) {
	k, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][2]float64{"Hanoi": {21.02, 105.84}, "Moscow": {55.75, 37.62}, "Juba": {4.85, 31.58}}
	for _, p := range k.Places {
		w, ok := want[p.Name]
		if !ok {
			continue
		}
		if !p.HasCoords || math.Abs(p.Lat-w[0]) > 0.1 || math.Abs(p.Lon-w[1]) > 0.1 {
			t.Errorf("%s at %v,%v (%v), want about %v", p.Name, p.Lat, p.Lon, p.HasCoords, w)
		}
		delete(want, p.Name)
	}
	if len(want) > 0 {
		t.Errorf("places not found: %v", want)
	}
	n := 0
	for _, p := range k.Places {
		if p.Kind == "capital" && p.HasCoords {
			n++
		}
	}
	if n < 180 {
		t.Errorf("%d capitals with coordinates, want most of them", n)
	}
}

func TestPlaceCoordinatesChecked(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Quuxton\tVN\tcity\t\t91\t10\n", "bad coordinates"},
		{"Quuxton\tVN\tcity\t\tnorth\t10\n", "bad coordinates"},
		{"Quuxton\tVN\tcity\t\t10\n", "latitude without longitude"},
	} {
		_, err := Load(fstest.MapFS{PlacesFile: {Data: []byte(c.line)}})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.line, err, c.want)
		}
	}
	k, err := Load(fstest.MapFS{PlacesFile: {Data: []byte("Quuxton\tVN\tcity\tQuux\t10.5\t-20.25\n")}})
	if err != nil {
		t.Fatal(err)
	}
	p := k.Places[len(k.Places)-1]
	if p.Name != "Quuxton" || !p.HasCoords || p.Lat != 10.5 || p.Lon != -20.25 {
		t.Errorf("user place = %+v", p)
	}
}
