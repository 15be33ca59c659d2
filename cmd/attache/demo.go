package main

import (
	"context"
	"errors"
)

func (m *Main) runDemo(ctx context.Context, args []string) error {
	return errors.New("demo: not implemented yet")
}
