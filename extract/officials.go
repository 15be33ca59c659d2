package extract

import (
	"strings"

	"attache/extract/text"
)

// officialKey is the key a well-known official is looked up by: the
// folded words of the name without initials and generational suffixes,
// hyphenated parts joined, as nameWords reads a name in the text ("Lloyd
// J. Austin III" and "Lloyd Austin" are both "lloyd austin").
func (x *Extractor) officialKey(name string) string {
	toks := text.Tokenize(name)
	var out []string
	for i := range toks {
		t := &toks[i]
		if t.Kind != text.Word || text.IsInitial(t) && i+1 < len(toks) && toks[i+1].Fold == "." || i > 0 && x.is(cSuffix, t.Text) {
			continue
		}
		if i > 1 && toks[i-1].Fold == "-" && toks[i-1].Start == toks[i-2].End && len(out) > 0 {
			out[len(out)-1] += t.Fold
			continue
		}
		out = append(out, t.Fold)
	}
	return strings.Join(out, " ")
}

// addOfficials reads the lexicon's "official" lines, "CODE Name": people
// whose state is public knowledge, for when a report names them without
// saying whom they serve ("in the presence of President X").
func (x *Extractor) addOfficials(lines []string) {
	for _, w := range lines {
		if code, name, ok := strings.Cut(w, " "); ok {
			k := x.officialKey(name)
			x.recordOfficial(k, code)
			// "Khaled Nordin" of "Mohamed Khaled Nordin": the name after
			// a common first name is the short form agencies write
			if first, rest, ok := strings.Cut(k, " "); ok && x.is(cPrefixname, first) && strings.Contains(rest, " ") {
				if _, taken := x.official[rest]; !taken {
					x.recordOfficial(rest, code)
				}
			}
		}
	}
}

// recordOfficial records the folded name k of an official of state code.
func (x *Extractor) recordOfficial(k, code string) {
	x.official[k] = code
	first, _, _ := strings.Cut(k, " ")
	x.officialFirst[first] = true
}

// isOfficial reports whether the folded name words are a well-known
// official's; the first word is checked before the words are joined, so
// that most names cost no allocation.
func (x *Extractor) isOfficial(words ...string) bool {
	if len(words) == 0 || !x.officialFirst[words[0]] {
		return false
	}
	return x.official[strings.Join(words, " ")] != ""
}
