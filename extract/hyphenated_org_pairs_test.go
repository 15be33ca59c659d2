package extract

import (
	"testing"

	"attache"
)

// TestHyphenatedOrgPairs checks two bodies joined by a hyphen into one
// mechanism's name ("Mutual Defense Board-Security Engagement Board"),
// each with its half of the acronym, and head words inside a compound
// adjective ("Navy-to-Navy Staff Talks"), which name no body.
func TestHyphenatedOrgPairs(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The officers met at the annual meeting of the Joint Defence Board-Maritime Security Council (JDB-MSC) in Manila.",
			typ: attache.Organization, name: "Maritime Security Council", notTyp: attache.Organization, notName: "Joint Defence Board-Maritime Security Council"},
		{text: "The officers met at the annual meeting of the Joint Defence Board-Maritime Security Council (JDB-MSC) in Manila.",
			typ: attache.Organization, name: "Joint Defence Board"},
		{text: "The 9th Army-to-Army Staff Talks between the Indian Army and the Egyptian Army were held in Cairo.",
			typ: attache.Organization, name: "Indian Army", notTyp: attache.Organization, notName: "9th Army"},
		{text: "The 9th Army-to-Army Staff Talks between the Indian Army and the Egyptian Army were held in Cairo.",
			typ: attache.Organization, name: "Egyptian Army", notTyp: attache.Organization, notName: "-Army Staff"},
		// a hyphenated name of one body stays whole
		{text: "The Vietnam-Laos Border Committee met in Vientiane.",
			typ: attache.Organization, name: "Vietnam-Laos Border Committee"},
	})
	x := mustExtractor(t)
	got := x.Extract("t", "The Joint Defence Board-Maritime Security Council (JDB-MSC) met in Manila. The JDB will meet again.", "")
	if e := find(got, attache.Organization, "Joint Defence Board"); e == nil || len(e.Aliases) == 0 || e.Aliases[0] != "JDB" {
		t.Errorf("want the first board with its acronym JDB, got %v", e)
	}
}
