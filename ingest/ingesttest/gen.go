// Package ingesttest generates synthetic defence-diplomacy articles for
// ingest tests and benchmarks: distinct texts, pairwise far from being
// near-duplicates, with a headline, a dateline, a photo caption and a
// signature, so that cleaning has work to do.
package ingesttest

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

var (
	countries = []string{"Vietnam", "Russia", "India", "Japan", "Indonesia", "Australia", "France", "Laos", "Cambodia", "Thailand", "the Philippines", "Brazil", "Kenya", "Poland", "Chile"}
	places    = []string{"Hanoi", "Moscow", "New Delhi", "Tokyo", "Jakarta", "Canberra", "Paris", "Vientiane", "Phnom Penh", "Bangkok", "Manila", "Brasilia", "Nairobi", "Warsaw", "Santiago"}
	words     = strings.Fields(`defence cooperation ministry delegation navy army air force coast guard training
		exercise dialogue agreement memorandum peacekeeping mission officers soldiers minister deputy general
		colonel attaché visit talks partnership strategic security maritime border cyber medicine hospital
		engineering unit rotation academy industry procurement exchange rescue disaster relief humanitarian
		mine action veterans ceremony anniversary exhibition forum conference regional bilateral multilateral
		committee commission staff headquarters brigade battalion frigate corvette submarine aircraft
		helicopter satellite logistics doctrine education cadets research technology shipyard port harbour
		island sea strait river mountain province capital embassy envoy ambassador president premier
		parliament resolution decree statement invitation schedule programme budget contract delivery
		and with for the of in on to at by from about after before during between under over against
		agreed discussed reviewed signed proposed welcomed praised stressed affirmed noted pledged
		expanded strengthened hosted received attended opened closed launched completed planned`)
)

// Article returns synthetic article i of a set generated with seed. Its
// sentences are random word sequences, so that articles share few word
// 3-grams and are pairwise far from near-duplicates.
func Article(seed uint64, i int) string {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	sentence := func() string {
		n := 12 + r.IntN(14)
		ws := make([]string, n)
		for j := range ws {
			ws[j] = pick(words)
		}
		ws[0] = strings.ToUpper(ws[0][:1]) + ws[0][1:]
		return strings.Join(ws, " ") + "."
	}
	a, b := pick(countries), pick(countries)
	var s strings.Builder
	fmt.Fprintf(&s, "%s and %s step up %s %s (report %d)\n\n", a, b, pick(words), pick(words), i)
	fmt.Fprintf(&s, "%s (VNA) – Delegations of %s and %s met in %s. %s\n", pick(places), a, b, pick(places), sentence())
	fmt.Fprintf(&s, "Officials of %s and %s at the talks (Photo: VNA)\n\n", a, b)
	for range 4 + r.IntN(4) {
		for range 2 + r.IntN(3) {
			s.WriteString(sentence() + " ")
		}
		s.WriteString("\n\n")
	}
	s.WriteString("VNA\n")
	return s.String()
}

// WriteFiles writes n synthetic articles as text files into dir and
// returns their paths.
func WriteFiles(dir string, seed uint64, n int) ([]string, error) {
	var paths []string
	for i := range n {
		p := filepath.Join(dir, fmt.Sprintf("gen_%05d.txt", i))
		if err := os.WriteFile(p, []byte(Article(seed, i)), 0o644); err != nil {
			return nil, err
		}
		paths = append(paths, p)
	}
	return paths, nil
}
