package main

import (
	"context"
	"errors"
)

func (m *Main) runArticles(ctx context.Context, args []string) error {
	return errors.New("articles: not implemented yet")
}
