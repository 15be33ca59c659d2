package extract

import (
	"testing"

	"attache"
)

// TestCompanyLegalForms checks that a company's legal form written after
// its name is part of the name, the bare name of a known company staying
// an alias, and that a company the knowledge base does not know is named
// to its legal form.
func TestCompanyLegalForms(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The contract was signed with Korea Aerospace Industries Ltd. (KAI) in Seoul on Monday.",
			typ: attache.Organization, name: "Korea Aerospace Industries Ltd."},
		{text: "The deal with Hanwha Aerospace Co., Ltd. was signed in Warsaw.",
			typ: attache.Organization, name: "Hanwha Aerospace Co., Ltd."},
		// a company the knowledge base does not know: its legal form
		// closes the name, after a head word or after words of its own
		{text: "The admiral toured the Eastern Coast Shipyard Limited in Kakinada on Tuesday.",
			typ: attache.Organization, name: "Eastern Coast Shipyard Limited", notTyp: attache.Organization, notName: "Eastern Coast Shipyard"},
		{text: "On Thursday the delegation saw the Naval Dockyard Limited at Apapa.",
			typ: attache.Organization, name: "Naval Dockyard Limited"},
		{text: "The minister later saw armoured trucks built by Kalinga Forge Limited near Pune.",
			typ: attache.Organization, name: "Kalinga Forge Limited"},
		{text: "The contract went to Volga Shipbuilding Plant JSC, the ministry said.",
			typ: attache.Organization, name: "Volga Shipbuilding Plant JSC"},
		{text: "The guests visited the Gomel Wheeled Tractor Plant and a signal brigade.",
			typ: attache.Organization, name: "Gomel Wheeled Tractor Plant"},
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
