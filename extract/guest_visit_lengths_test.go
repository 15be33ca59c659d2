package extract

import "testing"

// TestGuestVisitLengths covers a guest's visit whose length is written
// before it: "is on a three-day working visit to" still says the person
// is the host's guest, from the other state.
func TestGuestVisitLengths(t *testing.T) {
	runPersonCases(t, []personCase{
		{text: "MUSCAT, May 4 -- Chief of Defence Force General Datuk Hamdan Yusof is on a three-day working visit to Oman beginning yesterday, at the invitation of his Omani counterpart. Malaysia and Oman signed a defence pact in 2019.",
			name: "Hamdan Yusof", rank: "General", country: "MY"},
		{text: "MUSCAT, May 4 -- Chief of Defence Force General Datuk Hamdan Yusof is on a 3-day official visit to Oman, at the invitation of his Omani counterpart. Malaysia and Oman signed a defence pact in 2019.",
			name: "Hamdan Yusof", rank: "General", country: "MY"},
	})
}
