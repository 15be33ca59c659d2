package extract

import (
	"testing"

	"attache"
)

// TestOrganisationNames covers the organisation names agencies write in
// many countries: numbered units with ordinals, bodies after another
// body's possessive, institutions named after the body they belong to,
// generic ministries made one state's by "of COUNTRY", and companies.
func TestOrganisationNames(t *testing.T) {
	runEntityCases(t, []entityCase{
		// an ordinal opens a numbered unit
		{text: "Troops of the 9th Infantry Division and the 4th Marine Brigade joined the drill.",
			typ: attache.Organization, name: "9th Infantry Division", notTyp: attache.Organization, notName: "Infantry Division"},
		{text: "Sailors of the 22nd Marine Expeditionary Unit came ashore.",
			typ: attache.Organization, name: "22nd Marine Expeditionary Unit"},
		// no name starts with the possessive of the body before it
		{text: "Officers of the Pakistan Army's Northern Command met the visitors.",
			typ: attache.Organization, name: "Northern Command", notTyp: attache.Organization, notName: "'s Northern Command"},
		{text: "The Thai Navy's Sattahip Naval Base hosted the ships.",
			typ: attache.Organization, name: "Royal Thai Navy", notTyp: attache.Organization, notName: "'s Sattahip Naval Base"},
		// an institution named after its parent body is one name
		{text: "Cadets of the Indonesian Armed Forces Staff College visited Hanoi.",
			typ: attache.Organization, name: "Indonesian Armed Forces Staff College", notTyp: attache.Organization, notName: "Indonesian Armed Staff College"},
		// "of COUNTRY" after a generic body
		{text: "A delegation of the Ministry of Defence of Mongolia arrived on Monday.",
			typ: attache.Organization, name: "Ministry of Defence of Mongolia"},
		// numbered areas and their commands
		{text: "Officers of Military Zone 9 and the Air Division 371 attended.",
			typ: attache.Organization, name: "Military Zone 9"},
		{text: "The Coast Guard Region 3 Command sent two ships.",
			typ: attache.Organization, name: "Coast Guard Region 3 Command", notTyp: attache.Organization, notName: "Coast Guard"},
		{text: "The economic zone and the northern region grew.",
			notTyp: attache.Organization, notName: "economic zone"},
		// a numbered unit in a list keeps its own name
		{text: "The US 3rd Fleet, Task Force 71 and Carrier Strike Group 9 sailed.",
			typ: attache.Organization, name: "Task Force 71", notTyp: attache.Organization, notName: "US 3rd Task Force"},
		// companies that open with a legal form, and known makers
		{text: "PT Lundin Industry Invest and Thales signed a deal at the show.",
			typ: attache.Organization, name: "Thales"},
		// a list of two known bodies is no ellipsis
		{text: "The Royal Thai Navy and Royal Cambodian Navy held a joint patrol.",
			typ: attache.Organization, name: "Royal Cambodian Navy", notTyp: attache.Organization, notName: "Royal Thai Royal Cambodian Navy"},
		// a place named after a known place
		{text: "The frigates sailed through the Melaka Strait on Monday.",
			typ: attache.Location, name: "Melaka Strait", notTyp: attache.Location, notName: "Melaka"},
		// ships named with an honorific are no persons
		{text: "The corvette KD Tun Abdul Jalil docked at Sepanggar.",
			notTyp: attache.Person, notName: "Abdul Jalil"},
		// an agency cited as the source is a credit, not a body
		{text: "The ministers met in Minsk on Friday, TASS reported.",
			notTyp: attache.Organization, notName: "TASS"},
		{text: "According to Xinhua, the ministers met in Beijing.",
			notTyp: attache.Organization, notName: "Xinhua"},
		// "of COUNTRY" before a person's name still makes the body the state's
		{text: "Secretary of the National Security Council of Mongolia Badamdorj Ganbold arrived.",
			typ: attache.Organization, name: "National Security Council of Mongolia"},
		// an institution named after a ruler keeps the ruler's style
		{text: "Cadets of the King Faisal Air Academy visited the base.",
			typ: attache.Organization, name: "King Faisal Air Academy", notTyp: attache.Organization, notName: "Faisal Air Academy"},
		// several states' bodies of one kind are no organisation
		{text: "The Defense Ministries of Armenia and Russia approved the plan.",
			notTyp: attache.Organization, notName: "Defense Ministries of Armenia"},
		// a ruler's forces keep the ruler; a body's possessive is no part
		{text: "Muscat - Officers of the Sultan's Armed Forces met the Army's Western Command.",
			typ: attache.Organization, name: "Sultan's Armed Forces", notTyp: attache.Organization, notName: "Army's Western Command"},
		// a post's head is no body; the body after "of the" is
		{text: "Cairo - The Chief of Staff of the Jordan Armed Forces arrived.",
			typ: attache.Organization, name: "Jordan Armed Forces", notTyp: attache.Organization, notName: "Staff of the Jordan Armed Forces"},
		// a numbered unit is not nested in the body after it
		{text: "Sailors of Naval Region 3 of the Vietnam People's Navy met the crew.",
			typ: attache.Organization, name: "Naval Region 3", notTyp: attache.Organization, notName: "Naval Region 3 of the Vietnam People's Navy"},
		// a numbered unit of a body names the body too
		{text: "The contingent is drawn from the 7th Battalion of the Royal Ranger Regiment.",
			typ: attache.Organization, name: "Royal Ranger Regiment"},
		// the UN as a modifier is no mention of it
		{text: "Troops trained for UN peacekeeping missions and received UN medals.",
			notTyp: attache.Organization, notName: "United Nations"},
		{text: "The UN said the force would stay.",
			typ: attache.Organization, name: "United Nations"},
		// a body named after a known one
		{text: "General Asif Khan, Chairman of the Joint Chiefs of Staff Committee of Pakistan, arrived.",
			typ: attache.Organization, name: "Joint Chiefs of Staff Committee", notTyp: attache.Organization, notName: "Joint Chiefs of Staff"},
		// an elliptical list needs its commas or "and"
		{text: "The Royal Malaysian Navy, Air Force and Army took part.",
			typ: attache.Organization, name: "Royal Malaysian Air Force"},
	})
}

