package eventname

import "attache"

// Event is the short title of a knowledge-base event: the noun phrase of
// the words kept as its name, finished from the sentence of its first
// report, or its type when no words were kept.
func Event(ev attache.KBEvent) string {
	evidence := ""
	if len(ev.Sources) > 0 {
		evidence = ev.Sources[0].Evidence
	}
	if l := Label(ev.Name, evidence); l != "" {
		return l
	}
	return string(ev.Type)
}
