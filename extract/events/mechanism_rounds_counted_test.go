package events

import "testing"

// TestMechanismRoundsCounted covers a standing mechanism told by the
// rounds held since a year or by the year it was set up (a background
// dialogue dated by that year), and a numbered round still to come.
func TestMechanismRoundsCounted(t *testing.T) {
	lead := "Minister Lena Holm received General Arturo Vidal of Chile in Oslo on Tuesday. "
	ents := []ent{person("Lena Holm", "NO"), person("Arturo Vidal", "CL"), loc("Oslo"), loc("Santiago"), country("CL", "Chile"), country("NO", "Norway")}
	runClassCases(t, []classCase{{
		name:      "rounds held since a year",
		published: "2026-06-10",
		text:      lead + "The two countries have held four rounds of defence staff talks since 2018.",
		ents:      ents,
		want:      []want{{"dialogue", "2018", "*", "-", "background"}},
	}, {
		name:      "sessions of a commission since a year, fronted",
		published: "2026-06-10",
		text:      lead + "Since 2011 the two states have held nine sessions of the joint military commission.",
		ents:      ents,
		want:      []want{{"dialogue", "2011", "*", "-", "background"}},
	}, {
		name:      "talks instituted in a year",
		published: "2026-06-10",
		text:      lead + "The bilateral staff talks were instituted in 2009 and have been held every year since.",
		ents:      ents,
		want:      []want{{"dialogue", "2009", "*", "-", "background"}},
	}, {
		name:      "a numbered round still to come",
		published: "2026-06-10",
		text:      lead + "The two sides agreed to hold the fifth round in Santiago next year.",
		ents:      ents,
		want:      []want{{"dialogue", "2027", "Santiago", "-", "reported"}},
	}})
}

// TestTrainedTogetherSince covers forces said to have trained together
// (even "regularly") since a year or an act: a standing practice, no
// drill of the day told; a drill named in the "since" clause is a
// background exercise of its own year, and a habit word before "since"
// does not reach into that clause.
func TestTrainedTogetherSince(t *testing.T) {
	lead := "General Ali Demir called on General Omar Khan in Rawalpindi on Tuesday. "
	ents := []ent{person("Ali Demir", "TR"), person("Omar Khan", "PK"), loc("Rawalpindi")}
	runClassCases(t, []classCase{{
		name:      "since a year",
		published: "2026-05-20",
		text:      lead + "The two armies have trained together regularly since 2015.",
		ents:      ents,
		not:       []want{{"exercise", "*", "*", "-", ""}},
	}, {
		name:      "since a first drill dated in its own clause",
		published: "2026-05-20",
		text:      lead + "The two navies have exercised jointly on a regular basis since they first held the Blue Wave exercise in 2019.",
		ents:      ents,
		want:      []want{{"exercise", "2019", "*", "-", "background"}},
		not:       []want{{"exercise", "2026-05-19", "*", "-", ""}},
	}, {
		name:      "since a signing: the signing alone",
		published: "2026-05-20",
		text:      lead + "Khan said the two armies have trained together regularly since they signed a letter of intent in 2019.",
		ents:      ents,
		want:      []want{{"agreement", "2019", "*", "-", "background"}},
		not:       []want{{"exercise", "*", "*", "-", ""}},
	}, {
		name:      "a habit with no since clause stays no event",
		published: "2026-05-20",
		text:      lead + "The two armies regularly hold joint exercises in the mountains.",
		ents:      ents,
		not:       []want{{"exercise", "*", "*", "-", ""}},
	}})
}

// TestSpansDatedBySinceClauses covers a standing contribution whose start
// a "since" clause dates ("since the mission was set up in January 2017"):
// the span began then, as "since 2017" says.
func TestSpansDatedBySinceClauses(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a since clause dates the start of a deployment",
		published: "2025-08-14",
		text: "The Ghanaian Army on Thursday sent off 120 soldiers to Liberia. " +
			"Ghana has contributed troops to the mission since it was set up in March 2012.",
		ents: []ent{org("Ghanaian Army"), country("GH", "Ghana"), country("LR", "Liberia")},
		want: []want{{"deployment", "2012-03", "*", "-", "background"}},
	}})
}
