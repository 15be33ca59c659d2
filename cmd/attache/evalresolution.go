package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"attache"
	"attache/ingest"
	"attache/resolve"
	"attache/score"
)

// runEvalResolution scores cross-article resolution on the stories under
// dir: every directory holding a gold.tsv is a story, its X.txt files the
// reports (publication date from a "date YYYY-MM-DD" first line). All
// reports of all stories are extracted and resolved together, as one
// knowledge base, so that joins across stories count too.
func (m *Main) runEvalResolution(ctx context.Context, dir string, verbose, asJSON bool) error {
	c := &m.Config
	stories, err := storyDirs(dir)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	a, err := c.startExtraction()
	if err != nil {
		return err
	}
	k, ex := a.kb, a.extractor
	gold := &score.ResolutionGold{}
	var arts []*attache.Article
	for _, st := range stories {
		rel, err := filepath.Rel(dir, st)
		if err != nil || rel == "." {
			rel = filepath.Base(st)
		}
		prefix := filepath.ToSlash(rel) + "/"
		g, err := score.ReadResolutionGold(filepath.Join(st, "gold.tsv"), prefix)
		if err != nil {
			return fmt.Errorf("eval: %w", err)
		}
		gold.Add(g)
		txts, err := filepath.Glob(filepath.Join(st, "*.txt"))
		if err != nil {
			return fmt.Errorf("eval: %w", err)
		}
		for _, path := range txts {
			if err := ctx.Err(); err != nil {
				return err
			}
			name, raw, err := m.readArticle(ctx, path)
			if err != nil {
				return fmt.Errorf("eval: %w", err)
			}
			in, _, err := ingest.PrepareText(name, raw)
			if err != nil {
				return fmt.Errorf("eval: %w", err)
			}
			id := prefix + filepath.Base(path)
			x := ex.Extract(id, in.Text, in.Published)
			arts = append(arts, &attache.Article{ID: id, Published: in.Published, Text: in.Text, Extraction: x})
		}
	}
	b := resolve.Build(k, arts)
	kn := b.Knowledge()
	ms, rs := systemLinks(arts, kn)
	r := score.ScoreResolution(gold, ms, rs)
	if asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(r)
	}
	w := m.Stdout
	fmt.Fprintf(w, "Resolution of %d stories, %d reports\n", len(stories), len(arts))
	fmt.Fprintf(w, "entities  B-cubed P %.3f  R %.3f  (%d/%d gold mentions extracted)\n", r.EntityP, r.EntityR, r.MentionsFound, r.Mentions)
	fmt.Fprintf(w, "events    link P %.3f  R %.3f  (%d correct, %d linked, %d gold links; %d/%d gold reports extracted)\n",
		r.LinkP, r.LinkR, r.CorrectLinks, r.SysLinks, r.GoldLinks, r.ReportsFound, r.Reports)
	fmt.Fprintf(w, "over extracted mentions and reports only: entities P %.3f R %.3f, event links R %.3f (%d gold links)\n",
		r.FoundP, r.FoundR, r.FoundLinkR, r.FoundLinks)
	if verbose {
		for _, e := range r.Errors {
			fmt.Fprintln(w, "  "+strings.ReplaceAll(e, "\x00", ""))
		}
		for _, line := range refusedLinks(gold, rs, b) {
			fmt.Fprintln(w, "  "+line)
		}
	}
	return nil
}

// storyDirs lists dir and its subdirectories that hold a gold.tsv, sorted.
func storyDirs(dir string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && d.Name() == "gold.tsv" {
			out = append(out, filepath.Dir(path))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no story (a directory with gold.tsv)", dir)
	}
	sort.Strings(out)
	return out, nil
}

// systemLinks lists each extracted entity with the knowledge-base entity
// it was linked to, and each extracted event with the knowledge-base event
// it is a source of.
func systemLinks(arts []*attache.Article, kn *attache.Knowledge) ([]score.SysMention, []score.SysReport) {
	byID := map[string]*attache.Article{}
	for _, a := range arts {
		byID[a.ID] = a
	}
	var ms []score.SysMention
	for _, l := range kn.Links {
		a := byID[l.ArticleID]
		if a == nil || l.EntityIdx >= len(a.Extraction.Entities) {
			continue
		}
		e := a.Extraction.Entities[l.EntityIdx]
		ms = append(ms, score.SysMention{Doc: a.ID, Names: append([]string{e.Name}, e.Aliases...), Entity: l.EntityID})
	}
	var rs []score.SysReport
	for _, ev := range kn.Events {
		for _, s := range ev.Sources {
			a := byID[s.ArticleID]
			if a == nil || s.Idx >= len(a.Extraction.Events) {
				continue
			}
			x := a.Extraction.Events[s.Idx]
			rs = append(rs, score.SysReport{Doc: a.ID, Type: x.Type, Date: x.Date, Event: ev.ID})
		}
	}
	sort.SliceStable(rs, func(i, j int) bool {
		if rs[i].Doc != rs[j].Doc {
			return rs[i].Doc < rs[j].Doc
		}
		return rs[i].Date < rs[j].Date
	})
	return ms, rs
}

// refusedLinks explains each gold link whose two reports were both
// extracted but not linked: which linking condition refused the two
// knowledge-base events holding them (resolve's WhyApart). Reports are
// found as the scorer finds them: in gold order, the first unused
// extracted event of the article and type with the same date, else with
// a compatible one.
func refusedLinks(gold *score.ResolutionGold, rs []score.SysReport, b *resolve.Builder) []string {
	used := map[int]bool{}
	evs := make([]string, len(gold.Reports))
	for i, g := range gold.Reports {
		compat := -1
		for j, s := range rs {
			if used[j] || s.Doc != g.Doc || s.Type != g.Type {
				continue
			}
			if s.Date == g.Date {
				compat = j
				break
			}
			if d := s.Date; compat < 0 && d != "" && score.DatesCompatible(&d, &g.Date) {
				compat = j
			}
		}
		if compat >= 0 {
			used[compat] = true
			evs[i] = rs[compat].Event
		}
	}
	var out []string
	for i, x := range gold.Reports {
		for j := i + 1; j < len(gold.Reports); j++ {
			y := gold.Reports[j]
			if x.Doc == y.Doc || x.Event != y.Event || evs[i] == "" || evs[j] == "" || evs[i] == evs[j] {
				continue
			}
			out = append(out, fmt.Sprintf("refused link: %s %s %s ~ %s %s %s: %s", x.Doc, x.Type, x.Date, y.Doc, y.Type, y.Date, b.WhyApart(evs[i], evs[j])))
		}
	}
	return out
}
