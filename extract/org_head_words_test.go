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
		// a service named by common words before a post is no one body
		{text: "Land Forces Commander General Selim Kaya also attended.",
			notTyp: attache.Organization, notName: "Land Forces"},
		{text: "The Turkish Land Forces held a drill.",
			typ: attache.Organization, name: "Turkish Land Forces"},
		{text: "The 3rd Submarine Flotilla and the Defence Inspectorate took part.",
			typ: attache.Organization, name: "3rd Submarine Flotilla"},
	})
}
