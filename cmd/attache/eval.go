package main

import (
	"context"
	"errors"
)

func (m *Main) runEval(ctx context.Context, args []string) error {
	return errors.New("eval: not implemented yet")
}
