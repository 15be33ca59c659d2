package gen

import (
	"bufio"
	"embed"
	"fmt"
	"strconv"
	"strings"
)

//go:embed data/*.tsv
var files embed.FS

// readTSV calls line for every non-comment, non-blank line of data/name,
// split on tabs, after checking it has at least min columns.
func readTSV(name string, min int, line func(cols []string) error) error {
	f, err := files.Open("data/" + name)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		text := sc.Text()
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) < min {
			return fmt.Errorf("gen: %s:%d: %d columns, want %d", name, n, len(cols), min)
		}
		if err := line(cols); err != nil {
			return fmt.Errorf("gen: %s:%d: %w", name, n, err)
		}
	}
	return sc.Err()
}

// split returns the |-separated values of s, none when s is empty.
func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// nameStyle is one line of names.tsv.
type nameStyle struct {
	familyFirst bool
	family      []string
	given       []string
}

// countryLine is one line of countries.tsv.
type countryLine struct {
	code, style, agency, ministry string
	weight                        int
}

// postLine is one line of posts.tsv.
type postLine struct {
	key   string
	level int
	title string
	ranks []string // "" stands for a civilian
}

// shape is one line of shapes.tsv.
type shape struct{ kind, part, text string }

// data is everything read from the embedded files.
type data struct {
	styles       map[string]nameStyle
	countries    []countryLine
	posts        []postLine
	shapes       []shape
	lists        map[string][]string
	once         map[string]bool        // lists whose value holds for a whole report
	kinds        map[string][2][]string // kind: host and guest post keys
	synonyms     map[string][]string
	synonymOrder []string // synonyms' keys in file order, for determinism
}

func loadData() (*data, error) {
	d := &data{styles: map[string]nameStyle{}, lists: map[string][]string{}, once: map[string]bool{}, synonyms: map[string][]string{}, kinds: map[string][2][]string{}}
	err := readTSV("names.tsv", 4, func(c []string) error {
		d.styles[c[0]] = nameStyle{familyFirst: c[1] == "fg", family: split(c[2]), given: split(c[3])}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTSV("countries.tsv", 5, func(c []string) error {
		w, err := strconv.Atoi(c[3])
		if err != nil {
			return err
		}
		if _, ok := d.styles[c[1]]; !ok {
			return fmt.Errorf("unknown name style %q", c[1])
		}
		d.countries = append(d.countries, countryLine{code: c[0], style: c[1], agency: c[2], weight: w, ministry: c[4]})
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTSV("posts.tsv", 3, func(c []string) error {
		lvl, err := strconv.Atoi(c[1])
		if err != nil {
			return err
		}
		p := postLine{key: c[0], level: lvl, title: c[2]}
		if len(c) > 3 {
			p.ranks = strings.Split(c[3], "|")
		}
		if len(p.ranks) == 0 {
			p.ranks = []string{""}
		}
		d.posts = append(d.posts, p)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTSV("lists.tsv", 3, func(c []string) error {
		d.lists[c[0]] = split(c[1])
		d.once[c[0]] = c[2] == "once"
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTSV("synonyms.tsv", 2, func(c []string) error {
		d.synonyms[c[0]] = split(c[1])
		d.synonymOrder = append(d.synonymOrder, c[0])
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTSV("kinds.tsv", 3, func(c []string) error {
		d.kinds[c[0]] = [2][]string{split(c[1]), split(c[2])}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTSV("shapes.tsv", 3, func(c []string) error {
		d.shapes = append(d.shapes, shape{kind: c[0], part: c[1], text: c[2]})
		return nil
	})
	return d, err
}
