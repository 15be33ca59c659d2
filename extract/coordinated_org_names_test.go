package extract

import (
	"testing"

	"attache"
)

// TestCoordinatedOrgNames covers names whose head has two or more
// modifiers joined by "and" or commas ("Peace and Security Centre",
// "Command and General Staff College"), as opposed to lists of bodies
// that share a modifier ("the Navy, Coast Guard and Air Force").
func TestCoordinatedOrgNames(t *testing.T) {
	runEntityCases(t, []entityCase{
		// two fields of one body
		{text: "Trainers from the Thai Peace and Security Centre arrived on Monday.",
			typ: attache.Organization, name: "Thai Peace and Security Centre", notTyp: attache.Organization, notName: "Security Centre"},
		{text: "The Mongolian Disaster Relief and Rescue Team flew to the site.",
			typ: attache.Organization, name: "Mongolian Disaster Relief and Rescue Team"},
		// a comma list of fields before the last "and"
		{text: "He visited the Army Education, Training and Doctrine Command in Sydney.",
			typ: attache.Organization, name: "Army Education, Training and Doctrine Command", notTyp: attache.Organization, notName: "Doctrine Command"},
		// fields after "for" run to the last one
		{text: "She leads the Accra Centre for Conflict Resolution, Peacekeeping and Peacebuilding.",
			typ: attache.Organization, name: "Accra Centre for Conflict Resolution, Peacekeeping and Peacebuilding"},
		// a staff college opens with the acronym of its service, which
		// stays named on its own
		{text: "Cadets of the TNI Command and Staff College met the visitors.",
			typ: attache.Organization, name: "TNI Command and Staff College", notTyp: attache.Organization, notName: "TNI Command"},
		{text: "Cadets of the TNI Command and Staff College met the visitors.",
			typ: attache.Organization, name: "Tentara Nasional Indonesia"},
		{text: "Officers of the AFP Command and General Staff College came too.",
			typ: attache.Organization, name: "AFP Command and General Staff College", notTyp: attache.Organization, notName: "Staff College"},
		// "General" as an adjective opens the name
		{text: "The two chiefs met at the General Headquarters on Tuesday.",
			typ: attache.Organization, name: "General Headquarters"},
		{text: "A special meeting of the General Border Committee opened in Trat.",
			typ: attache.Organization, name: "General Border Committee", notTyp: attache.Organization, notName: "Border Committee"},
		{text: "General Nguyen Van Binh chaired the committee.",
			notTyp: attache.Organization, notName: "General Nguyen Van Binh"},
		// an acronym of the parent body opens a longer name
		{text: "Experts of the ASEAN Regional Mine Action Center trained them.",
			typ: attache.Organization, name: "ASEAN Regional Mine Action Center"},
		// a list of bodies stays a list
		{text: "The Vietnam People's Navy, Coast Guard and Air Force joined.",
			typ: attache.Organization, name: "Vietnam People's Air Force", notTyp: attache.Organization, notName: "Vietnam People's Navy, Coast Guard and Air Force"},
		{text: "Minister Prabowo and Defence Ministry officials attended.",
			notTyp: attache.Organization, notName: "Prabowo and Defence Ministry"},
	})
}
