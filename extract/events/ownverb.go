package events

// partiesRun reports whether words a..b-1 after an event noun are only
// the names of its parties, joined by "between", "of", "with", "the" and
// "and" ("The joint exercise Harimau Shakti between the Malaysian Army and
// the Indian Army concluded in Pahang on December 15"): a participle right
// after them is the noun's own verb, and its date the event's, not that of
// another noun ("the memorandum signed in 2011"). Parties named by their
// states' forces in common nouns (forces: "of the Chinese and Egyptian
// air forces") are such names too.
func partiesRun(ws []word, a, b int, forces wordSet) bool {
	joined := false
	for k := a; k < b; k++ {
		switch ws[k].low {
		case "between", "of", "with", "among", "involving":
			joined = true
		case "the", "and", ",":
		default:
			if !ws[k].upper && ws[k].num < 0 && !forces.has(ws[k].low) {
				return false
			}
		}
	}
	return joined
}
