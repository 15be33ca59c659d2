package main

import (
	"context"
	"errors"
)

func (m *Main) runShow(ctx context.Context, args []string) error {
	return errors.New("show: not implemented yet")
}
