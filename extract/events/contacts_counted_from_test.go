package events

import "testing"

// TestContactsCountedFrom covers the earlier contact a later one is
// counted from in the same sentence ("two weeks after their call of
// March 10", "a day after his talks with X"): it is an event of its own,
// recalled in the background with its own date, so that resolution can
// add this report to it; the later contact keeps its date.
func TestContactsCountedFrom(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a second call two weeks after their call of a date",
		published: "2025-04-16",
		text: "Ministers speak again\n\n" +
			"Lena Holm held a second phone call with Arturo Reyes on Tuesday, two weeks after their call of April 1.",
		ents: []ent{person("Lena Holm", "SE"), person("Arturo Reyes", "PH")},
		want: []want{
			{"meeting", "2025-04-15", "*", "Arturo Reyes", "main"},
			{"meeting", "2025-04-01", "*", "Arturo Reyes", "background"},
		},
	}, {
		name:      "a meeting a day after his talks with another host",
		published: "2025-04-17",
		text: "Minister meets vice chairman\n\n" +
			"Lena Holm met Karl Brandt in Berlin on Wednesday, a day after his talks with Defence Minister Otto Weber.",
		ents: []ent{person("Lena Holm", "SE"), person("Karl Brandt", "DE"), person("Otto Weber", "DE"), loc("Berlin")},
		want: []want{
			{"meeting", "2025-04-16", "*", "Karl Brandt", "main"},
			{"meeting", "2025-04-15", "*", "Otto Weber", "background"},
		},
	}, {
		name:      "after their talks without a date of their own is no second event",
		published: "2025-04-17",
		text:      "Lena Holm and Karl Brandt signed the memorandum on Wednesday after their talks in Berlin.",
		ents:      []ent{person("Lena Holm", "SE"), person("Karl Brandt", "DE"), loc("Berlin")},
		not:       []want{{"meeting", "*", "*", "-", "background"}},
	}})
}
