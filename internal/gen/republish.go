package gen

import (
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Republish returns a copy of a as another outlet re-publishes it: a few
// words swapped for synonyms (edits of them), now and then a number
// corrected, a caption dropped or the credit changed. The story, its people,
// dates and places stay the same.
func (g *Generator) Republish(a Article, edits int, seed uint64) Article {
	r := rand.New(rand.NewPCG(seed, 0xc0b1))
	text := a.Text
	words := g.data.synonyms
	keys := make([]string, 0, len(words))
	for _, w := range g.data.synonymOrder {
		if wordRE(w).MatchString(text) {
			keys = append(keys, w)
		}
	}
	r.Shuffle(len(keys), func(i, j int) { keys[i], keys[j] = keys[j], keys[i] })
	done := 0
	for _, w := range keys {
		if done == edits {
			break
		}
		alts := words[w]
		text = replaceOne(text, w, alts[r.IntN(len(alts))])
		done++
	}
	for ; done < edits; done++ {
		text = changeNumber(r, text)
	}
	lines := strings.Split(text, "\n")
	switch r.IntN(3) {
	case 0: // drop the caption line
		for i, l := range lines {
			if strings.Contains(l, "(Photo: ") {
				lines = append(lines[:i], lines[i+1:]...)
				break
			}
		}
	case 1: // another credit
		lines = append(lines[:len(lines)-1], "Source: "+strings.TrimSpace(lines[len(lines)-2]), "")
	}
	a.Text = strings.Join(lines, "\n")
	a.Name = strings.TrimSuffix(a.Name, ".txt") + "_re.txt"
	return a
}

func wordRE(w string) *regexp.Regexp { return regexp.MustCompile(`\b` + regexp.QuoteMeta(w) + `\b`) }

// replaceOne replaces the first whole-word w in text.
func replaceOne(text, w, with string) string {
	loc := wordRE(w).FindStringIndex(text)
	if loc == nil {
		return text
	}
	return text[:loc[0]] + with + text[loc[1]:]
}

var number = regexp.MustCompile(`\b[0-9]{2,3}\b`)

// changeNumber corrects one count of text a little (not a day of the
// month: a re-publication keeps the story's dates), or returns text.
func changeNumber(r *rand.Rand, text string) string {
	var locs [][]int
	for _, l := range number.FindAllStringIndex(text, -1) {
		if !afterMonth(text[:l[0]]) {
			locs = append(locs, l)
		}
	}
	if len(locs) == 0 {
		return text
	}
	l := locs[r.IntN(len(locs))]
	n, _ := strconv.Atoi(text[l[0]:l[1]])
	return text[:l[0]] + strconv.Itoa(n+1+r.IntN(5)) + text[l[1]:]
}

// afterMonth reports whether before ends with a month's name and a space.
func afterMonth(before string) bool {
	for m := time.January; m <= time.December; m++ {
		if strings.HasSuffix(before, m.String()+" ") {
			return true
		}
	}
	return false
}
