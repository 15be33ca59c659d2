package main

import (
	"fmt"
	"os"

	"attache/kb"
)

// loadKB loads the embedded knowledge plus the user's directory, if any.
func (c *Config) loadKB() (*kb.KB, error) {
	if c.KBDir == "" {
		return kb.Default()
	}
	if st, err := os.Stat(c.KBDir); err != nil || !st.IsDir() {
		return nil, fmt.Errorf("knowledge dir %s: not a readable directory", c.KBDir)
	}
	return kb.Load(os.DirFS(c.KBDir))
}
