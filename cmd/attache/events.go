package main

import (
	"context"
	"flag"
	"fmt"

	"attache"
	"attache/query"
)

func (m *Main) runEvents(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("events", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	m.Config.storeFlags(fs)
	var q attache.EventQuery
	fs.StringVar((*string)(&q.Type), "type", "", "only events of this `type` (meeting, visit, dialogue, agreement, deployment, ...)")
	fs.StringVar(&q.Country, "country", "", "only events with this country (ISO `code`) as a party")
	fs.StringVar(&q.With, "with", "", "and this other country (ISO `code`)")
	fs.StringVar(&q.Entity, "entity", "", "only events this entity (`name`) takes part in")
	fs.StringVar(&q.From, "from", "", "only events on or after `date` (YYYY[-MM[-DD]])")
	fs.StringVar(&q.To, "to", "", "only events on or before `date` (YYYY[-MM[-DD]])")
	fs.IntVar(&q.Limit, "limit", 0, "at most `n` events (0: all)")
	asJSON := fs.Bool("json", false, "print events as JSON")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: attache events [flags]\n\nLists knowledge-base events in date order, with their sources.")
		fs.PrintDefaults()
	}
	pos, err := parseArgs(fs, args)
	if err != nil {
		return flagErr(err)
	}
	if len(pos) > 0 {
		return fmt.Errorf("events: unexpected argument %q: %w", pos[0], errUsage)
	}
	st, svc, err := m.Config.openKnowledge(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	list, err := svc.FindEvents(ctx, q)
	if err != nil {
		return fmt.Errorf("events: %s", userError(err))
	}
	query.LabelEvents(list.Events)
	if *asJSON {
		return writeJSON(m.Stdout, list)
	}
	if len(list.Events) == 0 {
		fmt.Fprintln(m.Stdout, "no events")
	}
	for _, ev := range list.Events {
		fmt.Fprintln(m.Stdout, eventLine(ev, list.Names))
	}
	return nil
}
