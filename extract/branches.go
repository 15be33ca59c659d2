package extract

import (
	"strconv"

	"attache"
	"attache/extract/text"
	"attache/kb"
)

// serviceBranch records the branch of a known armed force written right
// after the force's name, its acronym in parentheses between or not:
// "People's Liberation Army (PLA) Navy", "Chinese People's Liberation
// Army Air Force". The branch is the body named, not the force cut
// before it. It reports whether it did.
func (d *doc) serviceBranch(m match, o kb.Org) bool {
	if o.Kind != "military" {
		return false
	}
	n := len(d.toks)
	k, acronym := m.end, false
	if k+3 < n && d.toks[k].Fold == "(" && d.toks[k+1].Upper && d.toks[k+2].Fold == ")" {
		k, acronym = k+3, true
	}
	j := k
	for j < n && j-k < 2 && d.toks[j].Cap && d.toks[j].Kind == text.Word && !d.toks[j].Upper && d.toks[j].Sent == d.toks[m.start].Sent && (j == k || !d.x.is(cService, d.toks[j-1].Text)) {
		j++
	}
	if j == k || !d.x.is(cService, d.toks[j-1].Text) || j < n && d.toks[j].Cap && d.toks[j].Kind == text.Word && d.toks[j].Sent == d.toks[k].Sent {
		return false // no branch, or a longer name other rules read: "Air Force Academy"
	}
	branch := d.span(k, j)
	bi := d.x.kb.OrgIndex(o.Name + " " + branch)
	if bi < 0 && !acronym {
		return false // "the Indonesian Army Special Forces": a unit, not a branch
	}
	var c *cand
	if bi >= 0 {
		b := d.x.kb.Orgs[bi]
		c = d.get(attache.Organization, "kb"+strconv.Itoa(bi), d.span(m.start, j))
		c.country = b.Country
		c.addForm(b.Name)
	} else {
		c = d.get(attache.Organization, unitKey(d.toks[m.start:j]), d.span(m.start, j))
		c.country = o.Country
		c.addForm(o.Name + " " + branch)
	}
	if acronym {
		c.addForm(d.toks[m.end+1].Text + " " + branch) // "PLA Navy"
	}
	d.add(c, m.start, j)
	d.acronymAfter(c, j)
	return true
}
