package extract

import (
	"testing"

	"attache"
)

// TestRankWordsEndingPosts checks that "General" ending a post ("Director
// General", "Inspector General") is no rank, while a rank after a post
// or inside "Chief of Army General" stays one.
func TestRankWordsEndingPosts(t *testing.T) {
	x := mustExtractor(t)
	cases := []struct{ text, name, rank string }{
		{"The talks were co-chaired by Director General Anne Moreau.", "Anne Moreau", ""},
		{"The report was signed by Inspector General Lt Gen Tan Ah Kow.", "Tan Ah Kow", "Lieutenant General"},
		{"Chief of Army General Rahim Salleh received the visitors.", "Rahim Salleh", "General"},
		{"Army Commander General Budi Santoso opened the drill.", "Budi Santoso", "General"},
	}
	for _, tt := range cases {
		e := extractedPerson(t, x, tt.text, tt.name)
		if e == nil {
			continue
		}
		if e.Rank != tt.rank {
			t.Errorf("%q: rank %q, want %q", tt.text, e.Rank, tt.rank)
		}
	}
}

// TestPersonsAfterBodiesOfStates checks that a name right after a body
// named "of" a state is a person, not the end of the body's name.
func TestPersonsAfterBodiesOfStates(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "He was received by State Secretary of the Security Council of Belarus Pavel Markevich.",
			typ: attache.Person, name: "Pavel Markevich", notTyp: attache.Organization, notName: "Security Council of Belarus Pavel Markevich"},
		{text: "The delegation visited the Council for Defence Enablement on Monday.",
			typ: attache.Organization, name: "Council for Defence Enablement"},
	})
}

// TestNamesWithPostNominalsInApposition checks that a name set off by
// commas after its post is read with post-nominal letters ("MP", "KC")
// before the closing comma, and without them in the name, and after "the
// Hon" as after "Hon".
func TestNamesWithPostNominalsInApposition(t *testing.T) {
	x := mustExtractor(t)
	cases := []struct{ text, name, title string }{
		{"The minister met the Papua New Guinea Minister for Defence, the Hon Dr Billy Joseph MP, in Port Moresby.", "Billy Joseph", "Papua New Guinea Minister for Defence"},
		{"The talks were opened by the Minister for Defence, Pita Ligaiula KC, on Monday.", "Pita Ligaiula", "Minister for Defence"},
		{"He called on the Minister for Defence, the Hon Pita Ligaiula, at the ministry.", "Pita Ligaiula", "Minister for Defence"},
	}
	for _, tt := range cases {
		e := extractedPerson(t, x, tt.text, tt.name)
		if e == nil {
			continue
		}
		if len(e.Titles) == 0 || e.Titles[0] != tt.title {
			t.Errorf("%q: titles %q, want %q first", tt.text, e.Titles, tt.title)
		}
	}
}

// extractedPerson returns the person named name that x extracts from
// text, or nil after reporting that it extracts none.
func extractedPerson(t *testing.T, x *Extractor, text, name string) *attache.Entity {
	t.Helper()
	got := x.Extract("t", text, "")
	e := find(got, attache.Person, name)
	if e == nil {
		t.Errorf("%q: no person %q in %v", text, name, names(got))
	}
	return e
}
