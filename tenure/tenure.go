// Package tenure groups the ranks and posts reported of a person into
// tenures: one row per post however agencies word it, with the first and
// last date it was reported and the number of sources; ranks become a
// progression. The wording is folded by a rule (case, diacritics, a
// leading "former", a leading country name or demonym) and then by the
// table of equivalent wordings in kb/data/tenures.tsv.
package tenure

import (
	"slices"
	"sort"
	"strings"

	"attache"
	"attache/kb"
)

// Folder folds post wordings. Build it with NewFolder; it is read-only
// and safe for concurrent use.
type Folder struct {
	equiv     map[string]kb.PostEquiv // folded wording → its post
	countries map[string]bool         // folded country names and demonyms
}

// NewFolder builds a folder from the knowledge k: its post equivalences
// and its country names and demonyms. A nil k folds by the rule alone.
func NewFolder(k *kb.KB) *Folder {
	f := &Folder{equiv: map[string]kb.PostEquiv{}, countries: map[string]bool{}}
	if k == nil {
		return f
	}
	for _, e := range k.Tenures {
		for _, w := range append([]string{e.Post}, e.Variants...) {
			f.equiv[kb.Key(w)] = e
		}
	}
	for _, c := range k.Countries {
		for _, n := range append(append([]string{c.Name}, c.Names...), c.Demonyms...) {
			f.countries[kb.Key(n)] = true
		}
	}
	return f
}

// Fold returns the canonical wording of a post, the organisation it
// belongs to, and whether the wording says the post is a former one.
func (f *Folder) Fold(post string) (canonical, org string, former bool) {
	words := strings.Fields(post)
	if len(words) > 1 && kb.Key(words[0]) == "former" {
		words, former = words[1:], true
	}
	// A leading country name or demonym says whose post it is, not which
	// post: "Vietnamese Minister of National Defence". Names run up to
	// three words ("United Arab Emirates").
	for n := min(3, len(words)-1); n >= 1; n-- {
		if f.countries[kb.Key(strings.Join(words[:n], " "))] {
			words = words[n:]
			break
		}
	}
	canonical = strings.Join(words, " ")
	if e, ok := f.equiv[kb.Key(canonical)]; ok {
		return e.Post, e.Org, former
	}
	if _, after, ok := strings.Cut(canonical, " of "); ok {
		org = strings.TrimPrefix(after, "the ")
	}
	return canonical, org, former
}

// Of groups positions (ranks and posts, in any order) into tenures and a
// rank progression, both earliest first; undated reports count as
// sources but give no dates. A bare post head reported in the same
// article as a fuller post it starts ("Minister" beside "Minister of
// National Defence") is that post, not one of its own. factID, when not
// nil, names each position for corrections.
func Of(f *Folder, positions []attache.Position, factID func(attache.Position) string) ([]attache.Tenure, []attache.RankStep) {
	type folded struct {
		attache.Position
		post, org string
		former    bool
	}
	var posts []folded
	byArticle := map[string][]string{} // article → folded keys of its posts
	var ranks []attache.Position
	for _, p := range positions {
		if p.Kind == attache.PositionRank {
			ranks = append(ranks, p)
			continue
		}
		post, org, former := f.Fold(p.Value)
		posts = append(posts, folded{p, post, org, former || p.Former})
		byArticle[p.ArticleID] = append(byArticle[p.ArticleID], kb.Key(post))
	}
	// Absorb bare heads into the fuller post of the same article.
	for i, p := range posts {
		key := kb.Key(p.post)
		for _, other := range byArticle[p.ArticleID] {
			if strings.HasPrefix(other, key+" ") {
				for _, q := range posts {
					if q.ArticleID == p.ArticleID && kb.Key(q.post) == other {
						posts[i].post, posts[i].org = q.post, q.org
						break
					}
				}
				break
			}
		}
	}
	sort.SliceStable(posts, func(i, j int) bool { return dateLess(posts[i].AsOf, posts[j].AsOf) })
	var tenures []attache.Tenure
	index := map[string]int{}
	for _, p := range posts {
		key := kb.Key(p.post)
		i, ok := index[key]
		if !ok {
			i = len(tenures)
			index[key] = i
			tenures = append(tenures, attache.Tenure{Post: p.post, Organisation: p.org})
		}
		t := &tenures[i]
		if t.Organisation == "" {
			t.Organisation = p.org
		}
		if p.AsOf != "" {
			if t.First == "" {
				t.First = p.AsOf
			}
			t.Last = p.AsOf
			t.Former = p.former
		} else if t.Last == "" {
			t.Former = t.Former || p.former
		}
		t.Wordings = addNew(t.Wordings, p.Value)
		if !slices.Contains(t.Articles, p.ArticleID) {
			t.Articles = append(t.Articles, p.ArticleID)
			t.Sources++
		}
		if factID != nil {
			t.Facts = addNew(t.Facts, factID(p.Position))
		}
	}
	sort.SliceStable(tenures, func(i, j int) bool { return dateLess(tenures[i].First, tenures[j].First) })
	return tenures, progression(ranks)
}

// progression turns rank reports into steps: consecutive reports of one
// rank, in date order, are one step; a rank reported again after another
// starts a new step (a demotion, or a report using an old rank).
func progression(ranks []attache.Position) []attache.RankStep {
	sort.SliceStable(ranks, func(i, j int) bool { return dateLess(ranks[i].AsOf, ranks[j].AsOf) })
	var steps []attache.RankStep
	for _, r := range ranks {
		if n := len(steps); n == 0 || steps[n-1].Rank != r.Value {
			steps = append(steps, attache.RankStep{Rank: r.Value})
		}
		s := &steps[len(steps)-1]
		if r.AsOf != "" {
			if s.First == "" {
				s.First = r.AsOf
			}
			s.Last = r.AsOf
		}
		if !slices.Contains(s.Articles, r.ArticleID) {
			s.Articles = append(s.Articles, r.ArticleID)
			s.Sources++
		}
	}
	return steps
}

// dateLess orders ISO dates, undated ("") last.
func dateLess(a, b string) bool {
	if a == "" || b == "" {
		return a != "" && b == ""
	}
	return a < b
}

func addNew(list []string, s string) []string {
	if s == "" || slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}
