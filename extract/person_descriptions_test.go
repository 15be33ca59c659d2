package extract

import (
	"testing"

	"attache"
)

// personCase is one invented sentence with the person it names, the
// person's rank and state, and capitalised words that must not become
// entities of any type.
type personCase struct {
	text, name, rank, country string
	not                       []string
}

func runPersonCases(t *testing.T, cases []personCase) {
	t.Helper()
	x := mustExtractor(t)
	for _, tt := range cases {
		got := x.Extract("t", tt.text, "")
		p := find(got, attache.Person, tt.name)
		if p == nil {
			t.Errorf("%q: no person %q in %v", tt.text, tt.name, names(got))
			continue
		}
		if p.Rank != tt.rank {
			t.Errorf("%q: rank of %s = %q, want %q", tt.text, tt.name, p.Rank, tt.rank)
		}
		if p.Country != tt.country {
			t.Errorf("%q: country of %s = %q, want %q (titles %q)", tt.text, tt.name, p.Country, tt.country, p.Titles)
		}
		for _, e := range got.Entities {
			for _, bad := range tt.not {
				if e.Name == bad {
					t.Errorf("%q: unexpected %s %q", tt.text, e.Type, e.Name)
				}
			}
		}
	}
}

// TestNamesDoNotSwallowNeighbours covers names that took in the words
// around them: the place of a post, an opening adverb, a possessive, and
// chains of honorifics with a rank inside.
func TestNamesDoNotSwallowNeighbours(t *testing.T) {
	runPersonCases(t, []personCase{
		{text: "Hanoi (VNA) - The defence attaché in Singapore Le Quang Minh attended the reception of the Vietnamese embassy.",
			name: "Le Quang Minh", country: "VN", not: []string{"Singapore Le Quang Minh"}},
		{text: "Hanoi (VNA) - The military attaché in the UAE Colonel Vu Hong Son laid flowers at the Vietnamese memorial.",
			name: "Vu Hong Son", rank: "Colonel", country: "VN", not: []string{"UAE Colonel Vu Hong Son"}},
		{text: "Earlier, Defence Minister Tea Seiha received the Lao delegation in Phnom Penh.",
			name: "Tea Seiha", country: "KH", not: []string{"Earlier"}},
		{text: "Earlier Major General Arief Rahman inspected the troops of the Indonesian Army.",
			name: "Arief Rahman", rank: "Major General", country: "ID", not: []string{"Earlier", "Earlier Major General Arief Rahman"}},
		{text: "Dato' Seri Major General (Retd) Haji Ismail Karim, Malaysia's Chief of Defence Force, spoke.",
			name: "Ismail Karim", rank: "Major General", country: "MY", not: []string{"Haji Ismail Karim", "Seri"}},
		{text: "Later, the President received ASEAN Secretary-General Lim Boon Heng at the palace.",
			name: "Lim Boon Heng", rank: "", country: "", not: []string{"Later"}},
		{text: "Thereupon, the Minister of Defence Ali Hamid received the team.",
			name: "Ali Hamid", not: []string{"Thereupon"}},
		{text: "Defence Minister Mohsen al-Hamdi received the team in Aden.",
			name: "Mohsen al-Hamdi", country: "YE", not: []string{"Mohsen"}},
		{text: "Colonel Liam O'Connor met General Phan Van Giang's aide.",
			name: "Liam O'Connor", rank: "Colonel", not: []string{"Phan Van Giang's"}},
		{text: "Navy chief Admiral Datuk Azlan Rahim said the ships were ready.",
			name: "Azlan Rahim", rank: "Admiral"},
		// a site named after a soldier is a place, not a person
		{text: "General Ramon Cruz met the press at Camp General Emilio Aguinaldo on Friday.",
			name: "Ramon Cruz", rank: "General", not: []string{"Emilio Aguinaldo"}},
		// the word after "Commander of the" opens a body's name
		{text: "Commodore Luis Reyes, the Commander of the Communication, Electronics, and Information Systems Service, spoke.",
			name: "Luis Reyes", rank: "Commodore", not: []string{"Communication", "Electronics"}},
		// a lower-case post in apposition names the holder's state
		{text: "Manila (PNA) - Lieutenant General Mark Olsen, commanding general of the US III Marine Expeditionary Force, arrived in Manila.",
			name: "Mark Olsen", rank: "Lieutenant General", country: "US"},
		// a given name that is also a rank word, dotted and British
		// honorifics, ships named after admirals, a Russian naval rank
		{text: "Japanese Defense Minister Gen Nakatani met the press.",
			name: "Gen Nakatani", rank: "", country: "JP"},
		{text: "Abu Dhabi - H.E. Khalid bin Saeed Al Ketbi received the Rt Hon Peter Grant in Abu Dhabi.",
			name: "Khalid bin Saeed Al Ketbi", country: "AE", not: []string{"H.E. Khalid bin Saeed Al Ketbi"}},
		{text: "Abu Dhabi - H.E. Khalid bin Saeed Al Ketbi received the Rt Hon Peter Grant in Abu Dhabi.",
			name: "Peter Grant", country: "AE", not: []string{"Rt Hon Peter Grant"}},
		{text: "The destroyer Admiral Vinogradov docked. Captain 1st Rank Ivan Sokolov said the crew was ready.",
			name: "Ivan Sokolov", not: []string{"Vinogradov", "Rank Ivan Sokolov"}},
		{text: "Detachment commander Captain 2nd Rank Oleg Petrov will call on the governor. The anti-submarine ship Admiral Panteleyev arrived.",
			name: "Oleg Petrov", not: []string{"Panteleyev", "Rank Oleg Petrov"}},
		{text: "Tan Sri Dato' Seri Lieutenant General (Retd) Haji Azman Yusof opened the Malaysian seminar.",
			name: "Azman Yusof", rank: "Lieutenant General", country: "MY", not: []string{"Seri", "Dato"}},
	})
}

