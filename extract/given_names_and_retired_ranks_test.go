package extract

import (
	"testing"

	"attache"
)

// TestGivenNamesAndRetiredRanks covers a given name that is also an
// English word after a middle name ("Nguyen Van An"), and a name after a
// retired rank ("Major General (Ret.) ...").
func TestGivenNamesAndRetiredRanks(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "Senior Lieutenant General Tran Van An received the delegation in Hanoi.",
			typ: attache.Person, name: "Tran Van An", notTyp: attache.Person, notName: "Tran Van"},
		{text: "The visitors were welcomed by Colonel Le Thi Ha, head of the department.",
			typ: attache.Person, name: "Le Thi Ha"},
		{text: "General Pham Duc Thai met the visiting Thai delegation.",
			typ: attache.Person, name: "Pham Duc Thai", notTyp: attache.Person, notName: "Pham Duc"},
		// the word is no name where no middle name comes before it
		{text: "The minister said An agreement would follow.",
			notTyp: attache.Person, notName: "An"},
		{text: "Major General (Ret.) Budi Hartono opened the forum in Jakarta.",
			typ: attache.Person, name: "Budi Hartono"},
		{text: "Lieutenant General (Retd) Arjun Mehra spoke at the seminar.",
			typ: attache.Person, name: "Arjun Mehra"},
	})
}
