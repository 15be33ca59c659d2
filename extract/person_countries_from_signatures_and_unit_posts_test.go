package extract

import "testing"

// TestPersonCountriesFromSignatures covers the state a signatory signs or
// acts for, told right after the name, which beats the report's home.
func TestPersonCountriesFromSignatures(t *testing.T) {
	runPersonCases(t, []personCase{
		{text: "RIYADH -- Assistant Minister Fahd Al-Qahtani signed for the Kingdom, and State Secretary for Defence Policy Andreea Munteanu signed for Romania.",
			name: "Andreea Munteanu", country: "RO"},
		{text: "MANILA -- The agreement was signed by Secretary Gilberto Cruz on behalf of the Philippines and Ambassador Kenji Ota on behalf of Japan.",
			name: "Kenji Ota", country: "JP"},
		{text: "ABUJA -- Major General Musa Bello signed on behalf of the Egyptian side after the talks.",
			name: "Musa Bello", rank: "Major General", country: "EG"},
	})
}

// TestUnitPostsBeforeNames covers a post naming a numbered unit ("the
// 5th Corps"): the post is read whole, so the delegation the holder
// leads still gives the state.
func TestUnitPostsBeforeNames(t *testing.T) {
	runPersonCases(t, []personCase{
		{text: "KUWAIT CITY -- The minister received on Monday a delegation of the Pakistan Army headed by Commander of the 5th Corps Lieutenant General Asif Raza.",
			name: "Asif Raza", rank: "Lieutenant General", country: "PK"},
		{text: "AMMAN -- The chief received a delegation of the Indian Army led by Commander of the 12th Corps Lieutenant General Vikram Nair.",
			name: "Vikram Nair", rank: "Lieutenant General", country: "IN"},
	})
}

// TestNextPersonsPostBeforeHonorific covers a post after ", and" that is
// set before the next person's honorific and name: it is that person's,
// not a second post of the person before.
func TestNextPersonsPostBeforeHonorific(t *testing.T) {
	runPersonCases(t, []personCase{
		{text: "ABUJA -- The signing was witnessed by the Minister of Defence, Ibrahim Danladi Yusuf, and the Ambassador of Egypt to Nigeria, Mr Tarek Abdelrahman.",
			name: "Ibrahim Danladi Yusuf", country: "NG"},
		{text: "ACCRA -- Present were the Chief of Defence Staff, Kwame Mensah, and the Defence Attache of Turkey in Accra, Dr. Mehmet Arslan.",
			name: "Kwame Mensah", country: "GH"},
		{text: "ACCRA -- Present were the Chief of Defence Staff, Kwame Mensah, and the Defence Attache of Turkey in Accra, Dr. Mehmet Arslan.",
			name: "Mehmet Arslan", country: "TR"},
	})
}
