package resolve

import (
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"attache"
	"attache/fold"
	"attache/kb"
)

// How names are matched across articles. A person's name is read as its
// words once ranks, honorifics and words such as "(Ret.)" are dropped from
// the front, initials and generational suffixes from anywhere ("Lloyd J.
// Austin III" → lloyd austin), and each given name written in a known
// variant is read as its canonical form (kb/data/names.tsv: "Sergey" →
// sergei). Two names match when they have the same words in the same
// order, ignoring spaces and hyphens ("Kim Jong-un" = "Kim Jong Un"), or
// the same words in any order ("Kihara Minoru" = "Minoru Kihara"). A name
// that leaves out words of another (a patronymic or middle name:
// "Alexander Fomin" within "Alexander Vasilyevich Fomin") joins it only
// when exactly one known person fits and every name of that person fits
// (so "Pham Van Minh" and "Pham Duc Minh" stay two people). A single word
// never links articles: only the article that uses it knows whom it means.
// Places and organisations match by their folded name without spaces
// ("Hà Nội" = "Ha Noi" = "HANOI"), places also through the gazetteer's
// variants. The one exception: a single word with a title or rank joins
// the one known person of its country whose family word it is
// (matchFamilyWord).

var (
	nameOnce  sync.Once
	nameForms *kb.NameForms
	nameLex   kb.Lexicon
)

// loadNames reads the embedded name tables once. They are part of the
// binary, so an error is a build defect; matching then runs without them.
func loadNames() (*kb.NameForms, kb.Lexicon) {
	nameOnce.Do(func() {
		nameForms, _ = kb.LoadNameForms()
		if nameForms == nil {
			nameForms = &kb.NameForms{Given: map[string]string{}, Drop: map[string]bool{}, Name: map[string]bool{}, Syllable: map[string]string{},
				Particle: map[string]bool{}, After: map[string]bool{}, Spelling: []string{}}
		}
		nameLex, _ = kb.LoadLexicon()
	})
	return nameForms, nameLex
}

// tables are the word sets a Builder reads names with, made once per
// knowledge base.
type tables struct {
	ranks        map[string]bool     // ranks, honorifics and words such as "ret", dropped from the front of a name
	keep         map[string]bool     // such words that are also given names ("gen"), kept before a single word
	suffix       map[string]bool     // generational suffixes
	given        map[string]string   // given-name variant → canonical form
	syllable     map[string]string   // romanized syllable of a Korean name → canonical form
	particle     map[string]bool     // articles before a family name ("al"), dropped
	place        map[string]string   // spaceless place variant → its gazetteer name
	placeCountry map[string]string   // gazetteer name (spaceless) → ISO code of its country
	countryName  map[string]string   // spaceless country name → ISO code
	countryWords map[string][]string // ISO code → names and demonyms
	loose        *strings.Replacer   // letter groups transliterations write differently, each read as one (names.tsv spelling)
	plain        map[string]bool     // lower-case words that tell no event's subject (lexicon plainword, verb, function, stop)
	remote       map[string]bool     // lower-case words of talks held at a distance (lexicon remote)
	firstGroup   map[string]bool     // lower-case words before the head count of a contingent's first group (lexicon firstgroup)
	vessel       map[string]bool     // words of a kind of ship or a ship's prefix, lower-cased (lexicon vessel: "frigate", "hms")
	repeat       map[string]bool     // lower-case words of another contact of a pair (lexicon repeat)
}

var (
	tablesMu    sync.Mutex
	tablesCache = map[*kb.KB]*tables{}
)

