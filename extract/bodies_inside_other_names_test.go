package extract

import (
	"testing"

	"attache"
)

// TestBodiesInsideOtherNames covers a body's name used inside another
// name, where it names no organisation of its own: a minister's post
// ("Minister for the Armed Forces", "Chief of the General Staff of ...")
// and a site named after the body ("the Armed Forces Memorial").
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
		// a known name whose first words end a post names the body after "of"
		{text: "Talks were led by Chief of the General Staff of the Vietnam People's Army Senior Lieutenant General Nguyen Van An.",
			typ: attache.Organization, name: "Vietnam People's Army", notTyp: attache.Organization, notName: "General Staff of the Vietnam People's Army"},
		{text: "Talks were led by Secretary of the Security Council of the Russian Federation Ivan Petrov.",
			typ: attache.Organization, name: "Security Council of the Russian Federation"},
		// one state's body before a noun is named; a kind of unit is not
		{text: "Last year a Royal New Zealand Navy frigate joined the patrol.",
			typ: attache.Organization, name: "Royal New Zealand Navy"},
		{text: "The mission asked for a Formed Police Unit from Nepal.",
			notTyp: attache.Organization, notName: "Formed Police Unit"},
		// a headquarters is the body working there, unless its building
		// is named
		{text: "The two chiefs held talks at Naval Headquarters in Islamabad.",
			typ: attache.Organization, name: "Naval Headquarters", notTyp: attache.Location, notName: "Naval Headquarters"},
		{text: "A ceremony was held at Air Headquarters (Vayu Bhawan) on Monday.",
			typ: attache.Location, name: "Air Headquarters"},
		// a body named after "of the" in one post stays named before the
		// next post; a generic one before a post does not
		{text: "He called on Chairman of the State Peace Council Commander-in-Chief Senior General Aung Win.",
			typ: attache.Organization, name: "State Peace Council"},
		{text: "Air Force Chief of Staff Marshal Ali Khan arrived.",
			notTyp: attache.Organization, notName: "Air Force"},
		// a body's name before an event word names the event
		{text: "The frigate joined the International Fleet Review in Visakhapatnam.",
			notTyp: attache.Organization, notName: "International Fleet"},
		// a head word after the place word keeps the body: "Museum Directorate"
		{text: "The Army Museum Directorate opened an exhibition.",
			notTyp: attache.Location, notName: "Army Museum"},
	})
}
