package extract

import (
	"testing"

	"attache"
)

// TestSchoolAndDirectorateNames covers names whose "and" joins the fields
// of one body, not two bodies: a school named for what it teaches
// ("Higher Tank Command and Engineering School") and a directorate whose
// "of" part pairs two fields ("Directorate of Moral Guidance and Public
// Relations"), next to lists that stay lists.
func TestSchoolAndDirectorateNames(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The guests went to the Chirchik Higher Tank Command and Engineering School on Wednesday.",
			typ: attache.Organization, name: "Chirchik Higher Tank Command and Engineering School", notTyp: attache.Organization, notName: "Chirchik Higher Tank Command"},
		{text: "Cadets of the Ryazan Airborne Command and Engineering School marched in the parade.",
			typ: attache.Organization, name: "Ryazan Airborne Command and Engineering School"},
		{text: "The Directorate of Moral Guidance and Public Relations at the Ministry of Defence said the talks went well.",
			typ: attache.Organization, name: "Directorate of Moral Guidance and Public Relations", notTyp: attache.Organization, notName: "Directorate of Moral Guidance"},
		{text: "A statement from the Department of Information and Public Relations of the armed forces said so.",
			typ: attache.Organization, name: "Department of Information and Public Relations"},
		// a list of bodies stays a list
		{text: "Officers of the Vietnam People's Navy, Coast Guard and Air Force attended.",
			typ: attache.Organization, name: "Vietnam People's Air Force"},
		{text: "The minister thanked the Ministry of Defence and Army Command for the welcome.",
			typ: attache.Organization, name: "Army Command"},
	})
}
