package extract

import (
	"slices"
	"testing"

	"attache"
)

// TestPluralRanksAndPosts covers a rank or post written once in the
// plural before two names: each name is a person with that rank or post.
func TestPluralRanksAndPosts(t *testing.T) {
	cases := []personCase{
		{text: "Generals Rustam Aliyev and Mehmet Demirtas held talks in Baku on Monday.",
			name: "Rustam Aliyev", rank: "General", country: ""},
		{text: "Generals Rustam Aliyev and Mehmet Demirtas held talks in Baku on Monday.",
			name: "Mehmet Demirtas", rank: "General", country: ""},
		{text: "Vice Admirals Tomas Reyes and Hiroshi Tanabe reviewed the joint patrol plan in Subic on Friday.",
			name: "Hiroshi Tanabe", rank: "Vice Admiral", country: ""},
		{text: "Major Generals Arif Rahman and Chan Sokha opened the border liaison office on Tuesday.",
			name: "Chan Sokha", rank: "Major General", country: ""},
		{text: "Defence Ministers Lars Holm and Petra Novak signed the roadmap in Prague on Monday.",
			name: "Petra Novak", country: ""},
	}
	x := mustExtractor(t)
	for _, tt := range cases {
		got := x.Extract("t", tt.text, "")
		p := find(got, attache.Person, tt.name)
		if p == nil {
			t.Errorf("%q: no person %q in %v", tt.text, tt.name, names(got))
			continue
		}
		if p.Rank != tt.rank {
			t.Errorf("%q: rank of %s = %q, want %q", tt.text, tt.name, p.Rank, tt.rank)
		}
	}
	// the plural post is each person's post, in the singular
	got := x.Extract("t", "Defence Ministers Lars Holm and Petra Novak signed the roadmap in Prague on Monday.", "")
	for _, n := range []string{"Lars Holm", "Petra Novak"} {
		if p := find(got, attache.Person, n); p == nil || !slices.Equal(p.Titles, []string{"Defence Minister"}) {
			t.Errorf("%s: want the title Defence Minister, got %+v", n, p)
		}
	}
	// a singular rank before the first name stays with it alone
	got = x.Extract("t", "General Rustam Aliyev and Mehmet Demirtas held talks in Baku on Monday.", "")
	if p := find(got, attache.Person, "Mehmet Demirtas"); p != nil && p.Rank != "" {
		t.Errorf("Mehmet Demirtas: rank %q from another's singular rank", p.Rank)
	}
}

// TestQuotedNicknames covers a nickname written in quotes inside a full
// name: one person, named without it, the nickname and the forms built on
// it as aliases.
func TestQuotedNicknames(t *testing.T) {
	cases := []struct {
		text, name, country string
		aliases             []string
	}{
		{`MANILA - Defense Secretary Ramon "Monching" Villareal Jr. met the visiting envoy on Monday. Monching Villareal said the talks went well.`,
			"Ramon Villareal Jr.", "PH", []string{"Monching", "Monching Villareal"}},
		{`Navy chief Vice Admiral Jose “Pepe” Bautista opened the maritime forum in Manila. Bautista said the navy would buy more patrol ships.`,
			"Jose Bautista", "PH", []string{"Pepe"}},
	}
	x := mustExtractor(t)
	for _, tt := range cases {
		got := x.Extract("t", tt.text, "")
		p := find(got, attache.Person, tt.name)
		if p == nil {
			t.Errorf("%q: no person %q in %v", tt.text, tt.name, names(got))
			continue
		}
		if p.Name != tt.name {
			t.Errorf("%q: name %q, want %q", tt.text, p.Name, tt.name)
		}
		if p.Country != tt.country {
			t.Errorf("%q: country %q, want %q", tt.text, p.Country, tt.country)
		}
		for _, a := range tt.aliases {
			if !slices.Contains(p.Aliases, a) {
				t.Errorf("%q: alias %q missing from %q", tt.text, a, p.Aliases)
			}
		}
		for _, e := range got.Entities {
			if e.Type == attache.Person && e.Name != p.Name {
				t.Errorf("%q: the name is split: extra person %q", tt.text, e.Name)
			}
		}
	}
}

// TestPostsForTwoRegions covers a post answering for "X and Y" before a
// name: the region pair is part of the post, and the name a person.
func TestPostsForTwoRegions(t *testing.T) {
	runPersonCases(t, []personCase{
		{text: "HANOI - The minister received US Deputy Assistant Secretary of Defense for South and Southeast Asia Daniel Whitcomb on Monday.",
			name: "Daniel Whitcomb", country: "US"},
		{text: "Deputy Minister Le Van Thanh and US Deputy Assistant Secretary of Defense for South and Southeast Asia Daniel Whitcomb co-chaired the dialogue in Washington.",
			name: "Daniel Whitcomb", country: "US"},
		{text: "The French Commander for Europe and Africa Paul Mercier visited the base in Djibouti on Friday.",
			name: "Paul Mercier", country: "FR"},
	})
}

// TestPostsAfterAnArticle covers a post in apposition after "a" or "an":
// the name before it is a person with that post and its state.
func TestPostsAfterAnArticle(t *testing.T) {
	runPersonCases(t, []personCase{
		{text: "Pavel Orlov, a Russian deputy defence minister, toured the naval base last week.",
			name: "Pavel Orlov", country: "RU"},
		{text: "Hanoi (VNA) - Ines Duarte, a Portuguese military attaché, visited the peacekeeping centre.",
			name: "Ines Duarte", country: "PT"},
	})
}
