package extract

import "testing"

// TestPersonNameForms covers the last evidence of a person's state: a
// name form one state's naming makes distinctive, read only when the text
// states nothing else and names that state.
func TestPersonNameForms(t *testing.T) {
	runPersonCases(t, []personCase{
		// the visiting ship's captain, in a report written in the host state
		{text: "MANILA -- The Vietnamese frigate arrived at Manila South Harbor on Monday. The ship, led by Captain Nguyen Duc Hanh, was welcomed by Philippine Navy officers.",
			name: "Nguyen Duc Hanh", rank: "Captain", country: "VN"},
		{text: "MUSCAT -- Indian Navy ships docked at Port Sultan Qaboos on Sunday. During the stay, Commanding Officer Commander Vikram Gupta called on Omani naval commanders.",
			// "Commander" is outside EXTRACTION.md's rank list: no rank recorded
			name: "Vikram Gupta", rank: "", country: "IN"},
		// the text's own evidence comes first: "his Japanese counterpart"
		{text: "HANOI -- General Pham Van Tien held talks with his Japanese counterpart, Minister Kenta Suzuki, on Monday.",
			name: "Kenta Suzuki", country: "JP"},
		// a name form never makes a state the article does not name
		{text: "MANILA -- Commodore Lorenzo Tran led the navy's delegation to the maritime forum in Manila on Monday.",
			name: "Lorenzo Tran", rank: "Commodore", country: "PH"},
	})
}
