package main

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"attache"
)

// correctForm is how `attache correct KIND` reads one kind's arguments:
// the fields they fill, in order. A field ending in "..." takes the rest,
// joined with "|" (several names, countries or reports).
type correctForm struct {
	kind   string
	args   string   // for the usage line
	fields []string // entity, target, value, value...
	min    int      // fewest arguments
}

// correctForms are the corrections of events, of an entity's country and
// of a person's rank. Merging, splitting, renaming entities and deleting
// facts have their own commands (attache entity, attache fact), and are
// accepted here too.
var correctForms = []correctForm{
	{attache.CorrectParticipantAdd, "EVENT NAME", []string{"target", "entity"}, 2},
	{attache.CorrectParticipantRemove, "EVENT NAME", []string{"target", "entity"}, 2},
	{attache.CorrectEventDate, "EVENT DATE", []string{"target", "value"}, 2},
	{attache.CorrectEventPlace, "EVENT PLACE", []string{"target", "value"}, 2},
	{attache.CorrectEventType, "EVENT TYPE", []string{"target", "value"}, 2},
	{attache.CorrectEventCountries, "EVENT COUNTRY...", []string{"target", "value..."}, 2},
	{attache.CorrectEventSplit, "EVENT [REPORT...]", []string{"target", "value..."}, 1},
	{attache.CorrectEventMerge, "EVENT INTO", []string{"target", "value"}, 2},
	{attache.CorrectCountry, "NAME COUNTRY", []string{"entity", "value"}, 2},
	{attache.CorrectRank, "NAME RANK", []string{"entity", "value"}, 2},
	{attache.CorrectMerge, "NAME INTO", []string{"entity", "target"}, 2},
	{attache.CorrectSplit, "NAME ALIAS...", []string{"entity", "value..."}, 2},
	{attache.CorrectRename, "NAME NEWNAME", []string{"entity", "value"}, 2},
	{attache.CorrectAliasAdd, "NAME ALIAS", []string{"entity", "target"}, 2},
	{attache.CorrectAliasRemove, "NAME ALIAS", []string{"entity", "target"}, 2},
	{attache.CorrectRetype, "NAME TYPE", []string{"entity", "value"}, 2},
	{attache.CorrectFactDelete, "FACT", []string{"target"}, 1},
	{attache.CorrectFactConfirm, "FACT", []string{"target"}, 1},
	{attache.CorrectSetMission, "EVENT MISSION", []string{"target", "value"}, 2},
}

func (m *Main) runCorrect(ctx context.Context, args []string) error {
	fs, note, asJSON := m.correctionFlags("correct")
	fs.Usage = func() {
		var b strings.Builder
		b.WriteString("usage:")
		for i, f := range correctForms {
			if i > 0 {
				b.WriteString("      ")
			}
			fmt.Fprintf(&b, " attache correct %s %s [--note TEXT]\n", f.kind, f.args)
		}
		b.WriteString(`
Records an analyst's correction; it is kept across re-extraction and
undone with attache undo. EVENT is an event id (event:ARTICLE#N, shown
by attache events and attache entity; any report's id names its event).
NAME is an entity's name, alias or id; for participant-add and -remove it
may be a country (code or name). DATE is YYYY, YYYY-MM, YYYY-MM-DD or a
range a/b; COUNTRY an ISO code or a country's name; REPORT a report's id
(event:ARTICLE#N) to move to the new event (none: the new event is a copy).`)
		fmt.Fprintln(fs.Output(), b.String())
		fs.PrintDefaults()
	}
	pos, err := parseArgs(fs, args)
	if err != nil {
		return flagErr(err)
	}
	if len(pos) == 0 {
		fs.Usage()
		return fmt.Errorf("correct: give a kind: %w", errUsage)
	}
	form, ok := formOf(pos[0])
	if !ok {
		fs.Usage()
		return fmt.Errorf("correct: unknown kind %q: %w", pos[0], errUsage)
	}
	c, err := form.read(pos[1:])
	if err != nil {
		return err
	}
	c.Note = *note
	return m.correct(ctx, c, *asJSON)
}

// correctionFlags makes the flag set of a command that records a
// correction: the store's flags, --note and --json.
func (m *Main) correctionFlags(name string) (fs *flag.FlagSet, note *string, asJSON *bool) {
	fs = flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	m.Config.storeFlags(fs)
	note = fs.String("note", "", "why: kept with the correction")
	asJSON = fs.Bool("json", false, "print the recorded correction as JSON")
	return fs, note, asJSON
}

func formOf(kind string) (correctForm, bool) {
	for _, f := range correctForms {
		if f.kind == kind {
			return f, true
		}
	}
	return correctForm{}, false
}

// read fills a correction from the arguments after the kind.
func (f correctForm) read(args []string) (attache.Correction, error) {
	c := attache.Correction{Kind: f.kind}
	rest := strings.HasSuffix(f.fields[len(f.fields)-1], "...")
	if len(args) < f.min || (!rest && len(args) > len(f.fields)) {
		return c, fmt.Errorf("usage: attache correct %s %s: %w", f.kind, f.args, errUsage)
	}
	for i, field := range f.fields {
		if i >= len(args) {
			break
		}
		v := args[i]
		if strings.HasSuffix(field, "...") {
			v = strings.Join(args[i:], "|")
		}
		switch strings.TrimSuffix(field, "...") {
		case "entity":
			c.Entity = v
		case "target":
			c.Target = v
		case "value":
			c.Value = v
		}
	}
	return c, nil
}
