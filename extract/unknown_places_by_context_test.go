package extract

import (
	"testing"

	"attache"
)

// TestSitesToldFirst checks camps and forts whose kind word opens their
// name ("Camp X", "Fort X", Arabic "Muaskar X") or closes it ("X Fort",
// "X Beach", "X camp", "X barracks"): places, whatever name they carry.
func TestSitesToldFirst(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The minister was briefed at Camp Dumlao in the south on Monday.",
			typ: attache.Location, name: "Camp Dumlao", notTyp: attache.Person, notName: "Dumlao"},
		{text: "The drill closed at Fort Tabinga on Friday.",
			typ: attache.Location, name: "Fort Tabinga"},
		{text: "The guest was received at Muaskar Al Jufrah by the army commander.",
			typ: attache.Location, name: "Muaskar Al Jufrah"},
		{text: "The delegation later toured Harqat Fort and the old market.",
			typ: attache.Location, name: "Harqat Fort"},
		{text: "Sailors cleaned Selvana Beach with local volunteers.",
			typ: attache.Location, name: "Selvana Beach"},
		{text: "The medals were presented at a ceremony at Al-Nasiriyah camp on Sunday.",
			typ: attache.Location, name: "Al-Nasiriyah camp"},
		{text: "The contingent paraded at the Dubravka barracks in the capital.",
			typ: attache.Location, name: "Dubravka barracks"},
		{text: "The exercise ended with a landing at Pelunga beach near the port.",
			typ: attache.Location, name: "Pelunga beach"},
		// a post of the camp is no place name
		{text: "The guests were welcomed by the Camp Commander, Colonel Marco Ilagan.",
			typ: attache.Person, name: "Marco Ilagan", notTyp: attache.Location, notName: "Camp Commander"},
	})
}

// TestTownsByContext checks towns no list holds, told by the words around
// them: a kind word with an adjective ("the island town of"), "at" or
// "in" before a place they lie in, a date, a time word or a second verb,
// and names opened or joined by a hyphened Arabic article.
func TestTownsByContext(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The minister flew to the island town of Batangil in Sulu province to meet troops.",
			typ: attache.Location, name: "Batangil"},
		{text: "Children from the fishing village of Marokund will visit the ship.",
			typ: attache.Location, name: "Marokund"},
		{text: "The previous edition was held at Vaikaru in the Maldives in 2024.",
			typ: attache.Location, name: "Vaikaru"},
		{text: "He will visit the staff college in Kilenga on Thursday.",
			typ: attache.Location, name: "Kilenga"},
		{text: "He invited his guest to a parade at Ruvumba later this year.",
			typ: attache.Location, name: "Ruvumba"},
		{text: "The delegation visited a plant in Votkinsk and held talks with its managers.",
			typ: attache.Location, name: "Votkinsk"},
		{text: "The parade was held at the battalion headquarters in Al-Marwahin, with the sector commander present.",
			typ: attache.Location, name: "Al-Marwahin"},
		{text: "The unit will take over the base in the village of Shihin al-Jabal next month.",
			typ: attache.Location, name: "Shihin al-Jabal"},
		// a person after "at" and before "on" is no town: a title comes first
		{text: "The statement was read at the meeting on Tuesday by General Tomas Velasco.",
			typ: attache.Person, name: "Tomas Velasco", notTyp: attache.Location, notName: "Tomas Velasco"},
	})
}

// TestDatelineTowns checks an unknown town opening the dateline: the
// report is filed there. A code name's year after a hyphen is no dateline.
func TestDatelineTowns(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "Navy ship calls at port\n\nAxim, May 20, GNA - A patrol ship arrived on Monday.",
			typ: attache.Location, name: "Axim"},
		{text: "Patrol ship arrives\n\nKarakol (Kabar) - A patrol boat arrived on Monday.",
			typ: attache.Location, name: "Karakol"},
		{text: "Silver Kestrel-2026 opens in the north\n\nThe drill opened on Monday.",
			typ: attache.Organization, name: "", notTyp: attache.Location, notName: "Silver Kestrel"},
	})
}

// TestShipVenues checks a named ship used as an event's venue, a place;
// a ship that carries troops is none.
func TestShipVenues(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The ambassador hosted a reception aboard HMS Tamar for port officials.",
			typ: attache.Location, name: "HMS Tamar"},
		{text: "A closing ceremony will be held on board KRI Teluk Lada at sea.",
			typ: attache.Location, name: "KRI Teluk Lada"},
		{text: "The sailors departed for Hawaii aboard BRP Gregorio Velasquez on Tuesday.",
			typ: attache.Location, name: "", notTyp: attache.Location, notName: "BRP Gregorio Velasquez"},
	})
}

// TestCompassCommandAreas checks a command's area named by a point of the
// compass, a service word and an area word: a body, not a person "Area".
func TestCompassCommandAreas(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The captain called on the Commander of the Southern Naval Area, Rear Admiral Ruwan Dissanayake.",
			typ: attache.Organization, name: "Southern Naval Area", notTyp: attache.Person, notName: "Area"},
		{text: "The Commander of the Northern Naval Area, Rear Admiral Ruwan Dissanayake, received the ship.",
			typ: attache.Person, name: "Ruwan Dissanayake", notTyp: attache.Person, notName: "Area"},
	})
}

// TestHyphenedTrainingAreas checks a training area whose name opens with
// a hyphened pair: the whole name, not its second half.
func TestHyphenedTrainingAreas(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The minister toured the Omani-British Joint Training Area in the south.",
			typ: attache.Location, name: "Omani-British Joint Training Area", notTyp: attache.Location, notName: "British Joint Training Area"},
	})
}
