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

// TestShortNameBeforeFullName checks that a person first named by the
// first words of their name, as headlines do, is the same person as the
// full name the text gives later, and that a short form two longer names
// share stays apart.
func TestShortNameBeforeFullName(t *testing.T) {
	x := mustExtractor(t)
	persons := func(s string) []string {
		var out []string
		for _, e := range x.Extract("t", s, "").Entities {
			if e.Type == attache.Person {
				out = append(out, e.Name)
			}
		}
		return out
	}
	one := "Minister Arif Rahman attends regional forum\n\nDefence Minister Arif Rahman Shah attended the forum on Monday. Arif Rahman also met his counterparts."
	if got := persons(one); len(got) != 1 || got[0] != "Arif Rahman Shah" {
		t.Errorf("short form before full name: got %v, want [Arif Rahman Shah]", got)
	}
	two := "General Arif Rahman Shah arrived on Monday. Colonel Arif Rahman Yusof greeted him. Arif Rahman spoke first."
	if got := persons(two); len(got) < 2 {
		t.Errorf("a short form shared by two names merged them: got %v", got)
	}
}

// TestPostsInNationalLanguages checks that a post written in a national
// language ("Raksha Mantri", India's defence minister) is a post before a
// name, not a person.
func TestPostsInNationalLanguages(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "Raksha Mantri Shri Arvind Kumar met the visiting chiefs on Tuesday.",
			typ: attache.Person, name: "Arvind Kumar", notTyp: attache.Person, notName: "Raksha Mantri"},
	})
}
