package main

import (
	"fmt"

	"attache/extract"
	"attache/kb"
)

// loadKB loads the embedded knowledge plus the user's directory, if any.
// Errors name the full path of a bad file.
func (c *Config) loadKB() (*kb.KB, error) {
	if c.KBDir == "" {
		return kb.Default()
	}
	k, err := kb.LoadDir(c.KBDir)
	if err != nil {
		return nil, fmt.Errorf("knowledge dir: %w", err)
	}
	return k, nil
}

// newExtractor builds the entity extractor over k with the embedded word
// lists plus the lexicon.tsv of the user's knowledge directory, if any.
func (c *Config) newExtractor(k *kb.KB) (*extract.Extractor, error) {
	var dirs []string
	if c.KBDir != "" {
		dirs = append(dirs, c.KBDir)
	}
	lex, err := kb.LoadLexiconDir(dirs...)
	if err != nil {
		return nil, fmt.Errorf("knowledge dir: %w", err)
	}
	return extract.NewWithLexicon(k, lex)
}