// TestCountriesStatedIndirectly covers a person's state said through a
// counterpart, a possessive before the post, a demonym before a short or
// lower-case post.
func TestCountriesStatedIndirectly(t *testing.T) {
	runPersonCases(t, []personCase{
		{text: "Minister Richard Marles held talks with his Peruvian counterpart Walter Astudillo in Lima.",
			name: "Walter Astudillo", country: "PE"},
		{text: "Oman's Minister Responsible for Defence Affairs Sayyid Badr Al Busaidi met the visiting delegation.",
			name: "Sayyid Badr Al Busaidi", country: "OM", not: []string{"Responsible"}},
		{text: "The Thai PM Anan Wongsakul spoke to reporters after the talks.",
			name: "Anan Wongsakul", country: "TH"},
		{text: "The Kenyan defence chief General Joseph Mwangi welcomed the team in Nairobi.",
			name: "Joseph Mwangi", rank: "General", country: "KE"},
		// with no state stated, the state whose own bodies the report names
		{text: "Minister of Defence Milan Petrovic saw off members of the Serbian Armed Forces bound for the Republic of Cyprus at a barracks in Belgrade.",
			name: "Milan Petrovic", country: "RS"},
		// a quote's speaker after the verb, and a place name used as a given name
		{text: "\"The mission matters,\" said Chea Dara, a senior official.",
			name: "Chea Dara"},
		{text: "UN Resident Coordinator Douglas Whitfield thanked the troops.",
			name: "Douglas Whitfield", not: []string{"Douglas"}},
		// the place a post is held in names no state of the holder
		{text: "Moscow (TASS) - Iranian Ambassador in Moscow Reza Karimi met Russian officials in Moscow.",
			name: "Reza Karimi", country: "IR"},
		// an honorific between "counterpart" and the name
		{text: "New Delhi (PIB) - The minister met his Peruvian counterpart Ms Rosa Quispe in New Delhi.",
			name: "Rosa Quispe", country: "PE"},
		// a stated state beats the state of a body named in the post, and
		// a generic body name names no state
		{text: "Cairo - General Tariq Aziz, Chairman of the Joint Chiefs of Staff Committee of Pakistan, arrived in Cairo.",
			name: "Tariq Aziz", rank: "General", country: "PK"},
		{text: "Muscat - Dr Salim Al Harthy, Secretary-General of the Ministry of Defence, attended in Muscat.",
			name: "Salim Al Harthy", country: "OM"},
		// a list of officials each with their own post and state
		{text: "She met Singapore's Minister for Defence Tan Wei Ming, Philippine Secretary of National Defense Jose Ramos and others.",
			name: "Jose Ramos", country: "PH"},
		// a post in lower case in apposition, and a body after the name
		{text: "Beijing - Dong met General Amir Qadir, chairman of the joint chiefs of staff committee of Pakistan, in Beijing.",
			name: "Amir Qadir", rank: "General", country: "PK"},
		{text: "Butterworth - The drill was opened by Air Vice-Marshal Neil Hart of the Royal Australian Air Force in Butterworth.",
			name: "Neil Hart", rank: "Air Vice-Marshal", country: "AU"},
		// a well-known official's state beats the body that the sentence
		// names near them
		{text: "The Security Council met, chaired by Prime Minister Shigeru Ishiba.",
			name: "Shigeru Ishiba", country: "JP"},
		{text: "Indonesia's navy chief Admiral Budi Hartono received the guests.",
			name: "Budi Hartono", rank: "Admiral", country: "ID"},
		{text: "The visiting Japanese defence minister Kenji Tanaka toured the base.",
			name: "Kenji Tanaka", country: "JP"},
		{text: "Hanoi (VNA) - The head of the Malaysian delegation, Lieutenant General Kamal Hashim, thanked the hosts in Hanoi.",
			name: "Kamal Hashim", rank: "Lieutenant General", country: "MY"},
		{text: "Hanoi (VNA) - Thai Ambassador to Vietnam Somchai Boonma attended the reception in Hanoi.",
			name: "Somchai Boonma", country: "TH"},
	})
}

