package main

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"attache"
	"attache/query"
	"attache/resolve"
)

func (m *Main) runEntity(ctx context.Context, args []string) error {
	if len(args) > 0 {
		switch args[0] {
		case "merge", "split", "rename", "alias", "retype":
			return m.runEntityCorrection(ctx, args[0], args[1:])
		}
	}
	fs := flag.NewFlagSet("entity", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	m.Config.storeFlags(fs)
	asJSON := fs.Bool("json", false, "print the profile as JSON")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), `usage: attache entity NAME [flags]
       attache entity merge NAME INTO [--note TEXT]
       attache entity split NAME ALIAS... [--note TEXT]
       attache entity rename NAME NEWNAME [--note TEXT]
       attache entity alias add|remove NAME ALIAS [--note TEXT]
       attache entity retype NAME person|organization|location|country [--note TEXT]

Prints the profile of an entity (any spelling, diacritics optional):
canonical name, aliases, ranks and posts with the date they were reported,
events in date order, most frequent co-participants and source articles.
The other forms record an analyst's correction (see attache corrections).`)
		fs.PrintDefaults()
	}
	pos, err := parseArgs(fs, args)
	if err != nil {
		return flagErr(err)
	}
	if len(pos) == 0 {
		fs.Usage()
		return fmt.Errorf("entity: give a name: %w", errUsage)
	}
	st, svc, err := m.Config.openKnowledge(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	p, err := svc.EntityProfile(ctx, strings.Join(pos, " "))
	if err != nil {
		return fmt.Errorf("entity: %s", userError(err))
	}
	query.LabelProfile(p)
	if *asJSON {
		return writeJSON(m.Stdout, p)
	}
	m.printProfile(p)
	return nil
}

func (m *Main) printProfile(p *attache.Profile) {
	w := m.Stdout
	e := p.Entity
	fmt.Fprintf(w, "%s  (%s", safeText(e.Name, true), e.Type)
	if e.Country != "" {
		fmt.Fprintf(w, ", %s", e.Country)
	}
	fmt.Fprintf(w, "; %s; %d articles)\n", e.ID, e.Articles)
	if len(e.Aliases) > 0 {
		fmt.Fprintf(w, "aliases: %s\n", safeText(strings.Join(e.Aliases, "; "), true))
	}
	if len(p.Ranks) > 0 {
		fmt.Fprintln(w, "\nrank progression:")
		for _, r := range p.Ranks {
			fmt.Fprintf(w, "  %-23s %s  (%d sources)\n", reportSpan(r.First, r.Last), safeText(r.Rank, true), r.Sources)
		}
	}
	if len(p.Tenures) > 0 {
		fmt.Fprintln(w, "\nposts held (first – last report):")
		for _, t := range p.Tenures {
			note := ""
			if t.Former {
				note = " (former)"
			}
			if t.Organisation != "" {
				note += " — " + t.Organisation
			}
			fmt.Fprintf(w, "  %-23s %s%s  (%d sources)\n", reportSpan(t.First, t.Last), safeText(t.Post, true), safeText(note, true), t.Sources)
		}
	}
	if len(e.Positions) > 0 {
		fmt.Fprintln(w, "\nranks and posts (as of the article's date):")
		for _, ps := range e.Positions {
			note := ""
			if ps.Former {
				note += " (former)"
			}
			if ps.Confirmed {
				note += " (confirmed)"
			}
			asOf := ps.AsOf
			if asOf == "" {
				asOf = "undated"
			}
			fmt.Fprintf(w, "  %-10s %-4s %s%s  [%s]\n", asOf, ps.Kind, safeText(ps.Value, true), note,
				resolve.PositionFactID(e.ID, ps.Kind, ps.Value))
		}
	}
	if len(p.Events) > 0 {
		fmt.Fprintln(w, "\nevents:")
		for _, ev := range p.Events {
			fmt.Fprintln(w, "  "+eventLine(ev, p.Names))
		}
	}
	if len(p.CoParticipants) > 0 {
		fmt.Fprintln(w, "\nmost frequent co-participants:")
		for i, c := range p.CoParticipants {
			if i == 10 {
				break
			}
			fmt.Fprintf(w, "  %3d  %s (%s)\n", c.Events, safeText(c.Name, true), c.Type)
		}
	}
	if len(p.Sources) > 0 {
		fmt.Fprintln(w, "\nsources:")
		for _, s := range p.Sources {
			fmt.Fprintf(w, "  %s  %-10s  %s  (as %q)\n", shortID(s.ArticleID), orDash(s.Published),
				cutRunes(safeText(s.Title, true), 80), safeText(s.Name, true))
		}
	}
}