// TestInvertedBodyNames checks that "the Foreign Ministry" and "the
// Ministry of Foreign Affairs" in one article are one body named by the
// "of" form, and that another state's ministry stays apart.
func TestInvertedBodyNames(t *testing.T) {
	x := mustExtractor(t)
	got := x.Extract("t", "Lima (Andina) - The Ministry of Foreign Affairs of Peru said the Foreign Ministry would reply. The Ministry of Defence and the Chilean Defence Ministry met.", "")
	var orgs []string
	for _, e := range got.Entities {
		if e.Type == attache.Organization {
			orgs = append(orgs, e.Name)
		}
	}
	if find(got, attache.Organization, "Foreign Ministry") == nil {
		t.Errorf("no Foreign Ministry in %v", orgs)
	}
	for _, n := range orgs {
		if n == "Foreign Ministry" {
			t.Errorf("Foreign Ministry not merged: %v", orgs)
		}
	}
}

// TestShortFormOfStateBody checks that "the Ministry of Defence" after
// "the Ministry of Defence of Malaysia" is the same body.
func TestShortFormOfStateBody(t *testing.T) {
	x := mustExtractor(t)
	got := x.Extract("t", "Kuala Lumpur (Bernama) - The Ministry of Defence of Malaysia signed the deal. Talks were held at the Ministry of Defence in Kuala Lumpur.", "")
	n := 0
	for _, e := range got.Entities {
		if e.Type == attache.Organization {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d organisations, want one: %v", n, names(got))
	}
}

// TestOfPartAtTextEnd checks a body "of" a known short-named one that
// ends the text ("Department of AU"): the look past the name's last word
// must stop at the end (FuzzExtract found the index out of range).
func TestOfPartAtTextEnd(t *testing.T) {
	x := mustExtractor(t)
	for _, s := range []string{"Department of AU", "Office of the AU", "Standing Committee of AU", "Directorate of Strategy of the AU"} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%q: %v", s, r)
				}
			}()
			x.Extract("t", s, "")
		}()
	}
}