// TestWellKnownOfficials checks that a public figure named with no state
// serves the state the lexicon gives, not the article's most named one,
// and that a stated nationality still wins.
func TestWellKnownOfficials(t *testing.T) {
	runPersonCases(t, []personCase{
		{text: "Japan and Japan's partners met in Tokyo in the presence of President Ferdinand R. Marcos Jr. on Monday.",
			name: "Ferdinand R. Marcos Jr.", country: "PH"},
		{text: "The Chinese side recalled the talks between President Joe Biden and Chinese officials in Beijing.",
			name: "Joe Biden", country: "US"},
		{text: "Hanoi (VNA) - Minister Tanaka Ichiro of Japan met Vietnam's officials in Hanoi.",
			name: "Tanaka Ichiro", country: "JP"},
	})
}

// TestPersonCountryClasses checks whose state a person takes: the
// demonym in their own title over a country in the title of the person
// named before them, none for a UN post, and no ministry inferred from
// a foreign minister's title.
func TestPersonCountryClasses(t *testing.T) {
	x := mustExtractor(t)
	cases := []struct{ text, name, country string }{
		{"HANOI — Prime Minister of Vietnam Pham Minh Chinh and Japanese Prime Minister Fumio Kishida signed the plan in Hanoi.",
			"Fumio Kishida", "JP"},
		{"INDONESIA — Indonesian troops serve under the MONUSCO Head of Mission and Force Commander, Lt Gen Otavio Rodrigues, in Goma. Indonesia sent 1,000 troops.",
			"Otavio Rodrigues", ""},
	}
	for _, c := range cases {
		got := x.Extract("t", c.text, "")
		p := find(got, attache.Person, c.name)
		if p == nil {
			t.Errorf("no person %s in %v", c.name, names(got))
			continue
		}
		if p.Country != c.country {
			t.Errorf("country of %s = %q, want %q", c.name, p.Country, c.country)
		}
	}
	got := x.Extract("t", "JAKARTA — Indonesia's Defence Minister Budi Santoso hosted visiting Chinese State Councilor and Minister of National Defense General Dong Jun in Jakarta. Indonesia and China agreed.", "")
	for _, e := range got.Entities {
		if e.Type == attache.Organization && e.Name == "Ministry of National Defense" {
			t.Errorf("ministry inferred for a foreign minister: %+v", e)
		}
	}
}

