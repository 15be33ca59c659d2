package extract

import (
	"testing"

	"attache"
)

// TestSiteAndProvincePlaces covers places built on a known town ("Camp
// Asaka", "Otar training ground", "Muara Port"), a known town before a
// person's rank ("the attaché in Jakarta Colonel X"), stations between a
// service and a name ("Naval Station X"), and provinces and towns of the
// gazetteer that agencies name in defence news.
func TestSiteAndProvincePlaces(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The minister visited Camp Asaka in Saitama Prefecture on Friday.",
			typ: attache.Location, name: "Camp Asaka", notTyp: attache.Location, notName: "Asaka"},
		{text: "The minister visited Camp Asaka in Saitama Prefecture on Friday.",
			typ: attache.Location, name: "Saitama Prefecture"},
		{text: "The drill opened at the Otar training ground on Monday.",
			typ: attache.Location, name: "Otar training ground"},
		{text: "The jets landed at Halim Perdanakusuma air base in Jakarta.",
			typ: attache.Location, name: "Halim Perdanakusuma air base"},
		{text: "Two escorts will call at Muara Port in June.",
			typ: attache.Location, name: "Muara Port"},
		// a unit named after a base keeps its own name: "RAAF Base Darwin"
		{text: "Jets flew from RAAF Base Darwin on Tuesday.",
			notTyp: attache.Location, notName: "Base Darwin"},
		{text: "The ship was met by the Russian Defence Attache in Jakarta Colonel Ivan Petrov.",
			typ: attache.Location, name: "Jakarta"},
		{text: "Marines landed on a beach in Zambales on Monday.",
			typ: attache.Location, name: "Zambales"},
		{text: "The troops trained in Laikipia and Isiolo County for two weeks.",
			typ: attache.Location, name: "Isiolo County"},
		{text: "The committee met in Svay Rieng province on Friday.",
			typ: attache.Location, name: "Svay Rieng"},
		// a convention or exhibition centre is a venue, not a body
		{text: "The show opened at the Manila International Convention Centre on Monday.",
			typ: attache.Location, name: "Manila International Convention Centre", notTyp: attache.Organization, notName: "Manila International Convention Centre"},
		{text: "The expo is held at the Jakarta International Trade and Exhibition Center.",
			typ: attache.Location, name: "Jakarta International Trade and Exhibition Center"},
		// a station between a service and a name is one base
		{text: "The air show opened at Air Force Station Hindan on Monday.",
			typ: attache.Location, name: "Air Force Station Hindan", notTyp: attache.Organization, notName: "Air Force"},
		{text: "The frigate docked at Naval Station Ernesto Ogbinar in La Union.",
			typ: attache.Location, name: "Naval Station Ernesto Ogbinar", notTyp: attache.Person, notName: "Ernesto Ogbinar"},
	})
}