// tablesFor returns the tables of k (nil: no knowledge base), made on
// first use. They are read only.
func tablesFor(k *kb.KB) *tables {
	tablesMu.Lock()
	defer tablesMu.Unlock()
	if t := tablesCache[k]; t != nil {
		return t
	}
	nf, lex := loadNames()
	if k != nil && k.Names != nil {
		nf = k.Names // the embedded names and the user's
	}
	t := &tables{ranks: map[string]bool{}, keep: nf.Name, suffix: map[string]bool{}, given: nf.Given, syllable: nf.Syllable,
		particle: nf.Particle, loose: strings.NewReplacer(nf.Spelling...),
		place: map[string]string{}, placeCountry: map[string]string{}, countryName: map[string]string{},
		countryWords: map[string][]string{}, plain: map[string]bool{}, remote: map[string]bool{}, repeat: map[string]bool{}, firstGroup: map[string]bool{}, vessel: map[string]bool{}}
	for _, cat := range []string{"plainword", "verb", "function", "stop"} {
		for _, w := range lex[cat] {
			t.plain[strings.ToLower(w)] = true
		}
	}
	for _, w := range lex["remote"] {
		t.remote[strings.ToLower(w)] = true
	}
	for _, w := range lex["repeat"] {
		t.repeat[strings.ToLower(w)] = true
	}
	for _, w := range lex["firstgroup"] {
		t.firstGroup[strings.ToLower(w)] = true
	}
	for _, w := range lex["vessel"] {
		t.vessel[strings.ToLower(w)] = true // "frigate", "HMS"
	}
	for w := range nf.Drop {
		t.ranks[w] = true
	}
	for _, h := range lex["honorific"] {
		t.ranks[fold.Key(h)] = true
	}
	for _, s := range lex["suffix"] {
		t.suffix[fold.Key(s)] = true
	}
	for w := range nf.After {
		t.suffix[w] = true
	}
	if k != nil {
		for _, r := range k.Ranks {
			t.ranks[fold.Key(r.Canonical)] = true
			for _, f := range r.Forms {
				t.ranks[fold.Key(f)] = true
			}
		}
		for _, p := range k.Places {
			canon := spaceless(p.Name)
			if _, taken := t.placeCountry[canon]; !taken {
				t.placeCountry[canon] = p.Country
			}
			for _, v := range append([]string{p.Name}, p.Variants...) {
				if f := spaceless(v); f != "" {
					if _, taken := t.place[f]; !taken {
						t.place[f] = canon
					}
				}
			}
		}
		for _, c := range k.Countries {
			for _, n := range append(append([]string{c.Name}, c.Names...), c.Demonyms...) {
				if f := fold.Key(n); f != "" {
					t.countryWords[c.Code] = append(t.countryWords[c.Code], f)
				}
			}
			for _, n := range append([]string{c.Name}, c.Names...) {
				if f := spaceless(n); f != "" {
					t.countryName[f] = c.Code
				}
			}
		}
	}
	if len(tablesCache) >= 8 {
		tablesCache = map[*kb.KB]*tables{} // knowledge bases loaded one after another (tests): keep few
	}
	tablesCache[k] = t
	return t
}

// personWords reads a person's name as the words that identify them.
func (b *Builder) personWords(name string) []string {
	if w, ok := b.words[name]; ok {
		return w
	}
	w := b.readWords(name)
	b.words[name] = w
	return w
}

func (b *Builder) readWords(name string) []string {
	var out []string
	name = b.syllables(name)
	full := fold.Key(name)
	bare := b.stripRank(full)
	raw, fw := strings.Fields(name), strings.Fields(full)
	if len(fw) == 2 && len(raw) == 2 && b.keep[fw[0]] && !strings.HasSuffix(raw[0], ".") {
		// "Gen Nakatani": a given name that is also a rank form, written
		// without the period of the abbreviation ("Gen. Brown").
		bare = full
	}
	for _, w := range strings.Fields(bare) {
		// Ranks, honorifics and other words beside a name go only from
		// the front (stripRank): inside a name they may be one ("Tan").
		if utf8.RuneCountInString(w) == 1 || b.suffix[w] {
			continue // an initial, "Jr", "III"
		}
		if g, ok := b.given[w]; ok {
			w = g
		}
		out = append(out, w)
	}
	return out
}

// syllables writes each part of each hyphenated word of name, and each
// word, in the canonical romanization of its syllable ("Ahn Kyu-back" →
// "Ahn gyu-baek"), and drops particles before a family name ("Abdel
// Fattah al-Sisi" → "Abdel Fattah Sisi"); a name with none of these is
// returned as it is.
func (b *Builder) syllables(name string) string {
	if len(b.syllable) == 0 && len(b.particle) == 0 {
		return name
	}
	var out []string
	changed := false
	for i, w := range strings.Fields(name) {
		if i > 0 && b.particle[fold.Key(w)] {
			changed = true
			continue
		}
		parts := strings.Split(w, "-")
		if len(parts) > 1 && b.particle[fold.Key(parts[0])] {
			parts, changed = parts[1:], true
		}
		for j, p := range parts {
			if c, ok := b.syllable[fold.Key(p)]; ok && c != fold.Key(p) {
				parts[j], changed = c, true
			}
		}
		out = append(out, strings.Join(parts, "-"))
	}
	if !changed {
		return name
	}
	return strings.Join(out, " ")
}