// TestTitlesAroundHonorifics checks that the posts before a chain of
// honorifics, or before it and a comma, are the person's titles and the
// honorifics are not.
func TestTitlesAroundHonorifics(t *testing.T) {
	x := mustExtractor(t)
	for _, tt := range []struct{ text, name, title string }{
		{"Defence Minister Datuk Seri Khalid Osman met the visitors.", "Khalid Osman", "Defence Minister"},
		{"Prime Minister, Datuk Seri Rahim Yusof, received the envoy.", "Rahim Yusof", "Prime Minister"},
		{"Crown Prince Faisal Hamad opened the show.", "Faisal Hamad", "Crown Prince"},
	} {
		got := x.Extract("t", tt.text, "")
		p := find(got, attache.Person, tt.name)
		if p == nil {
			t.Errorf("%q: no person %q in %v", tt.text, tt.name, names(got))
			continue
		}
		if len(p.Titles) != 1 || p.Titles[0] != tt.title {
			t.Errorf("%q: titles %q, want [%s]", tt.text, p.Titles, tt.title)
		}
	}
}

// TestPostsOfTwoPeopleInOneSentence checks that in "the post of A, RANK A,
// and the post of B, RANK B" each post goes to its holder, with the state
// it names.
func TestPostsOfTwoPeopleInOneSentence(t *testing.T) {
	x := mustExtractor(t)
	text := "Hanoi (VNA) - The talks were held between the Director of the Logistics Department at the Vietnam People's Army, Major General Tran Quoc Hung, and Director of the Training Bureau at the Chinese Central Military Commission, Major General Zhou Ming, in Hanoi."
	got := x.Extract("t", text, "")
	for _, tt := range []struct{ name, title, country string }{
		{"Tran Quoc Hung", "Director of the Logistics Department at the Vietnam People's Army", "VN"},
		{"Zhou Ming", "Director of the Training Bureau at the Chinese Central Military Commission", "CN"},
	} {
		p := find(got, attache.Person, tt.name)
		if p == nil {
			t.Errorf("no person %q in %v", tt.name, names(got))
			continue
		}
		if len(p.Titles) != 1 || p.Titles[0] != tt.title || p.Country != tt.country {
			t.Errorf("%s: titles %q, country %q; want [%s], %s", tt.name, p.Titles, p.Country, tt.title, tt.country)
		}
	}
}

// TestListsOfOfficials covers lists where each post precedes its holder's
// rank, posts with a bracketed acronym, a rank written "Vice Marshal",
// and a well-known official named with no post at all.
func TestListsOfOfficials(t *testing.T) {
	x := mustExtractor(t)
	text := "Among those present were Navy Chief of Staff Admiral Rudi Santoso, Air Force Chief of Staff Vice Marshal Agus Wirawan, and Chief of the General Staff Lt. Gen. Hendra Kusuma. " +
		"Minister of Defence (Menhan) Budi Gunawan met Richard Marles in Jakarta."
	got := x.Extract("t", text, "")
	for _, tt := range []struct{ name, rank, title, country string }{
		{"Rudi Santoso", "Admiral", "Navy Chief of Staff", ""},
		{"Agus Wirawan", "Air Vice-Marshal", "Air Force Chief of Staff", ""},
		{"Hendra Kusuma", "Lieutenant General", "Chief of the General Staff", ""},
		{"Budi Gunawan", "", "Minister of Defence (Menhan)", ""},
		{"Richard Marles", "", "", "AU"},
	} {
		p := find(got, attache.Person, tt.name)
		if p == nil {
			t.Errorf("no person %q in %v", tt.name, names(got))
			continue
		}
		if p.Rank != tt.rank {
			t.Errorf("%s: rank %q, want %q", tt.name, p.Rank, tt.rank)
		}
		if tt.title != "" && (len(p.Titles) != 1 || p.Titles[0] != tt.title) {
			t.Errorf("%s: titles %q, want [%s]", tt.name, p.Titles, tt.title)
		}
		if tt.country != "" && p.Country != tt.country {
			t.Errorf("%s: country %q, want %s", tt.name, p.Country, tt.country)
		}
	}
	for _, e := range got.Entities {
		if e.Type == attache.Organization && (e.Name == "Air Force" || e.Name == "Ministry of Defence (Menhan)") {
			t.Errorf("unexpected organisation %q", e.Name)
		}
	}
}
