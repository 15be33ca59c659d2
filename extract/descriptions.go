package extract

// describedAs reads a post after an indefinite article in apposition from
// token s, closed by a comma or the sentence end: "X, a Russian deputy
// defence minister, visited ...", "X, an adviser to the Minister of
// Defence, said". Agencies describe a person so when the post is one of
// several holders'.
func (d *doc) describedAs(s int) []title {
	if s+1 >= len(d.toks) || d.toks[s].Fold != "a" && d.toks[s].Fold != "an" {
		return nil
	}
	ts := d.titlesAfter(s + 1)
	if len(ts) == 0 {
		ts = d.lowerTitleAfter(s + 1)
	}
	if len(ts) == 0 || !d.closesApposition(ts[len(ts)-1].e) {
		return nil
	}
	return ts
}
