package events

// sentenceNeeds reports whether sentence s holds a word of rule r's needs
// ("signed" needs "agreement", "MoU", ...). The answer depends on the
// sentence and the rule, not on the trigger: it is worked out once per
// sentence and rule, so that a long sentence full of triggers costs a scan
// per rule, not one per trigger.
func (doc *doc) sentenceNeeds(s int, r *rule) bool {
	if doc.needsOK == nil || doc.needsSent != s {
		if doc.needsOK == nil {
			doc.needsOK = map[*rule]bool{}
		}
		doc.needsSent = s
		clear(doc.needsOK) // one map for the text, not one per sentence
	}
	ok, known := doc.needsOK[r]
	if !known {
		ws := doc.words[s]
		for i := range ws {
			if r.needs.fits(&ws[i]) {
				ok = true
				break
			}
		}
		doc.needsOK[r] = ok
	}
	return ok
}
