package main

import "attache/kb"

// placeCoordinates answers the server's map with the coordinates of the
// places in the knowledge files, by any of their names (folded as kb
// folds names). A name two places share with different coordinates is
// left out: the map cannot tell which one an article meant.
func placeCoordinates(k *kb.KB) func(name string) (lat, lon float64, ok bool) {
	coords := map[string][2]float64{}
	ambiguous := map[string]bool{}
	for _, p := range k.Places {
		if !p.HasCoords {
			continue
		}
		for _, n := range append([]string{p.Name}, p.Variants...) {
			key := kb.Key(n)
			if c, seen := coords[key]; seen && c != [2]float64{p.Lat, p.Lon} {
				ambiguous[key] = true
			}
			coords[key] = [2]float64{p.Lat, p.Lon}
		}
	}
	for key := range ambiguous {
		delete(coords, key)
	}
	return func(name string) (float64, float64, bool) {
		c, ok := coords[kb.Key(name)]
		return c[0], c[1], ok
	}
}
