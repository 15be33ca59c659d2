package extract

import "testing"

// TestGuestsCallingOnPosts covers a visiting officer described before the
// name ("The ship's commanding officer, Captain X, called on ..."), whose
// call on an official named by post makes them the guest, from the
// report's other state; "called on the troops to ..." is no such call.
func TestGuestsCallingOnPosts(t *testing.T) {
	const ship = "Bangladesh Navy ship arrives in Trincomalee\n\nCOLOMBO, Jan 12 -- The Bangladesh Navy frigate BNS Somudra Joy arrived at Trincomalee on Monday on a goodwill visit to Sri Lanka, the Sri Lanka Navy said.\n\n"
	runPersonCases(t, []personCase{
		{text: ship + "The ship's commanding officer, Captain Rafiq Ahmed, called on the Commander of the Eastern Naval Area, Rear Admiral Kanchana Perera.",
			name: "Rafiq Ahmed", rank: "Captain", country: "BD"},
		{text: ship + "The ship's commander, Captain Rafiq Ahmed, will call on the Chief of Staff of the Sri Lanka Navy on Tuesday.",
			name: "Rafiq Ahmed", rank: "Captain", country: "BD"},
		// a host official urging the troops stays the host's
		{text: ship + "The base commander, Commodore Nalin Silva, called on the troops to welcome the guests.",
			name: "Nalin Silva", rank: "Commodore", country: "LK"},
	})
}
