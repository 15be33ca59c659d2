package extract

import (
	"testing"

	"attache"
)

// TestNamedBaseSites checks sites named by an unknown proper name and a
// lower-case site phrase ("air base", "military training ground"): the
// name is a place, not a person, and a site's own name before a
// description stays alone.
func TestNamedBaseSites(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The jets landed at Tunggul Wulung air base in Central Java on Monday.",
			typ: attache.Location, name: "Tunggul Wulung air base", notTyp: attache.Person, notName: "Tunggul Wulung"},
		{text: "The transport aircraft left Los Cerrillos air base near the capital.",
			typ: attache.Location, name: "Los Cerrillos air base"},
		{text: "The drill was held at Nongsa military training ground on Friday.",
			typ: attache.Location, name: "Nongsa military training ground"},
		{text: "The drill will take place at the Camp Ridley training area next year.",
			typ: attache.Location, name: "Camp Ridley", notTyp: attache.Location, notName: "Camp Ridley training area"},
		// a body's base and a person met at one are no site names
		{text: "The Indonesian Air Force air base was closed for the visit.",
			typ: attache.Organization, name: "Indonesian Air Force", notTyp: attache.Location, notName: "Indonesian Air Force air base"},
		{text: "General Ahmad Yani met the crew at the air base in Malang.",
			typ: attache.Person, name: "Ahmad Yani", notTyp: attache.Location, notName: "Ahmad Yani"},
	})
}
