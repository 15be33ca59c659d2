package extract

import (
	"testing"

	"attache"
)

// TestDirectorateGeneralNames checks that "General" after a body's head
// word ("Directorate General") belongs to the body, with its field written
// with or without "of", and that an "of" part ending in a plain word
// before the next "of" closes the name.
func TestDirectorateGeneralNames(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "LAHORE: The drill ends on Friday, the Directorate General Public Relations (Air Force) said.",
			typ: attache.Organization, name: "Directorate General Public Relations (Air Force)"},
		{text: "The Directorate General of Defence Potential hosted the seminar in Jakarta.",
			typ: attache.Organization, name: "Directorate General of Defence Potential", notTyp: attache.Person, notName: "Defence Potential"},
		{text: "Institutes such as the United Service Institution of India (USI) joined the seminar.",
			typ: attache.Organization, name: "United Service Institution of India"},
	})
}
