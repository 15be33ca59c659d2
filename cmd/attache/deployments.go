package main

import (
	"context"
	"flag"
	"fmt"

	"attache"
)

func (m *Main) runDeployments(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("deployments", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	m.Config.storeFlags(fs)
	var f attache.DeploymentFilter
	fs.StringVar(&f.Mission, "mission", "", "only this `mission` (UNMISS)")
	fs.StringVar(&f.Country, "country", "", "only deployments with this country (ISO `code`) as a party")
	asJSON := fs.Bool("json", false, "print the ledger as JSON")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: attache deployments [flags]\n\nThe peacekeeping ledger: mission, unit, rotation, date, personnel, women, source.")
		fs.PrintDefaults()
	}
	pos, err := parseArgs(fs, args)
	if err != nil {
		return flagErr(err)
	}
	if len(pos) > 0 {
		return fmt.Errorf("deployments: unexpected argument %q: %w", pos[0], errUsage)
	}
	st, svc, err := m.Config.openKnowledge(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	rows, err := svc.Deployments(ctx, f)
	if err != nil {
		return fmt.Errorf("deployments: %s", userError(err))
	}
	if *asJSON {
		return writeJSON(m.Stdout, rows)
	}
	if len(rows) == 0 {
		fmt.Fprintln(m.Stdout, "no deployments")
		return nil
	}
	fmt.Fprintf(m.Stdout, "%-10s %-8s %-30s %-8s %9s %5s  %s\n", "date", "mission", "unit", "rotation", "personnel", "women", "source")
	for _, r := range rows {
		src := ""
		if len(r.Sources) > 0 {
			src = shortID(r.Sources[0].ArticleID)
		}
		cell := func(s string) string { return safeText(orDash(s), true) }
		fmt.Fprintf(m.Stdout, "%-10s %-8s %-30s %-8s %9d %5d  %s\n", cell(r.Date), cell(r.Mission),
			cutRunes(cell(r.Unit), 30), cell(r.Rotation), r.Personnel, r.Women, src)
	}
	return nil
}
