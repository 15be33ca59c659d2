package main

import (
	"context"
	"errors"
)

func (m *Main) runIngest(ctx context.Context, args []string) error {
	return errors.New("ingest: not implemented yet")
}
