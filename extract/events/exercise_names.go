package events

// exerciseNouns are the lower-case nouns an agency writes after an
// exercise's name when the sentence's trigger is another phrase: "ended
// two weeks of combined training as the Super Garuda Shield exercise
// closed".
var exerciseNouns = map[string]bool{"exercise": true, "exercises": true, "drill": true, "drills": true}

// namedExerciseIn is the one exercise name sentence s writes as "the"
// and two or more capitalised words before a lower-case exercise noun,
// else "". The trigger the extractor kept ("combined training") may not
// be the words of the name, yet the report of the other agency names the
// exercise, and the knowledge base joins reports by name. Words of an
// entity mention ("the Indonesian Army exercise", "the US-Philippine
// drills") make no name, nor do two different names in one sentence.
func (doc *doc) namedExerciseIn(s int, ws []word) string {
	name := ""
	for i := 3; i < len(ws); i++ {
		if !exerciseNouns[ws[i].low] || ws[i].upper {
			continue
		}
		a := i
		for a > 1 && ws[a-1].upper {
			a--
		}
		if i-a < 2 || ws[a-1].low != "the" || doc.mentionIn(s, ws[a].start, ws[i-1].end) {
			continue
		}
		n := doc.text[ws[a].start:ws[i-1].end]
		if name != "" && name != n {
			return ""
		}
		name = n
	}
	return name
}

// mentionIn reports whether an entity mention of sentence s overlaps the
// text from start to end.
func (doc *doc) mentionIn(s, start, end int) bool {
	for _, m := range doc.ments[s] {
		if m.start < end && m.end > start {
			return true
		}
	}
	return false
}
