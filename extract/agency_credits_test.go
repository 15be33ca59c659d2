package extract

import (
	"testing"

	"attache"
)

// TestAgencyCredits checks that a news agency cited as the report's
// source is no entity, in the shapes agencies credit themselves: a
// dateline, "X learned from", "the X (ACRONYM) reports", a byline.
func TestAgencyCredits(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "MINSK, 3 April (BelTA) - The Belarusian defence minister received the Omani delegation.",
			typ: attache.Country, name: "OM", notTyp: attache.Organization, notName: "Belarusian Telegraph Agency"},
		{text: "The minister met the Kazakh delegation in Minsk today, BelTA learned from the press service of the Belarusian Defence Ministry.",
			typ: attache.Location, name: "Minsk", notTyp: attache.Organization, notName: "Belarusian Telegraph Agency"},
		{text: "The News Agency of Nigeria (NAN) reports that 150 troops left for Banjul on Monday.",
			typ: attache.Location, name: "Banjul", notTyp: attache.Organization, notName: "News Agency of Nigeria"},
		{text: "Nairobi, Kenya News Agency - The Kenya Defence Forces on Friday flagged off 90 soldiers.",
			typ: attache.Organization, name: "Kenya Defence Forces", notTyp: attache.Organization, notName: "Kenya News Agency"},
		{text: "The Army chief met his Nepali counterpart in New Delhi.\nPosted On: 17 FEB 2026 6:40PM by PIB Delhi",
			typ: attache.Location, name: "New Delhi", notTyp: attache.Organization, notName: "Press Information Bureau"},
		// an agency named as a body is one
		{text: "The minister gave an interview to the Kuwait News Agency on the sidelines of the forum.",
			typ: attache.Organization, name: "Kuwait News Agency"},
	})
}
