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
	if n := doc.nameAfterExercise(s, ws); n != "" {
		name = n
	}
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

// nameAfterExercise is the one exercise name sentence s writes as the
// lower-case noun "exercise" and a capitalised word after it, with more
// capitalised words or a year: "the joint military exercise Shakti",
// "the two-week exercise Shakti 2025". The run must be no entity mention
// ("the exercise Indian troops joined") and no date ("the exercise
// Monday"); a plural noun is left alone ("held drills Saturday"). It
// returns "" when there is none or two different ones.
func (doc *doc) nameAfterExercise(s int, ws []word) string {
	name := ""
	for i := 1; i+1 < len(ws); i++ {
		if ws[i].low != "exercise" || ws[i].upper || !ws[i+1].upper || ws[i+1].num >= 0 {
			continue
		}
		b := i + 2
		for b < len(ws) && b-i < 5 && (ws[b].upper || ws[b].num >= 1900 && ws[b].num < 2200) {
			b++
		}
		start, end := ws[i+1].start, ws[b-1].end
		if doc.mentionIn(s, start, end) || doc.dateIn(s, start, ws[i+1].end) {
			continue
		}
		n := doc.text[start:end]
		if name != "" && name != n {
			return ""
		}
		name = n
	}
	return name
}

// dateIn reports whether a date expression of sentence s overlaps the
// text from start to end.
func (doc *doc) dateIn(s, start, end int) bool {
	for _, d := range doc.dates[s] {
		if d.Start < end && d.End > start {
			return true
		}
	}
	return false
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
