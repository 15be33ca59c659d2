package extract

// titlesWho reads the posts of a relative clause after a name, from token
// s right after "who": "who previously served as Defence Minister", "who
// was Chief of the Defence Force until 2022", "who is also Foreign
// Minister". A past verb or "previously"/"formerly" makes them former.
func (d *doc) titlesWho(s int) []title {
	n := len(d.toks)
	former := false
	if s < n {
		switch d.toks[s].Fold {
		case "previously", "formerly", "earlier", "once":
			former = true
			s++
		case "also", "currently", "now":
			s++
		}
	}
	if s >= n {
		return nil
	}
	switch d.toks[s].Fold {
	case "served", "was", "worked":
		former = true
	case "serves", "is", "works":
	default:
		return nil
	}
	s++
	if s < n && d.toks[s].Fold == "as" {
		s++
	}
	if s < n && d.toks[s].Fold == "the" && !d.toks[s].Cap {
		s++
	}
	ts := d.titlesAfter(s)
	for i := range ts {
		ts[i].former = ts[i].former || former
	}
	return ts
}

// roleBefore reads a past post stated before the name at token p: "During
// his tenure as Russian Minister of Defence, Sergei Shoigu ...".
func (d *doc) roleBefore(p int) (title, bool) {
	if p < 5 || d.toks[p-1].Fold != "," {
		return title{}, false
	}
	s := p - 1
	for s > 0 && d.toks[s-1].Sent == d.toks[p].Sent && d.titleTok(s-1) {
		s--
	}
	if s == p-1 || s < 3 || d.toks[s-1].Fold != "as" || !d.hasPost(s, p-1) {
		return title{}, false
	}
	switch d.toks[s-2].Fold {
	case "role", "tenure", "time", "term", "stint", "days":
	default:
		return title{}, false
	}
	switch d.toks[s-3].Fold {
	case "his", "her":
	default:
		return title{}, false
	}
	t := d.title(s, p-1)
	t.former = true
	return t, true
}
