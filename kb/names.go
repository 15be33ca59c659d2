package kb

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
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
// hyphenated word and as a word that is not the first of a name; After
// holds folded words written after a name that are no part of it, as
// generational suffixes are ("filho": José Múcio Monteiro Filho).
type NameForms struct {
	Given    map[string]string
	Drop     map[string]bool
	Name     map[string]bool
	Syllable map[string]string
	Particle map[string]bool
	After    map[string]bool
	// Spelling holds the letter groups that transliterations of one name
	// write differently ("kh" and "h": Khalil and Halil), as old, new
	// pairs in file order, ready for strings.NewReplacer: a weaker
	// reading of names, tried after the tables above.
	Spelling []string
}

// LoadNameForms reads the embedded names file.
func LoadNameForms() (*NameForms, error) {
	return loadNameForms([]source{embeddedSource})
}

// LoadNameFormsDir reads the embedded names file, then the names.tsv of
// each user directory given by path, if any: later rows add to the
// earlier ones. Errors carry the full path of the bad file.
func LoadNameFormsDir(dirs ...string) (*NameForms, error) {
	srcs := []source{embeddedSource}
	for _, d := range dirs {
		srcs = append(srcs, source{fsys: os.DirFS(d), dir: d})
	}
	return loadNameForms(srcs)
}

// newNameForms returns empty name forms.
func newNameForms() *NameForms {
	return &NameForms{Given: map[string]string{}, Drop: map[string]bool{}, Name: map[string]bool{}, Syllable: map[string]string{},
		Particle: map[string]bool{}, After: map[string]bool{}}
}

func loadNameForms(srcs []source) (*NameForms, error) {
	nf := newNameForms()
	for _, s := range srcs {
		f, err := s.open(NamesFile)
		if errors.Is(err, fs.ErrNotExist) && s != embeddedSource {
			continue // a user's directory need not have one
		} else if err != nil {
			return nil, fmt.Errorf("kb: %s: %w", s.path(NamesFile), err)
		}
		sc := bufio.NewScanner(f)
		for n := 1; sc.Scan(); n++ {
			line := strings.TrimRight(sc.Text(), "\r")
			if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
				continue
			}
			if err := nf.addLine(strings.Split(line, "\t")); err != nil {
				f.Close()
				return nil, fmt.Errorf("%s:%d: %w", s.path(NamesFile), n, err)
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("kb: %s: %w", s.path(NamesFile), err)
		}
	}
	return nf, nil
}

// addLine adds one row of the names file, its columns in c.
func (nf *NameForms) addLine(c []string) error {
	if len(c) < 2 || fold.Key(c[1]) == "" {
		return fmt.Errorf("want kind, canonical and variants, tab-separated")
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
			return fmt.Errorf("%q is already a form of %q", v, old)
		}
	case "drop", "name", "particle", "after":
		m := map[string]map[string]bool{"drop": nf.Drop, "name": nf.Name, "particle": nf.Particle, "after": nf.After}[c[0]]
		m[canon] = true
		for _, v := range vs {
			if k := fold.Key(v); k != "" {
				m[k] = true
			}
		}
	case "spelling":
		for _, v := range vs {
			if k := fold.Key(v); k != "" && k != canon {
				nf.Spelling = append(nf.Spelling, k, canon)
			}
		}
	default:
		return fmt.Errorf("unknown kind %q (want given, syllable, particle, drop, after, name or spelling)", c[0])
	}
	return nil
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
