package main

import (
	"context"
	"flag"
	"fmt"
	"time"
)

func (m *Main) runCorrections(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("corrections", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	m.Config.storeFlags(fs)
	asJSON := fs.Bool("json", false, "print corrections as JSON")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: attache corrections\n\nLists the analysts' corrections, newest first.")
		fs.PrintDefaults()
	}
	if _, err := parseArgs(fs, args); err != nil {
		return flagErr(err)
	}
	st, svc, err := m.Config.openKnowledge(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	cs, err := svc.Corrections(ctx)
	if err != nil {
		return fmt.Errorf("corrections: %s", userError(err))
	}
	if *asJSON {
		return writeJSON(m.Stdout, cs)
	}
	if len(cs) == 0 {
		fmt.Fprintln(m.Stdout, "no corrections")
	}
	for _, c := range cs {
		state := ""
		if c.Undone {
			state = " (undone)"
		}
		fmt.Fprintf(m.Stdout, "%4s  %s  %s%s\n", c.ID, c.At.Local().Format(time.DateTime), describe(c), state)
	}
	return nil
}
