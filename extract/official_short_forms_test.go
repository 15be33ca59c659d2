package extract

import (
	"testing"

	"attache"
)

// TestOfficialShortForms covers a well-known official whose name opens
// with a common first name, named with no title by the short form
// agencies use ("Khaled Nordin" of "Mohamed Khaled Nordin"); the common
// first name alone with the family name is no such form.
func TestOfficialShortForms(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "Two vessels will be built under the memorandum that Khaled Nordin and Yasar Guler signed in March.",
			typ: attache.Person, name: "Khaled Nordin"},
		{text: "Pilots will train under an arrangement Khaled Nordin and Ahn Gyu-back agreed on last month.",
			typ: attache.Person, name: "Khaled Nordin"},
		{text: "The plan Mohamed Nordin drew up was approved.",
			notTyp: attache.Person, notName: "Mohamed Nordin"},
	})
}
