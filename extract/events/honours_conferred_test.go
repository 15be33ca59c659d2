package events

import "testing"

// TestHonoursConferred covers an honour told by the verb that confers it
// ("conferred the honorary rank on", "was conferred with the rank ... by",
// "granted the title to"): a ceremony with who confers and who receives.
// A custom of conferring such honours is no occasion.
func TestHonoursConferred(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "conferred on the guest",
		published: "2027-03-04",
		text:      "President Anil Thapa conferred the honorary rank of General of the Royal Army on General Omar Haddad at the palace on Tuesday.",
		ents:      []ent{person("Anil Thapa", "NP"), person("Omar Haddad", "JO")},
		want:      []want{{"ceremony", "2027-03-02", "*", "Anil Thapa", "main"}, {"ceremony", "2027-03-02", "*", "Omar Haddad", "main"}},
	}, {
		name:      "passive with the giver after by",
		published: "2027-03-04",
		text:      "General Omar Haddad was conferred with the honorary rank of general by President Anil Thapa on Tuesday.",
		ents:      []ent{person("Anil Thapa", "NP"), person("Omar Haddad", "JO")},
		want:      []want{{"ceremony", "2027-03-02", "*", "Omar Haddad", "main"}},
	}, {
		name:      "a custom is no occasion",
		published: "2027-03-04",
		text:      "The custom of conferring honorary ranks on each other's army chiefs goes back decades.",
		ents:      nil,
		not:       []want{{"ceremony", "*", "*", "*", "*"}},
	}})
}
