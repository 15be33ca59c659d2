package main

import (
	"context"
	"fmt"
	"runtime/debug"
)

func (m *Main) runVersion(ctx context.Context, args []string) error {
	v := "(devel)"
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		v = bi.Main.Version
	}
	fmt.Fprintln(m.Stdout, "attache", v)
	return nil
}
