package main

import (
	"context"
	"errors"
)

func (m *Main) runSearch(ctx context.Context, args []string) error {
	return errors.New("search: not implemented yet")
}
