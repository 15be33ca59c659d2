package extract

import (
	"strings"

	"attache"
	"attache/extract/text"
)

// nestOrgs joins an organ and the body it belongs to into one name when
// the text links them with "of (the)": "Standing Committee of the National
// People's Congress", "Political Bureau of the Communist Party of China
// Central Committee". The inner body is then not named on its own there;
// a post followed by "of the" ("Vice Secretary of the Central Military
// Commission") is no organ, so the body it names stays separate.
func (d *doc) nestOrgs() {
	n := len(d.toks)
	for i := 0; i+2 < n; i++ {
		a := d.lab[i]
		if a == nil || a.typ != attache.Organization || d.lab[i+1] == a || d.toks[i+1].Fold != "of" || d.toks[i+1].Cap {
			continue
		}
		if d.toks[i].Kind == text.Number || d.unitChain(a) {
			continue // a numbered unit is named in full: "Naval Region 2 of the Navy"
		}
		j := i + 2
		if d.toks[j].Fold == "the" && !d.toks[j].Cap && j+1 < n {
			j++
		}
		b := d.lab[j]
		if b == nil || b == a || b.typ != attache.Organization || d.lab[j-1] == b || d.toks[j].Sent != d.toks[i].Sent {
			continue
		}
		s := i
		for s > 0 && d.lab[s-1] == a {
			s--
		}
		if d.toks[s].Upper && s == i {
			continue // an acronym: "ASEAN of the ..." joins nothing
		}
		e := j
		for e < n && d.lab[e] == b {
			e++
		}
		if d.unitOfService(s, e) {
			continue // a numbered unit of a service: "1st Army Brigade of the Serbian Army"
		}
		// an organ named after the body: "... of China Central Committee"
		k := e
		for k < n && k-e < 3 && d.toks[k].Cap && d.toks[k].Kind == text.Word && d.toks[k].Sent == d.toks[i].Sent &&
			(d.lab[k] == nil || d.lab[k].typ == attache.Organization && d.lab[k] != a && d.lab[k] != b) && !d.textIs(k, cFunction) {
			k++
		}
		if k > e && d.textIs(k-1, cOrghead) && (k == n || d.lab[k] == nil || d.lab[k] != d.lab[k-1]) {
			e = k
		}
		country := b.country
		if country == "" {
			country = a.country
		}
		organ := d.span(s, j-1)
		if d.toks[j-1].Fold == "the" {
			organ = d.span(s, j-2)
		}
		d.take(s, e)
		c := d.get(attache.Organization, unitKey(d.toks[s:e]), d.span(s, e))
		if c.country == "" {
			c.country = country
		}
		d.add(c, s, e)
		if len(d.nameTokens(organ)) > 2 {
			c.addForm(organ) // "Department of Foreign Affairs" of the ministry
		}
		d.acronymAfter(c, e)
		i = e - 1
	}
}

// unitChain reports an organisation named as a numbered unit and the unit
// it belongs to, set after a comma: "1st Battalion, 14th Infantry
// Regiment". Such a name is complete; the body after "of" stays apart.
func (d *doc) unitChain(c *cand) bool {
	// Most names hold no comma: they are spared the tokenizing, which
	// nestOrgs would otherwise pay at every "of" after a mention.
	if !strings.Contains(c.name, ",") {
		return false
	}
	toks := d.nameTokens(c.name)
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].Fold == "," && isOrdinal(&toks[i+1]) && isOrdinal(&toks[0]) {
			return true
		}
	}
	return false
}
