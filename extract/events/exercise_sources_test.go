package events

import "testing"

// TestExerciseSources covers the body that only reports an exercise ("the
// Department of Defence said", "according to the press service of the
// district"): it is the story's source, not a party to the drill, as for
// a deployment. A body that also acts in the story stays.
func TestExerciseSources(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a ministry that only reports the exercise",
		published: "2026-09-07",
		text:      "The Royal Australian Navy and the Indian Navy held a joint exercise off Darwin on Monday, the Department of Defence said.",
		ents:      []ent{orgOf("Royal Australian Navy", "AU"), orgOf("Department of Defence", "AU"), loc("Darwin")},
		want:      []want{{"exercise", "2026-09-07", "*", "Royal Australian Navy", ""}},
		not:       []want{{"exercise", "*", "*", "Department of Defence", ""}},
	}, {
		name:      "a press office quoted with according to",
		published: "2026-03-02",
		text:      "According to the Eastern Military District, about 8,000 troops of the Russian Ground Forces began a tactical exercise in Buryatia on Monday.",
		ents:      []ent{orgOf("Eastern Military District", "RU"), orgOf("Russian Ground Forces", "RU"), loc("Buryatia")},
		want:      []want{{"exercise", "2026-03-02", "*", "Russian Ground Forces", ""}},
		not:       []want{{"exercise", "*", "*", "Eastern Military District", ""}},
	}, {
		name:      "a public relations office named after the drill it reports",
		published: "2025-02-08",
		text:      "The Pakistan Navy began a multinational maritime exercise in Karachi on Friday, the Directorate General Public Relations (Navy) said.",
		ents:      []ent{orgOf("Pakistan Navy", "PK"), orgOf("Directorate General Public Relations (Navy)", "PK"), loc("Karachi")},
		want:      []want{{"exercise", "2025-02-07", "*", "Pakistan Navy", ""}},
		not:       []want{{"exercise", "*", "*", "Directorate General Public Relations (Navy)", ""}},
	}, {
		name:      "an armed force reporting its own exercise takes part",
		published: "2024-12-02",
		text:      "The fourth edition of the India-Malaysia joint military exercise opened at Bentong Camp on December 2, the Malaysian Army said.",
		ents:      []ent{orgOf("Malaysian Army", "MY"), loc("Bentong Camp")},
		want:      []want{{"exercise", "2024-12-02", "*", "Malaysian Army", ""}},
	}})
}
