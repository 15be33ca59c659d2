package kb

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

// LexiconFile holds the word lists the entity extractor uses besides the
// gazetteers: one "category<TAB>word or phrase" a line. Categories:
//
//	abbrev     abbreviations that do not end a sentence ("Gen", "No", "Dr")
//	orghead    words that end an organisation name ("Ministry", "Army")
//	orgprefix  words that start one and take "of ..." ("Ministry", "Department")
//	placehead  words that end a place name ("Sea", "Square", "Museum")
//	placeword  lower-case words that follow a place name ("province", "city")
//	honorific  words before a person's name ("Mr", "Madam", "Dr")
//	verb       verbs that follow a person's name ("said", "stressed")
//	stop       capitalised words that are never names ("The", "However")
//	particle   lower-case parts of personal names ("bin", "al", "van")
//	agency     news agencies, which are credits, not entities ("VNA")
//	person     nouns a count of people may end with ("soldiers", "officers")
//	countable  other nouns a count may end with ("missions", "locations")
//	posthead   words that head a post ("Minister", "Director", "member")
//	titleword  words that qualify a post ("Deputy", "standing", "former")
//	function   capitalised function words that start no name ("The", "In")
//	eventword  words ending the names of events, not organisations ("Expo")
//	docword    words after an organisation naming its document ("UN Convention")
//	domain     words that end the "of ..." part of a post or organisation ("Defence")
const LexiconFile = "lexicon.tsv"

// Lexicon maps each category of LexiconFile to its entries, from the
// embedded file followed by the same file in each extra directory.
type Lexicon map[string][]string

// LoadLexicon reads the embedded lexicon and the lexicon.tsv of each extra
// directory, if any. Errors name the file and line.
func LoadLexicon(extra ...fs.FS) (Lexicon, error) {
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		return nil, err
	}
	lex := Lexicon{}
	for _, fsys := range append([]fs.FS{sub}, extra...) {
		b, err := fs.ReadFile(fsys, LexiconFile)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		} else if err != nil {
			return nil, fmt.Errorf("kb: %s: %w", LexiconFile, err)
		}
		for n, line := range strings.Split(string(b), "\n") {
			line = strings.TrimRight(line, "\r")
			if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
				continue
			}
			cat, word, ok := strings.Cut(line, "\t")
			if !ok || strings.TrimSpace(word) == "" {
				return nil, fmt.Errorf("kb: %s:%d: want category<TAB>word, got %q", LexiconFile, n+1, line)
			}
			lex[cat] = append(lex[cat], strings.TrimSpace(word))
		}
	}
	return lex, nil
}
