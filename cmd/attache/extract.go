package main

import (
	"context"
	"errors"
)

func (m *Main) runExtract(ctx context.Context, args []string) error {
	return errors.New("extract: not implemented yet")
}
