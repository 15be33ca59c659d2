package extract

import (
	"testing"

	"attache"
)

// TestTrainingSiteVenues checks that a school or training site where the
// sentence holds an event is the place of that event, a location, while
// a school where officers study stays an organisation.
func TestTrainingSiteVenues(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The two armies on Monday launched their joint exercise at the Lakeside Army Training School in Kandal province.",
			typ: attache.Location, name: "Lakeside Army Training School", notTyp: attache.Organization, notName: "Lakeside Army Training School"},
		{text: "The minister presided over the graduation ceremony of the 51st batch of cadets at Sheikh Nasser Military College.",
			typ: attache.Location, name: "Sheikh Nasser Military College", notTyp: attache.Organization, notName: "Sheikh Nasser Military College"},
		{text: "The forum opened at the Coastal War College in Kochi the previous day.",
			typ: attache.Location, name: "Coastal War College", notTyp: attache.Organization, notName: "Coastal War College"},
		{text: "The previous edition was held at the Hill Training Node in Shillong in 2024.",
			typ: attache.Location, name: "Hill Training Node"},
		// the body the site belongs to opens its name
		{text: "Troops of the two countries lined up at the Nepali Army Jungle School in Amlekhgunj on Sunday.",
			typ: attache.Location, name: "Nepali Army Jungle School", notTyp: attache.Organization, notName: "Army Jungle School"},
		// no event there: the school is a body
		{text: "On Wednesday the delegation is due to visit the Ganja Military Lyceum and a tank battalion.",
			typ: attache.Organization, name: "Ganja Military Lyceum"},
		{text: "Twelve Omani officers are studying at the Lakeside Naval Academy, the statement said.",
			typ: attache.Organization, name: "Lakeside Naval Academy", notTyp: attache.Location, notName: "Lakeside Naval Academy"},
		{text: "He thanked the college for places offered to Kenyan officers at the Highland Staff College.",
			typ: attache.Organization, name: "Highland Staff College", notTyp: attache.Location, notName: "Highland Staff College"},
	})
}
