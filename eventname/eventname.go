// Package eventname writes an event's name as a short noun phrase, as a
// reader expects a title: "signing of a Memorandum of Understanding on
// logistics" rather than the verb the extractor found ("signed a
// Memorandum"). It reads the words kept as the event's name (its trigger,
// often a verb and the start of its object) and the sentence that states
// it, from which it finishes a phrase the name leaves open. Proper names
// ("Exercise Pitch Black 2024", "7th Defence Strategy Dialogue") stay as
// they are. The verbs and their nouns are data (data/nominals.tsv).
package eventname

import (
	_ "embed"
	"strings"
	"unicode"
)

// maxWords bounds a label; a longer one is cut with an ellipsis.
const maxWords = 10

//go:embed data/nominals.tsv
var nominalsTSV string

// nominals maps a verb form (one or two words, lower case) to its noun
// phrase; "" drops the verb.
var nominals = parseNominals(nominalsTSV)

func parseNominals(s string) map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(s, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		form, noun, ok := strings.Cut(line, "\t")
		if !ok {
			panic("eventname: bad line in nominals.tsv: " + line) // embedded data, checked by the tests
		}
		if noun == "-" {
			noun = ""
		}
		m[form] = noun
	}
	return m
}

// open are words that leave a phrase open: the object follows.
var open = map[string]bool{"of": true, "to": true, "on": true, "for": true, "that": true}

// stops end an object taken from the sentence: a place, a time, another
// party or clause follows them.
var stops = map[string]bool{"in": true, "at": true, "with": true, "between": true, "during": true, "after": true,
	"before": true, "and": true, "as": true, "which": true, "who": true, "while": true, "when": true, "from": true,
	"by": true, "under": true, "amid": true, "earlier": true, "last": true, "this": true, "next": true}

// Label is the short title of an event named name, stated by the
// sentence evidence (either may be ""). It returns "" for no name.
func Label(name, evidence string) string {
	ws := strings.Fields(name)
	if len(ws) == 0 {
		return ""
	}
	noun, k := "", 0
	for n := min(2, len(ws)); n >= 1 && k == 0; n-- {
		if v, ok := nominals[strings.ToLower(strings.Join(ws[:n], " "))]; ok {
			noun, k = v, n
		}
	}
	rest := ws[k:]
	switch last := strings.ToLower(lastWord(ws)); {
	case k > 0 && len(rest) > 0 && stops[strings.ToLower(rest[len(rest)-1])]:
		rest = rest[:len(rest)-1] // "signed in" (Manila): the place is not the object
	case k > 0, open[last], open[strings.ToLower(next(evidence, name))]:
		// a verb's object, or a phrase left open, goes on in the sentence
		rest = append(rest, following(evidence, name, maxWords-len(rest))...)
	}
	out := append(strings.Fields(noun), rest...)
	for len(out) > 0 && open[strings.ToLower(out[len(out)-1])] {
		out = out[:len(out)-1] // nothing followed "appointment of"
	}
	if len(out) == 0 {
		return strings.Join(ws, " ")
	}
	words := strings.Fields(strings.Join(out, " "))
	if len(words) > maxWords {
		return strings.Join(words[:maxWords], " ") + "…"
	}
	return strings.Join(words, " ")
}

func lastWord(ws []string) string { return ws[len(ws)-1] }

// following returns up to n words of evidence after name, up to a stop
// word or a punctuation mark.
func following(evidence, name string, n int) []string {
	i := strings.Index(strings.ToLower(evidence), strings.ToLower(name))
	if i < 0 || n <= 0 {
		return nil
	}
	var out []string
	for _, w := range strings.Fields(evidence[i+len(name):]) {
		core := strings.TrimRightFunc(w, unicode.IsPunct)
		if core == "" || stops[strings.ToLower(core)] || strings.HasPrefix(w, "(") {
			break
		}
		out = append(out, core)
		if core != w || len(out) == n { // a comma or full stop ends the phrase
			break
		}
	}
	return out
}

// next is the word of evidence right after name, or "".
func next(evidence, name string) string {
	if ws := following(evidence, name, 1); len(ws) == 1 {
		return ws[0]
	}
	return ""
}
