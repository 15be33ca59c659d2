package extract

import (
	"testing"

	"attache"
)

// TestPlacesNamedKindFirst covers squares and buildings whose kind word
// opens the name, as Spanish, Portuguese, Italian and Malay write them
// ("Plaza San Martín", "Edificio Libertador", "Praça dos Três Poderes",
// "Dataran Pahlawan Negara"), and the seats and memorials the gazetteer
// knows by name.
func TestPlacesNamedKindFirst(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The Chilean minister laid a wreath at the monument in Plaza San Martín on Thursday.",
			typ: attache.Location, name: "Plaza San Martín", notTyp: attache.Person, notName: "San Martín"},
		{text: "The ministers met at the Edificio Libertador on Thursday.",
			typ: attache.Location, name: "Edificio Libertador", notTyp: attache.Organization, notName: "Edificio Libertador"},
		{text: "Thousands gathered in Plaza de Mayo for the parade.",
			typ: attache.Location, name: "Plaza de Mayo"},
		{text: "The honour guard lined up at the Praça dos Três Poderes in Brasília.",
			typ: attache.Location, name: "Praça dos Três Poderes"},
		{text: "The King attended the parade at Dataran Pahlawan Negara in Putrajaya.",
			typ: attache.Location, name: "Dataran Pahlawan Negara"},
		{text: "Lieutenant General Roldan received his guest at the Libertador Building on Tuesday.",
			typ: attache.Location, name: "Libertador Building"},
		{text: "Later, the Turkish delegation laid a wreath at the Alley of Martyrs.",
			typ: attache.Location, name: "Alley of Martyrs"},
		{text: "Fiqi visited the Anitkabir mausoleum and signed the memorial book.",
			typ: attache.Location, name: "Anitkabir mausoleum"},
	})
}
