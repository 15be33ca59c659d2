package main

import (
	"context"
	"fmt"

	"attache"
)

func (m *Main) runFact(ctx context.Context, args []string) error {
	fs, note, asJSON := m.correctionFlags("fact")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), `usage: attache fact delete|confirm FACTID [--note TEXT]

FACTID is an event id (event:ARTICLE#N, shown by attache entity and
attache events) or a position id (position:ENTITY/post/VALUE).`)
		fs.PrintDefaults()
	}
	pos, err := parseArgs(fs, args)
	if err != nil {
		return flagErr(err)
	}
	if len(pos) != 2 || (pos[0] != "delete" && pos[0] != "confirm") {
		fs.Usage()
		return fmt.Errorf("fact: want delete|confirm FACTID: %w", errUsage)
	}
	return m.correct(ctx, attache.Correction{Kind: "fact-" + pos[0], Target: pos[1], Note: *note}, *asJSON)
}
