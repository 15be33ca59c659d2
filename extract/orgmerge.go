package extract

import (
	"strings"

	"attache"
	"attache/extract/text"
	"attache/fold"
)

// orgNamed returns the organisation with a form that folds like name.
func (d *doc) orgNamed(name string) *cand {
	k := fold.Key(name)
	for _, c := range d.cands {
		if c.typ != attache.Organization {
			continue
		}
		for _, f := range c.keys {
			if f == k {
				return c
			}
		}
	}
	return nil
}

// mergeInverted folds "the Foreign Ministry" and "Indonesia's Defence
// Ministry" into "Ministry of Foreign Affairs" and "Ministry of Defence"
// when the article names both forms: one body, the "of" form its name.
func (d *doc) mergeInverted() {
	inverted := false // is there a "... Ministry" name at all?
	for _, c := range d.cands {
		if c.typ == attache.Organization && len(c.mentions) > 0 && !strings.Contains(c.name, " of ") {
			if sp := strings.LastIndexByte(c.name, ' '); sp > 0 && d.x.is(cOrgprefix, c.name[sp+1:]) {
				inverted = true
				break
			}
		}
	}
	if !inverted {
		return
	}
	byKey := map[string]*cand{}
	for _, o := range d.cands {
		if o.typ != attache.Organization || len(o.mentions) == 0 {
			continue
		}
		for _, f := range o.forms {
			if head, _, ok := strings.Cut(f, " of "); !ok || !d.x.is(cOrgprefix, head) {
				continue // only "Ministry of ..." forms are keys
			}
			toks := d.nameTokens(f)
			if len(toks) < 3 || toks[1].Fold != "of" || !d.x.is(cOrgprefix, toks[0].Text) {
				continue
			}
			var words []string
			for _, t := range toks[2:] {
				if t.Fold == "of" {
					break // "... of Peru": the state, not the domain
				}
				if t.Kind == text.Word && t.Fold != "the" && t.Fold != "affairs" {
					words = append(words, t.Fold)
				}
			}
			byKey[toks[0].Fold+"|"+strings.Join(words, " ")] = o
		}
	}
	if len(byKey) == 0 {
		return
	}
	for _, c := range d.cands {
		if c.typ != attache.Organization || len(c.mentions) == 0 {
			continue
		}
		if sp := strings.LastIndexByte(c.name, ' '); sp < 0 || !d.x.is(cOrgprefix, c.name[sp+1:]) {
			continue // only "... Ministry" names are inverted forms
		}
		toks := d.nameTokens(c.name)
		n := len(toks)
		if n < 2 || !d.x.is(cOrgprefix, toks[n-1].Text) {
			continue
		}
		s := 0
		if d.x.countryOf(toks[0].Fold) != "" {
			s = 1
		}
		var words []string
		for _, t := range toks[s : n-1] {
			if t.Kind != text.Word {
				words = nil
				break
			}
			words = append(words, t.Fold)
		}
		o := byKey[toks[n-1].Fold+"|"+strings.Join(words, " ")]
		if len(words) == 0 || o == nil || o == c || o.country != c.country && o.country != "" && c.country != "" && s == 1 {
			continue
		}
		o.takeIn(c)
		if s == 1 {
			o.country = c.country // the demonym says whose body it is
		}
	}
}

// mergeQualified folds "Vietnamese Ministry of National Defence" into
// "Ministry of National Defence" when both name the same state's body.
func (d *doc) mergeQualified() {
	for _, c := range d.cands {
		if c.typ != attache.Organization || len(c.mentions) == 0 {
			continue
		}
		toks := d.nameTokens(c.name)
		if len(toks) < 3 {
			continue
		}
		first := d.x.countryOf(toks[0].Fold)
		if first == "" {
			continue
		}
		rest := c.name[toks[1].Start:]
		o := d.orgNamed(rest)
		if o == nil || o == c || o.country != c.country && o.country != "" {
			continue
		}
		o.takeIn(c)
	}
}

// mergeCores joins an organisation named by the core of another's name,
// without the pair of states before it or the complement after its head
// ("the Joint Working Group" after "the Kazakhstan-Qatar Joint Working
// Group on Military Cooperation"), to that one: agencies name a body in
// full once and by its core after. The core must have two words or more
// and belong to one body only.
func (d *doc) mergeCores() {
	cores := map[string]*cand{}
	for _, c := range d.cands {
		if c.typ != attache.Organization || len(c.mentions) == 0 {
			continue
		}
		k := d.coreKey(c.name)
		if k == "" {
			continue
		}
		if o, ok := cores[k]; ok && o != c {
			cores[k] = nil // two bodies share it: no merge
			continue
		}
		cores[k] = c
	}
	for _, c := range d.cands {
		if c.typ != attache.Organization || len(c.mentions) == 0 {
			continue
		}
		o := cores[fold.Key(c.name)]
		if o == nil || o == c || strings.Count(c.name, " ") < 1 || o.mentions[0].Start > c.mentions[0].Start {
			continue
		}
		o.takeIn(c)
	}
}

// coreKey returns the folded core of an organisation's name: without a
// leading pair of states joined by a hyphen ("Kazakhstan-Qatar") and
// without the "on ..." or "for ..." complement after its head word; ""
// when the name has neither.
func (d *doc) coreKey(name string) string {
	core := name
	if sp := strings.IndexByte(core, ' '); sp > 0 {
		if a, b, ok := strings.Cut(core[:sp], "-"); ok && d.x.countryOf(strings.ToLower(a)) != "" && d.x.countryOf(strings.ToLower(b)) != "" {
			core = core[sp+1:]
		}
	}
	for _, w := range []string{" on ", " for "} {
		if i := strings.Index(core, w); i > 0 {
			core = core[:i]
		}
	}
	if core == name || !strings.Contains(core, " ") {
		return ""
	}
	return fold.Key(core)
}
