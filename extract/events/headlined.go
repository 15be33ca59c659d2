package events

// This file marks main the body events a headline names by a verb that is
// not their own trigger (data/headline.tsv): the opening ceremony of
// "armies open joint exercise", the send-off of "peacekeepers leave for
// Lebanon", the memorandum signed at the talks of "X, Y agree to expand
// ties". The lead's events are main already (findMain); these are told
// further down.

import (
	"bufio"
	"fmt"
	"strings"
	"sync"
)

// HeadlineFile lists the events a headline names by another verb.
const HeadlineFile = "headline.tsv"

// headlineName is one line of HeadlineFile: an event of type typ whose
// body sentence holds one of body is main when the headline holds one of
// head.
type headlineName struct {
	typ        string
	head, body []string
}

// headlineNames reads the embedded HeadlineFile once.
var headlineNames = sync.OnceValues(func() ([]headlineName, error) {
	f, err := embedded.Open("data/" + HeadlineFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return parseHeadlineNames(bufio.NewScanner(f))
})

// parseHeadlineNames reads the lines of HeadlineFile; an error names the
// line at fault.
func parseHeadlineNames(sc *bufio.Scanner) ([]headlineName, error) {
	var out []headlineName
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 3 || c[0] == "" || c[1] == "" || c[2] == "" {
			return nil, fmt.Errorf("%s:%d: want type, headline words, body words", HeadlineFile, n)
		}
		out = append(out, headlineName{typ: c[0], head: strings.Split(c[1], "|"), body: strings.Split(c[2], "|")})
	}
	return out, sc.Err()
}

// headlineNamed marks main the events of evs the headline names by
// another verb, told in the body on the day of the story's main event.
func (doc *doc) headlineNamed(evs []*cand, main *cand) {
	if !doc.headline || len(doc.words) == 0 {
		return
	}
	names, err := headlineNames()
	if err != nil {
		return // a broken build: headline_names_test.go reads the file
	}
	for _, n := range names {
		if !holdsAny(doc.words[0], n.head) {
			continue
		}
		for _, c := range evs {
			if c.sent == 0 || c.ev.Type != n.typ || c.ev.Salience != "reported" || c.bg || c.past || c.toCome {
				continue
			}
			if !onMainDay(c, main) || !holdsAny(doc.words[c.sent], n.body) {
				continue
			}
			c.ev.Salience = "main"
		}
	}
}

// holdsAny reports whether ws holds one of words; a word ending in *
// matches any word it begins.
func holdsAny(ws []word, words []string) bool {
	for _, w := range ws {
		for _, x := range words {
			if w.low == x || strings.HasSuffix(x, "*") && strings.HasPrefix(w.low, x[:len(x)-1]) {
				return true
			}
		}
	}
	return false
}

// onMainDay reports whether c can be told on the day of the story's main
// event: a date of its own in an undated story ("the pact, signed in July
// 2024") is another occasion.
func onMainDay(c, main *cand) bool {
	if main == nil || main.ev.Date == "" && c.ownDate && c.ev.Date != "" {
		return false
	}
	return dateCompatible(c.ev.Date, main.ev.Date)
}
