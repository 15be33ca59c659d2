package kb

import (
	"strings"

	"attache/fold"
)

// keyReplacer spells out the characters that fold.Key would drop without a
// trace: "+" carries meaning in forum names (ADMM+ is not ADMM) and hyphens
// or dashes join words that are also written apart ("Lieutenant-General").
var keyReplacer = strings.NewReplacer("+", " plus ", "-", " ", "‐", " ", "‑", " ",
	"‒", " ", "–", " ", "—", " ", "−", " ", "/", " ")

// Key is the form under which the KB compares names: fold.Key (diacritics,
// case and punctuation removed, "the " dropped) after "+" becomes " plus "
// and hyphens, dashes and slashes become spaces. So "Việt Nam" = "Viet
// Nam", "ADMM+" = "ADMM-Plus" = "ADMM Plus", and "Lieutenant-General" =
// "Lieutenant General". The extractor may use it to fold text the same way.
func Key(s string) string {
	if !needsReplacer(s) {
		return fold.Key(s) // the common case, spared the replacer's scan
	}
	return fold.Key(keyReplacer.Replace(s))
}

// needsReplacer reports whether s holds a character keyReplacer replaces:
// one of "+-/" or any non-ASCII byte (the dashes).
func needsReplacer(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '+' || c == '-' || c == '/' || c >= 0x80 {
			return true
		}
	}
	return false
}

// index holds the lookup tables behind the KB methods, keyed by Key so
// that "Việt Nam", "Viet Nam" and "VIET NAM" find the same entry.
type index struct {
	code    map[string]int    // country code → index in Countries
	country map[string]string // folded name, variant or demonym → code
	rank    map[string]string // folded canonical or form → canonical
	other   map[string]bool   // canonical ranks outside EXTRACTION.md's list
	org     map[string][]int  // folded name or alias → indexes in Orgs
	place   map[string][]int  // folded name or variant → indexes in Places
	post    map[string]bool   // folded post
}

// Reindex rebuilds the lookup tables; Load calls it. Call it yourself after
// changing the slices of a KB, and before sharing a hand-built KB between
// goroutines (the methods build missing tables on first use, unsynchronised).
func (k *KB) Reindex() {
	ix := &index{code: map[string]int{}, country: map[string]string{}, rank: map[string]string{},
		other: map[string]bool{}, org: map[string][]int{}, place: map[string][]int{}, post: map[string]bool{}}
	for i, c := range k.Countries {
		ix.code[c.Code] = i
		for _, s := range append(append([]string{c.Name}, c.Names...), c.Demonyms...) {
			if key := Key(s); key != "" {
				if _, taken := ix.country[key]; !taken { // first source wins
					ix.country[key] = c.Code
				}
			}
		}
	}
	for _, r := range k.Ranks {
		ix.other[r.Canonical] = r.Other
		for _, s := range append([]string{r.Canonical}, r.Forms...) {
			if key := Key(s); key != "" {
				if _, taken := ix.rank[key]; !taken {
					ix.rank[key] = r.Canonical
				}
			}
		}
	}
	for i, o := range k.Orgs {
		for _, s := range append([]string{o.Name}, o.Aliases...) {
			key := Key(s)
			ix.org[key] = appendIndex(ix.org[key], i)
		}
	}
	for i, p := range k.Places {
		for _, s := range append([]string{p.Name}, p.Variants...) {
			key := Key(s)
			ix.place[key] = appendIndex(ix.place[key], i)
		}
	}
	for _, p := range k.Posts {
		ix.post[Key(p)] = true
	}
	k.idx = ix
}

// appendIndex appends i unless it is already the last value (an entry whose
// name and alias fold alike).
func appendIndex(s []int, i int) []int {
	if len(s) > 0 && s[len(s)-1] == i {
		return s
	}
	return append(s, i)
}

func (k *KB) index() *index {
	if k.idx == nil {
		k.Reindex()
	}
	return k.idx
}

// CountryByCode returns the country with the given ISO code ("VN").
func (k *KB) CountryByCode(code string) (Country, bool) {
	i, ok := k.index().code[code]
	if !ok {
		return Country{}, false
	}
	return k.Countries[i], true
}

// CountryCode returns the code of the country that a name, variant or
// demonym denotes, compared folded: "Việt Nam", "Vietnamese" → "VN".
func (k *KB) CountryCode(name string) (string, bool) {
	code, ok := k.index().country[Key(name)]
	return code, ok
}

// RankOf returns the canonical rank that a written form denotes, compared
// folded: "Sen. Lieut. Gen." → "Senior Lieutenant General".
func (k *KB) RankOf(form string) (string, bool) {
	r, ok := k.index().rank[Key(form)]
	return r, ok
}

// RecordedRank returns the rank a record holds for a canonical rank: the
// rank itself when it is on EXTRACTION.md's canonical list, "" for a rank
// outside it ("Senior General", "Commander"), which the spec records as no
// rank.
func (k *KB) RecordedRank(canonical string) string {
	if k.index().other[canonical] {
		return ""
	}
	return canonical
}

// OrgsNamed returns the organisations whose name or an alias folds like
// name. Several may share a name ("Central Military Commission" of Vietnam
// and of China); the caller picks by country from context.
func (k *KB) OrgsNamed(name string) []Org {
	var out []Org
	for _, i := range k.index().org[Key(name)] {
		out = append(out, k.Orgs[i])
	}
	return out
}

// OrgIndex returns the index in Orgs of the first organisation whose name
// or an alias folds like name, or -1.
func (k *KB) OrgIndex(name string) int {
	if is := k.index().org[Key(name)]; len(is) > 0 {
		return is[0]
	}
	return -1
}

// PlacesNamed returns the places whose name or a variant folds like name;
// several may share a name ("Victoria").
func (k *KB) PlacesNamed(name string) []Place {
	var out []Place
	for _, i := range k.index().place[Key(name)] {
		out = append(out, k.Places[i])
	}
	return out
}

// IsPost reports whether s, folded, is one of the listed post heads.
func (k *KB) IsPost(s string) bool { return k.index().post[Key(s)] }
