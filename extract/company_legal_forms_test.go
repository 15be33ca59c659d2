package extract

import (
	"testing"

	"attache"
)

// TestCompanyLegalForms checks that a known company's legal form written
// after its name is part of the name, the bare name staying an alias.
func TestCompanyLegalForms(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The contract was signed with Korea Aerospace Industries Ltd. (KAI) in Seoul on Monday.",
			typ: attache.Organization, name: "Korea Aerospace Industries Ltd."},
		{text: "The deal with Hanwha Aerospace Co., Ltd. was signed in Warsaw.",
			typ: attache.Organization, name: "Hanwha Aerospace Co., Ltd."},
		// a legal form is no part of a body that is no company
		{text: "The Indonesian Navy Ltd. unit arrived.",
			typ: attache.Organization, name: "Indonesian Navy", notTyp: attache.Organization, notName: "Indonesian Navy Ltd."},
	})
	x := mustExtractor(t)
	got := x.Extract("t", "The contract was signed with Korea Aerospace Industries Ltd. (KAI) in Seoul.", "")
	e := find(got, attache.Organization, "Korea Aerospace Industries Ltd.")
	if e == nil || len(e.Aliases) < 2 {
		t.Fatalf("want the company with its bare name and acronym as aliases, got %v", e)
	}
}
