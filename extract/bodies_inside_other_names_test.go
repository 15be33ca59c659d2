package extract

import (
	"testing"

	"attache"
)

// TestBodiesInsideOtherNames covers a body's name used inside another
// name, where it names no organisation of its own: a minister's post
// ("Minister for the Armed Forces") and a site named after the body
// ("the Armed Forces Memorial").
func TestBodiesInsideOtherNames(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "He will host the French Minister for the Armed Forces next year.",
			notTyp: attache.Organization, notName: "Armed Forces"},
		{text: "Talks were opened by the Commander-in-Chief of the Armed Forces Abdel Karim Salem.",
			notTyp: attache.Organization, notName: "Armed Forces"},
		{text: "The minister laid a wreath at the Armed Forces Memorial in Muscat.",
			typ: attache.Location, name: "Armed Forces Memorial", notTyp: attache.Organization, notName: "Armed Forces"},
		{text: "Cadets toured the Vietnam Air Force Museum on Friday.",
			typ: attache.Location, name: "Vietnam Air Force Museum", notTyp: attache.Organization, notName: "Vietnam Air Force"},
		// a head word after the place word keeps the body: "Museum Directorate"
		{text: "The Army Museum Directorate opened an exhibition.",
			notTyp: attache.Location, notName: "Army Museum"},
	})
}
