package extract

import (
	"testing"

	"attache"
)

// TestOrgHeadWords covers bodies named by head words beyond ministries and
// armies: legions, scouts, rifles, flotillas, inspectorates. Such a word
// ends a body's name and is never a person's.
func TestOrgHeadWords(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "Colonel Andi Pratama, chairman of the Indonesian Veterans Legion, spoke.",
			typ: attache.Organization, name: "Indonesian Veterans Legion", notTyp: attache.Person, notName: "Legion"},
		{text: "Soldiers of the Ladakh Scouts held a drill near Leh.",
			typ: attache.Organization, name: "Ladakh Scouts"},
		{text: "The 3rd Submarine Flotilla and the Defence Inspectorate took part.",
			typ: attache.Organization, name: "3rd Submarine Flotilla"},
	})
}
