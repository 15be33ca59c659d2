package kb

import (
	"bufio"
	"fmt"
	"strings"

	"attache/fold"
)

// NamesFile lists the ways one personal name is written (see its header).
const NamesFile = "names.tsv"

// NameForms says how to read personal names when matching them across
// articles: Given maps each folded variant of a given name to its
// canonical folded form ("sergey" → "sergei"); Drop holds folded words
// written beside a name that are no part of it ("ret"); Name holds folded
// words that are rank forms or honorifics but also given names ("gen":
// Gen Nakatani), kept when dropping them would leave a single word;
// Syllable maps each folded romanization of a syllable of a Korean name
// to its canonical folded form ("kyu" → "gyu": Ahn Kyu-back is Ahn
// Gyu-back), read in each part of a hyphenated name and in each word;
// Particle holds folded articles written before a family name ("al":
// al-Sisi, El-Sisi and Al Sisi are Sisi), dropped from the front of a
// hyphenated word and as a word that is not the first of a name.
type NameForms struct {
	Given    map[string]string
	Drop     map[string]bool
	Name     map[string]bool
	Syllable map[string]string
	Particle map[string]bool
}

// LoadNameForms reads the embedded names file.
func LoadNameForms() (*NameForms, error) {
	f, err := embeddedSource.open(NamesFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	nf := &NameForms{Given: map[string]string{}, Drop: map[string]bool{}, Name: map[string]bool{}, Syllable: map[string]string{},
		Particle: map[string]bool{}}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) < 2 || fold.Key(c[1]) == "" {
			return nil, fmt.Errorf("%s:%d: want kind, canonical and variants, tab-separated", NamesFile, n)
		}
		canon := fold.Key(c[1])
		var vs []string
		if len(c) > 2 {
			vs = strings.Split(c[2], "|")
		}
		switch c[0] {
		case "given", "syllable":
			m := nf.Given
			if c[0] == "syllable" {
				m = nf.Syllable
			}
			if v, old := addForms(m, canon, vs); old != "" {
				return nil, fmt.Errorf("%s:%d: %q is already a form of %q", NamesFile, n, v, old)
			}
		case "drop":
			nf.Drop[canon] = true
			for _, v := range vs {
				if k := fold.Key(v); k != "" {
					nf.Drop[k] = true
				}
			}
		case "name", "particle":
			m := nf.Name
			if c[0] == "particle" {
				m = nf.Particle
			}
			m[canon] = true
			for _, v := range vs {
				if k := fold.Key(v); k != "" {
					m[k] = true
				}
			}
		default:
			return nil, fmt.Errorf("%s:%d: unknown kind %q (want given, syllable, particle, drop or name)", NamesFile, n, c[0])
		}
	}
	return nf, sc.Err()
}

// addForms reads each variant in vs as canon in m. A variant already read
// as another form is returned with that form, and nothing more is added.
func addForms(m map[string]string, canon string, vs []string) (variant, old string) {
	m[canon] = canon
	for _, v := range vs {
		if k := fold.Key(v); k != "" {
			if o, ok := m[k]; ok && o != canon {
				return v, o
			}
			m[k] = canon
		}
	}
	return "", ""
}
