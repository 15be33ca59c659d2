package extract

import "testing"

// TestPersonCountriesOfCoChairs covers two co-chairs joined by "and" when
// only the second states a state: the first heads the report's other side.
// Two officials joined by "and" who do not co-chair keep the default.
func TestPersonCountriesOfCoChairs(t *testing.T) {
	runPersonCases(t, []personCase{
		{text: "JAKARTA -- State Secretary Thomas Berg and Director General of Defence Strategy of Indonesia Major General Budi Santoso co-chaired the third Norway-Indonesia defence dialogue in Jakarta on Monday. Indonesia and Norway agreed to hold the next round in Norway.",
			name: "Thomas Berg", country: "NO"},
		{text: "JAKARTA -- State Secretary Thomas Berg and Director General of Defence Strategy of Indonesia Major General Budi Santoso co-chaired the third Norway-Indonesia defence dialogue in Jakarta on Monday. Indonesia and Norway agreed to hold the next round in Norway.",
			name: "Budi Santoso", rank: "Major General", country: "ID"},
		// passive: "was co-chaired by X and Y of ..."
		{text: "JAKARTA -- The third Norway-Indonesia defence dialogue was co-chaired by State Secretary Thomas Berg and Director General of Defence Strategy of Indonesia Major General Budi Santoso. Indonesia and Norway agreed to hold the next round in Norway.",
			name: "Thomas Berg", country: "NO"},
		// the first co-chair's post set off after the name
		{text: "CANBERRA -- The staff talks were co-chaired by Rear Admiral Daniel Moreau, Assistant Chief of the Naval Staff (International Relations), and Commodore Peter Grant of the Royal Australian Navy. Australia and France agreed to meet in France next year.",
			name: "Daniel Moreau", rank: "Rear Admiral", country: "FR"},
		{text: "BELGRADE -- Minister of Defence Milan Petrovic and Chief of the General Staff of the Serbian Armed Forces General Dragan Jovic attended the send-off of the contingent to Lebanon. Lebanon thanked Serbia.",
			name: "Milan Petrovic", country: "RS"},
	})
}
