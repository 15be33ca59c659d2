package main

import (
	"context"
	"flag"
	"fmt"
	"sort"
	"strings"

	"attache/query"
)

func (m *Main) runRelations(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("relations", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	m.Config.storeFlags(fs)
	asJSON := fs.Bool("json", false, "print the dossier as JSON")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), `usage: attache relations XX YY [flags]

Bilateral dossier of two countries (ISO codes, VN RU): events between them
by year and type, agreements, numbered dialogue series in order, people.`)
		fs.PrintDefaults()
	}
	pos, err := parseArgs(fs, args)
	if err != nil {
		return flagErr(err)
	}
	if len(pos) != 2 {
		fs.Usage()
		return fmt.Errorf("relations: give two country codes: %w", errUsage)
	}
	st, svc, err := m.Config.openKnowledge(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	d, err := svc.Relations(ctx, pos[0], pos[1])
	if err != nil {
		return fmt.Errorf("relations: %s", userError(err))
	}
	query.LabelDossier(d)
	if *asJSON {
		return writeJSON(m.Stdout, d)
	}
	w := m.Stdout
	fmt.Fprintf(w, "%s–%s: %d events\n", d.A, d.B, d.Total)
	for _, y := range d.Years {
		var types []string
		for t, n := range y.ByType {
			types = append(types, fmt.Sprintf("%s %d", t, n))
		}
		sort.Strings(types)
		fmt.Fprintf(w, "  %s: %d (%s)\n", y.Year, y.Total, strings.Join(types, ", "))
	}
	if len(d.Series) > 0 {
		fmt.Fprintln(w, "\nseries:")
		for _, s := range d.Series {
			fmt.Fprintf(w, "  %s\n", safeText(s.Name, true))
			for _, ev := range s.Events {
				fmt.Fprintf(w, "    #%d  %s\n", ev.Number, eventLine(ev, d.Names))
			}
		}
	}
	if len(d.Agreements) > 0 {
		fmt.Fprintln(w, "\nagreements:")
		for _, ev := range d.Agreements {
			fmt.Fprintln(w, "  "+eventLine(ev, d.Names))
		}
	}
	fmt.Fprintln(w, "\ntimeline:")
	for _, ev := range d.Events {
		fmt.Fprintln(w, "  "+eventLine(ev, d.Names))
	}
	if len(d.People) > 0 {
		fmt.Fprintln(w, "\npeople:")
		for _, p := range d.People {
			fmt.Fprintf(w, "  %3d  %s\n", p.Events, safeText(p.Name, true))
		}
	}
	return nil
}
