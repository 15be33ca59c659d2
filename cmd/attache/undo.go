package main

import (
	"context"
	"flag"
	"fmt"
)

func (m *Main) runUndo(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("undo", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	m.Config.storeFlags(fs)
	asJSON := fs.Bool("json", false, "print the undone correction as JSON")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: attache undo [ID]\n\nReverts correction ID (see attache corrections), or the latest one.")
		fs.PrintDefaults()
	}
	pos, err := parseArgs(fs, args)
	if err != nil {
		return flagErr(err)
	}
	if len(pos) > 1 {
		fs.Usage()
		return fmt.Errorf("undo: at most one id: %w", errUsage)
	}
	id := ""
	if len(pos) == 1 {
		id = pos[0]
	}
	st, svc, err := m.Config.openKnowledge(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	c, err := svc.Undo(ctx, id)
	if err != nil {
		return fmt.Errorf("undo: %s", userError(err))
	}
	if *asJSON {
		return writeJSON(m.Stdout, c)
	}
	fmt.Fprintf(m.Stdout, "correction %s undone: %s\n", c.ID, describe(c))
	return nil
}