// runEntityCorrection records merge, split, rename, alias and retype.
func (m *Main) runEntityCorrection(ctx context.Context, kind string, args []string) error {
	fs, note, asJSON := m.correctionFlags("entity " + kind)
	pos, err := parseArgs(fs, args)
	if err != nil {
		return flagErr(err)
	}
	c := attache.Correction{Note: *note}
	usage := func(form string) error {
		return fmt.Errorf("usage: attache entity %s: %w", form, errUsage)
	}
	switch kind {
	case "merge":
		if len(pos) != 2 {
			return usage("merge NAME INTO")
		}
		c.Kind, c.Entity, c.Target = attache.CorrectMerge, pos[0], pos[1]
	case "split":
		if len(pos) < 2 {
			return usage("split NAME ALIAS...")
		}
		c.Kind, c.Entity, c.Value = attache.CorrectSplit, pos[0], strings.Join(pos[1:], "|")
	case "rename":
		if len(pos) != 2 {
			return usage("rename NAME NEWNAME")
		}
		c.Kind, c.Entity, c.Value = attache.CorrectRename, pos[0], pos[1]
	case "alias":
		if len(pos) != 3 || (pos[0] != "add" && pos[0] != "remove") {
			return usage("alias add|remove NAME ALIAS")
		}
		c.Kind, c.Entity, c.Target = "alias-"+pos[0], pos[1], pos[2]
	case "retype":
		if len(pos) != 2 {
			return usage("retype NAME TYPE")
		}
		c.Kind, c.Entity, c.Value = attache.CorrectRetype, pos[0], pos[1]
	}
	return m.correct(ctx, c, *asJSON)
}

// correct records c and reports it.
func (m *Main) correct(ctx context.Context, c attache.Correction, asJSON bool) error {
	st, svc, err := m.Config.openKnowledge(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	out, err := svc.Correct(ctx, c)
	if err != nil {
		return fmt.Errorf("%s: %s", c.Kind, userError(err))
	}
	if asJSON {
		return writeJSON(m.Stdout, out)
	}
	fmt.Fprintf(m.Stdout, "correction %s recorded: %s\n", out.ID, describe(out))
	return nil
}

// reportSpan writes the dates of a tenure or rank: "2022-06-08 – 2025-12-10",
// one date when they are equal, "undated" when there is none.
func reportSpan(first, last string) string {
	switch {
	case first == "":
		return "undated"
	case first == last:
		return first
	}
	return first + " – " + last
}

// describe says what a correction does, in one line.
func describe(c attache.Correction) string {
	var s string
	switch c.Kind {
	case attache.CorrectMerge:
		s = fmt.Sprintf("merge %q into %q", c.Entity, c.Target)
	case attache.CorrectSplit:
		s = fmt.Sprintf("split %q out of %q", c.Value, c.Entity)
	case attache.CorrectRename:
		s = fmt.Sprintf("rename %q to %q", c.Entity, c.Value)
	case attache.CorrectAliasAdd:
		s = fmt.Sprintf("add alias %q to %q", c.Target, c.Entity)
	case attache.CorrectAliasRemove:
		s = fmt.Sprintf("remove alias %q from %q", c.Target, c.Entity)
	case attache.CorrectRetype:
		s = fmt.Sprintf("make %q a %s", c.Entity, c.Value)
	case attache.CorrectFactDelete:
		s = fmt.Sprintf("delete fact %s", c.Target)
	case attache.CorrectFactConfirm:
		s = fmt.Sprintf("confirm fact %s", c.Target)
	case attache.CorrectCountry:
		s = fmt.Sprintf("give %q the country %s", c.Entity, c.Value)
	case attache.CorrectRank:
		s = fmt.Sprintf("give %q the rank %q", c.Entity, c.Value)
	case attache.CorrectParticipantAdd:
		s = fmt.Sprintf("add %q to event %s", c.Entity, c.Target)
	case attache.CorrectParticipantRemove:
		s = fmt.Sprintf("remove %q from event %s", c.Entity, c.Target)
	case attache.CorrectEventDate:
		s = fmt.Sprintf("date event %s %s", c.Target, c.Value)
	case attache.CorrectEventPlace:
		s = fmt.Sprintf("place event %s in %q", c.Target, c.Value)
	case attache.CorrectEventType:
		s = fmt.Sprintf("make event %s a %s", c.Target, c.Value)
	case attache.CorrectEventCountries:
		s = fmt.Sprintf("give event %s the countries %s", c.Target, strings.ReplaceAll(c.Value, "|", ", "))
	case attache.CorrectEventSplit:
		if c.Value == "" {
			s = fmt.Sprintf("split a copy off event %s", c.Target)
		} else {
			s = fmt.Sprintf("split %s off event %s", strings.ReplaceAll(c.Value, "|", ", "), c.Target)
		}
	case attache.CorrectEventMerge:
		s = fmt.Sprintf("merge event %s into %s", c.Target, c.Value)
	case attache.CorrectSetMission:
		s = fmt.Sprintf("set the mission of %s to %q", c.Target, c.Value)
	default:
		s = c.Kind
	}
	if c.Note != "" {
		s += " — " + c.Note
	}
	return safeText(s, true)
}