// personKeys are the exact matching keys of a person's words: in order
// without spaces, and in any order.
func personKeys(w []string) []string {
	if len(w) < 2 {
		return nil
	}
	s := append([]string(nil), w...)
	sort.Strings(s)
	return []string{"person|o:" + strings.Join(w, ""), "person|s:" + strings.Join(s, " ")}
}

// nameKeys are the exact matching keys of a place or organisation name.
func (b *Builder) nameKeys(t attache.EntityType, name string) []string {
	f := spaceless(name)
	if len(f) < 2 {
		return nil
	}
	keys := []string{string(t) + "|o:" + f}
	if t == attache.Location {
		if c, ok := b.place[f]; ok && c != f {
			keys = append(keys, string(t)+"|o:"+c)
		}
	}
	return keys
}

// spaceless folds s and drops its spaces.
func spaceless(s string) string { return strings.ReplaceAll(fold.Key(s), " ", "") }

// nested reports whether one word list is the other with words left out,
// or both are the same name written differently.
func nested(a, b []string) bool {
	if strings.Join(a, "") == strings.Join(b, "") {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	i := 0
	for _, w := range b {
		if i < len(a) && a[i] == w {
			i++
		}
	}
	return i == len(a)
}

// personNames are the word lists of e's names that can link articles.
func (b *Builder) personNames(names []string) [][]string {
	var out [][]string
	for _, n := range names {
		if w := b.personWords(n); len(w) >= 2 {
			out = append(out, w)
		}
	}
	return out
}

// matchPartial returns the one known person whose names all nest with the
// names of e (a middle name or patronymic written or left out), or nil
// when none or several fit.
func (b *Builder) matchPartial(names []string) *attache.KBEntity {
	mine := b.personNames(names)
	if len(mine) == 0 {
		return nil
	}
	var found *attache.KBEntity
	seen := map[string]bool{}
	for _, w := range mine {
		for _, id := range b.candidates(w) {
			if seen[id] {
				continue
			}
			seen[id] = true
			c := b.ents[id]
			if c == nil || c.Type != attache.Person || !b.fits(mine, c) {
				continue
			}
			if found != nil {
				return nil // ambiguous: leave it apart
			}
			found = c
		}
	}
	return found
}

// familyWords are the words of a person's name w that may be its family
// name: the last, and any other after the first longer than three letters
// ("Astudillo" in "Walter Enrique Astudillo Chávez"; not "bin" or "van",
// which many names share).
func familyWords(w []string) []string {
	out := []string{w[len(w)-1]}
	for _, x := range w[1 : len(w)-1] {
		if utf8.RuneCountInString(x) > 3 {
			out = append(out, x)
		}
	}
	return out
}

// candidates are the ids of known persons that have one of their
// familyWords in common with w's, each once.
func (b *Builder) candidates(w []string) []string {
	var out []string
	seen := map[string]bool{} // a common family word is the word of thousands
	for _, x := range familyWords(w) {
		for _, id := range b.byKey["person|word:"+x] {
			if !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
	}
	return out
}

// fits reports whether every name of c nests with every one of mine.
func (b *Builder) fits(mine [][]string, c *attache.KBEntity) bool {
	theirs := b.personNames(append([]string{c.Name}, c.Aliases...))
	if len(theirs) == 0 {
		return false
	}
	for _, x := range mine {
		for _, y := range theirs {
			if !nested(x, y) {
				return false
			}
		}
	}
	return true
}

// looseKey is the key of a person's words read loosely, in any order:
// the letter groups that transliterations of one name write differently
// (the spelling rows of kb/data/names.tsv: Shoigu and Shoygu, Khalil and
// Halil, Aleksandr and Alexandr) each read as one, and doubled letters
// read as one too.
func (b *Builder) looseKey(w []string) string {
	out := make([]string, len(w))
	for i, x := range w {
		x = b.loose.Replace(x)
		var b strings.Builder
		var last rune
		for _, r := range x {
			if r != last {
				b.WriteRune(r)
			}
			last = r
		}
		out[i] = b.String()
	}
	sort.Strings(out)
	return "person|l:" + strings.Join(out, " ")
}

// matchLoose returns the one known person of country whose name reads as
// one of names when transliterations are read loosely (looseKey), else
// the one whose name is spelled nearly the same (nearSpelling), or nil
// when none or several fit, or the country is unknown: a loose spelling
// is weaker evidence than the name tables, so the country must be the
// one the person's evidence so far leans to (voteCountry), even weakly.
func (b *Builder) matchLoose(names []string, country string) *attache.KBEntity {
	if country == "" {
		return nil
	}
	mine := b.personNames(names)
	var found *attache.KBEntity
	for _, w := range mine {
		for _, id := range b.byKey[b.looseKey(w)] {
			c := b.ents[id]
			if c == nil || c.Type != attache.Person || b.lead[id] != country {
				continue
			}
			if found != nil && found != c {
				return nil
			}
			found = c
		}
	}
	if found != nil {
		return found
	}
	for _, w := range mine {
		for _, k := range b.nearKeys(w, true) {
			for _, id := range b.byKey[k] {
				c := b.ents[id]
				if c == nil || c.Type != attache.Person || b.lead[id] != country || !b.spelledNear(w, c) {
					continue
				}
				if found != nil && found != c {
					return nil
				}
				found = c
			}
		}
	}
	return found
}

// matchFamilyWord returns the one known person of e's country whose
// family word (familyWords) is e's one-word name, or nil. Agencies name
// a minister by his family name alone ("Minister Giang", "Vice-Minister
// Yoshida") in a report that never names him in full; the title or rank
// says the word is a person's name in his post, and the country (the
// one the person's evidence leans to) narrows it to one. A word of three
// letters or fewer, a name without title or rank, or a word two known
// persons of that country share links nothing.
func (b *Builder) matchFamilyWord(e *attache.Entity) *attache.KBEntity {
	if e.Country == "" || (e.Rank == "" && len(e.Titles) == 0) {
		return nil
	}
	w := b.personWords(e.Name)
	if len(w) != 1 || utf8.RuneCountInString(w[0]) <= 3 {
		return nil
	}
	var found *attache.KBEntity
	for _, id := range b.byKey["person|word:"+w[0]] {
		c := b.ents[id]
		if c == nil || c.Type != attache.Person || b.lead[id] != strings.ToUpper(e.Country) {
			continue
		}
		if found != nil && found != c {
			return nil
		}
		found = c
	}
	return found
}

// matchNamedAlone returns the one known person of e's country named only
// by one word with a title or rank ("Philippine Secretary of National
// Defense Teodoro", reported first) that is a family word of e's full
// name ("Gilberto Teodoro Jr.", reported later), or nil: matchFamilyWord
// the other way round, for a build that takes the short report first.
// A word of three letters or fewer, a country with a known person of
// that family word named in full, or two such persons named alone link
// nothing.
func (b *Builder) matchNamedAlone(e *attache.Entity) *attache.KBEntity {
	country := strings.ToUpper(e.Country)
	if country == "" {
		return nil
	}
	var found *attache.KBEntity
	for _, w := range b.personNames(append([]string{e.Name}, e.Aliases...)) {
		for _, x := range familyWords(w) {
			if utf8.RuneCountInString(x) <= 3 {
				continue
			}
			for _, id := range b.byKey["person|word:"+x] {
				if c := b.ents[id]; c != nil && c.Type == attache.Person && b.lead[id] == country {
					return nil // "Teodoro" may be him
				}
			}
			for _, id := range b.byKey["person|alone:"+x] {
				c := b.ents[id]
				if c == nil || c.Type != attache.Person || b.lead[id] != country || b.singleWord(id) == "" ||
					c.Rank == "" && len(c.Positions) == 0 {
					continue
				}
				if found != nil && found != c {
					return nil
				}
				found = c
			}
		}
	}
	return found
}

// maxNearWords and maxNearLetters bound the names and words that have
// near spellings: the keys of a word grow with its consonants and carry
// the name's other words, so a word or name of hostile length would cost
// the square of it. No person's name runs that long.
const (
	maxNearWords   = 12
	maxNearLetters = 40
)

// nearKeys are the keys of the persons whose name w may be a near
// spelling of (spelledNear): every word but one the same, in order, and
// the one left a long word (six letters or more) with the same first
// letter whose consonants (skeleton) are the same or one more or one
// fewer, as written or read loosely (nearSpelling). A person is indexed
// under his skeletons and each with one consonant left out; a name is
// looked up by its skeleton, as itself and as one with a consonant left
// out, and by each of its own with one left out. So a name is compared
// only with the few persons it may be a near spelling of, not with every
// person of its first word (a thousand Nguyens): matching n persons costs
// n lookups, not n².
func (b *Builder) nearKeys(w []string, lookup bool) []string {
	if len(w) > maxNearWords {
		return nil
	}
	var out []string
	for i, x := range w {
		rest := strings.Join(w[:i], " ") + "|" + strings.Join(w[i+1:], " ")
		for _, v := range []string{x, b.loose.Replace(x)} {
			r := []rune(v)
			if len(r) < 6 || len(r) > maxNearLetters {
				continue
			}
			lead := "person|near:" + strconv.Itoa(i) + "|" + rest + "|" + string(r[0]) + "|"
			sk := skeleton(r)
			out = appendNew(out, lead+"="+string(sk))
			if lookup {
				out = appendNew(out, lead+"-"+string(sk))
			}
			for j := range sk {
				less := string(sk[:j]) + string(sk[j+1:])
				if lookup {
					out = appendNew(out, lead+"="+less)
				} else {
					out = appendNew(out, lead+"-"+less)
				}
			}
		}
	}
	return out
}

// spelledNear reports whether a name of c has the words of w in order
// with one of them spelled nearly the same (nearSpelling): the vowels and
// silent letters that transliterations of one long family name write
// differently ("Kholmukhamedov" and "Khalmukhamedov", "Narkphanit" and
// "Nakpanit").
func (b *Builder) spelledNear(w []string, c *attache.KBEntity) bool {
	for _, y := range b.personNames(append([]string{c.Name}, c.Aliases...)) {
		if len(y) != len(w) {
			continue
		}
		near := 0
		for i := range w {
			switch {
			case w[i] == y[i]:
			case nearSpelling(w[i], y[i]) || nearSpelling(b.loose.Replace(w[i]), b.loose.Replace(y[i])):
				near++
			default:
				near = 2
			}
		}
		if near == 1 {
			return true
		}
	}
	return false
}

// nearSpelling reports whether two words read as one long name written
// two ways: the same first letter, at least six letters, at most one
// letter in five added, dropped or changed, and the same consonants
// (skeleton) but for one left out. Transliterations differ in vowels,
// an h and a silent letter ("Kholmukhamedov", "Khalmukhamedov";
// "Narkphanit", "Nakpanit"); another consonant is another name
// ("Suwannarat", "Suwannakit"), and so is a short name differing by a
// letter ("Nam", "Lam").
func nearSpelling(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	n := max(len(ra), len(rb))
	if min(len(ra), len(rb)) < 6 || ra[0] != rb[0] || n-min(len(ra), len(rb)) > n/5 || editDistance(ra, rb) > n/5 {
		return false
	}
	sa, sb := skeleton(ra), skeleton(rb)
	if len(sa) < len(sb) {
		sa, sb = sb, sa
	}
	return string(sa) == string(sb) || len(sa) == len(sb)+1 && editDistance(sa, sb) == 1
}

// skeleton is a word's consonants but h, w and y, a doubled one once.
func skeleton(w []rune) []rune {
	var out []rune
	for _, r := range w {
		if strings.ContainsRune("aeiouyhw", r) || len(out) > 0 && out[len(out)-1] == r {
			continue
		}
		out = append(out, r)
	}
	return out
}

// editDistance is the number of letters added, dropped or changed to
// write a as b.
func editDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
