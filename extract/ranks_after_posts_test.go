package extract

import (
	"testing"

	"attache"
)

// TestRanksAfterPosts covers ranks written right after a post or with a
// service mark: "Chief of Army General X" holds the rank General (the
// army ends the post), and "Lieutenant General (Pilot) X" keeps its rank
// over the mark.
func TestRanksAfterPosts(t *testing.T) {
	x := mustExtractor(t)
	cases := []struct{ text, name, rank string }{
		{"Also present was Chief of Army General Datuk Azhan Md Othman.", "Azhan Md Othman", "General"},
		{"Army General Phan Van Giang received the guests.", "Phan Van Giang", "Army General"},
		{"The talks were attended by Chief of Staff Lieutenant General (Pilot) Salem bin Hamad Al Nabet.", "Salem bin Hamad Al Nabet", "Lieutenant General"},
		{"The guard was inspected by Major General (Retd) Ahmad Zaki.", "Ahmad Zaki", "Major General"},
		// a rank form right before a rank is a post: the navy's commander
		{"Kenya Navy Commander Major General Paul Otieno was also present.", "Paul Otieno", "Major General"},
		// "Commander" is read but is outside EXTRACTION.md's list: no rank
		{"Navy Commander Tran Van Luong led the ship.", "Tran Van Luong", ""},
	}
	for _, tt := range cases {
		got := x.Extract("t", tt.text, "")
		p := find(got, "person", tt.name)
		if p == nil {
			t.Errorf("%q: no person %q in %v", tt.text, tt.name, names(got))
			continue
		}
		if p.Rank != tt.rank {
			t.Errorf("%q: rank %q, want %q", tt.text, p.Rank, tt.rank)
		}
	}
}

// TestBodyOfPostBeforeRank checks that the body opening a post before a
// rank is named: "Kenya Navy Commander Major General X" names the Kenya
// Navy.
func TestBodyOfPostBeforeRank(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "Kenya Navy Commander Major General Paul Otieno was also present.",
			typ: attache.Organization, name: "Kenya Navy"},
	})
}
