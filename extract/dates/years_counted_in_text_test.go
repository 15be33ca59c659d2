package dates

import "testing"

// TestYearsCountedInText: "the following year", "the previous year",
// "the same year", "two years later" count from the year the text states
// before them, in their sentence or the one before, not from publication;
// without such a year they are left out. "the next year" counts only from a year of its
// own sentence, and is the coming year after "in" or "over"; else it
// falls back on publication.
func TestYearsCountedInText(t *testing.T) {
	tests := []struct {
		name, text, published, want string
	}{
		{"following year in the same sentence", "The drill was first held in 2019 and again the following year.", "2026-03-01", "2020"},
		{"next year counted from a stated year", "In 2023 the navies trained off Busan, and the next year they sailed together to Guam.", "2026-03-01", "2024"},
		{"previous year from the sentence before", "The pact was signed in March 2014. Talks on it had begun the previous year.", "2026-03-01", "2013"},
		{"same year without publication", "The battalion crossed the border in October 2011 and joined the mission the same year.", "", "2011"},
		{"nearest year before wins", "The forum met in 2015 and in 2018, and moved online the following year.", "2026-03-01", "2019"},
		{"a year two sentences back is not used", "The pact was signed in 2014. The ministers met often. The drill began the following year.", "2026-03-01", ""},
		{"next year counts from a year of its own sentence only", "The pact was signed in 2016. The ministers agreed to meet again the next year.", "2026-03-01", "2027"},
		{"in the next year is the coming year", "In 2023 the ministers agreed to hold the drill in the next year.", "2026-03-01", "2027"},
		{"next year without a stated year is publication's", "The ministers discussed plans for the next year.", "2026-03-01", "2027"},
		{"years later from the year stated before", "The battalion was formed in 2019 and was sent abroad two years later.", "2026-03-01", "2021"},
		{"a year earlier from the year stated before", "The pact was signed in 2016; talks on it had begun a year earlier.", "2026-03-01", "2015"},
		{"years later without a stated year is left out", "The unit returned home three years later.", "2026-03-01", ""},
		{"following year without any year is left out", "The unit returned home the following year.", "2026-03-01", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got string
			found := false
			for _, d := range Find(tt.text, tt.published) {
				if d.Kind == Relative {
					got, found = d.Value, true
				}
			}
			if !found {
				t.Fatalf("no relative year found in %q", tt.text)
			}
			if got != tt.want {
				t.Errorf("relative year of %q = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
