package events

import "testing"

// TestJointTraining covers training carried out together, which is a
// drill, against joint training that is only discussed or planned.
func TestJointTraining(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "two navies' submarines carried out joint maritime training",
		published: "2026-06-16",
		text:      "Turkish and Italian submarines carried out joint maritime training in the Mediterranean on Monday, the ministry said.",
		ents:      []ent{country("TR", "Turkish"), country("IT", "Italian")},
		want:      []want{{"exercise", "2026-06-15", "*", "IT", ""}},
	}, {
		name:      "two air forces conducted combined training",
		published: "2025-03-07",
		text:      "The Polish and Lithuanian air forces conducted combined air defence training over the Baltic on Thursday.",
		ents:      []ent{country("PL", "Polish"), country("LT", "Lithuanian")},
		want:      []want{{"exercise", "2025-03-06", "*", "LT", ""}},
	}, {
		name:      "joint training discussed is no drill",
		published: "2025-03-07",
		text:      "Minister Ana Berg and Minister Ola Dahl discussed joint training of their special forces on Thursday.",
		ents:      []ent{person("Ana Berg", "SE"), person("Ola Dahl", "NO")},
		not:       []want{{"exercise", "*", "*", "-", ""}},
	}, {
		name:      "joint training to be expanded is no drill",
		published: "2025-03-07",
		text:      "The two ministers agreed to expand joint training between their armies.",
		not:       []want{{"exercise", "*", "*", "-", ""}},
	}})
}
