package extract

import (
	"testing"

	"attache"
)

// TestNamesJoinedByAnd checks long official names whose parts "and"
// joins: a ministry's second field, a region of two parts, a school's
// two fields, and a school named after an officer.
func TestNamesJoinedByAnd(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The chiefs met at the Ministry of Defence and Veteran Affairs headquarters in Kampala on Monday.",
			typ: attache.Organization, name: "Ministry of Defence and Veteran Affairs"},
		{text: "The deputy minister briefed the Department of Defence and Military Veterans on the deployment.",
			typ: attache.Organization, name: "Department of Defence and Military Veterans"},
		{text: "The ministers met in Punta Arenas, capital of the Magallanes and Chilean Antarctic Region, on Thursday.",
			typ: attache.Location, name: "Magallanes and Chilean Antarctic Region", notTyp: attache.Location, notName: "Chilean Antarctic Region"},
		{text: "The cadets toured the Admiral Ushakov State University of Maritime and Inland Shipping in the afternoon.",
			typ: attache.Organization, name: "Admiral Ushakov State University of Maritime and Inland Shipping"},
		// "and" joining two bodies keeps them apart
		{text: "The Ministry of Defence and the General Staff of the Kenya Defence Forces signed the plan.",
			typ: attache.Organization, name: "Ministry of Defence", notTyp: attache.Organization, notName: "Ministry of Defence and the General Staff"},
	})
}
