package resolve_test

import (
	"testing"

	"attache"
	"attache/resolve"
)

// TestEventLinkAcrossAgencies: reports of one happening that agencies word
// differently are one event; meetings of one visitor with two hosts on
// one day, and calls of one pair on days far apart, stay apart.
func TestEventLinkAcrossAgencies(t *testing.T) {
	k := defaultKB(t)
	org := func(name, country string) attache.Entity {
		return attache.Entity{Type: attache.Organization, Name: name, Country: country}
	}
	as := []*attache.Article{
		// A call reported in Washington on the 10th and in Manila on the
		// 11th, and another call of the pair three weeks later.
		article("c1", "2025-06-10", []attache.Entity{personOf("Pete Hegseth", "US"), personOf("Gilberto Teodoro", "PH")}, []attache.Event{
			{Type: "meeting", Date: "2025-06-10", Participants: []string{"Pete Hegseth", "Gilberto Teodoro"}, Salience: "main"},
		}),
		article("c2", "2025-06-11", []attache.Entity{personOf("Gilberto Teodoro Jr.", "PH"), personOf("Pete Hegseth", "US")}, []attache.Event{
			{Type: "meeting", Date: "2025-06-11", Participants: []string{"Gilberto Teodoro Jr.", "Pete Hegseth"}, Salience: "main"},
		}),
		article("c3", "2025-07-02", []attache.Entity{personOf("Pete Hegseth", "US"), personOf("Gilberto Teodoro", "PH")}, []attache.Event{
			{Type: "meeting", Date: "2025-07-01", Participants: []string{"Pete Hegseth", "Gilberto Teodoro"}, Salience: "main"},
		}),
		// A later report recalls a meeting of the pair the day after
		// another: recalled dates are exact, so a day off is another day.
		article("c4", "2025-09-01", []attache.Entity{personOf("Pete Hegseth", "US"), personOf("Gilberto Teodoro", "PH")}, []attache.Event{
			{Type: "meeting", Date: "2025-07-02", Participants: []string{"Pete Hegseth", "Gilberto Teodoro"}, Salience: "background"},
		}),
		// A visitor received by the prime minister and in talks with the
		// minister on one day: two meetings, reported by two agencies.
		article("v1", "2025-11-12", []attache.Entity{personOf("Richard Marles", "AU"), personOf("Sjafrie Sjamsoeddin", "ID")}, []attache.Event{
			{Type: "meeting", Date: "2025-11-12", Place: "Parliament House", Participants: []string{"Richard Marles", "Sjafrie Sjamsoeddin"}, Salience: "main"},
		}),
		article("v2", "2025-11-12", []attache.Entity{personOf("Anthony Albanese", "AU"), personOf("Sjafrie Sjamsoeddin", "ID")}, []attache.Event{
			{Type: "meeting", Date: "2025-11-12", Place: "Canberra", Participants: []string{"Anthony Albanese", "Sjafrie Sjamsoeddin"}, Salience: "main"},
		}),
		// A report naming only the visitor joins the first of them.
		article("v3", "2025-11-13", []attache.Entity{personOf("Sjafrie Sjamsoeddin", "ID")}, []attache.Event{
			{Type: "meeting", Date: "2025-11-12", Participants: []string{"Sjafrie Sjamsoeddin"}, Salience: "main"},
		}),
		// A dialogue session reported as talks of its co-chairs.
		article("d1", "2025-10-18", []attache.Entity{personOf("Hoang Xuan Chien", "VN"), personOf("Andrew Byers", "US")}, []attache.Event{
			{Type: "dialogue", Date: "2025-10-16", Place: "Washington", Participants: []string{"Hoang Xuan Chien", "Andrew Byers", "VN", "US"}, Salience: "main"},
		}),
		article("d2", "2025-10-16", []attache.Entity{personOf("Andrew Byers", "US"), personOf("Hoang Xuan Chien", "VN")}, []attache.Event{
			{Type: "meeting", Date: "2025-10-16", Place: "Pentagon", Participants: []string{"Andrew Byers", "Hoang Xuan Chien"}, Salience: "main"},
		}),
		// A memorandum signed by two ministries in one report and by two
		// officials in another, the place a city in one and the country in
		// the other.
		article("m1", "2025-05-20", []attache.Entity{personOf("Gijs Tuinman", "NL"), personOf("Hoang Xuan Chien", "VN")}, []attache.Event{
			{Type: "agreement", Date: "2025-05-20", Place: "The Hague", Participants: []string{"Gijs Tuinman", "Hoang Xuan Chien", "NL", "VN"}, Salience: "main"},
		}),
		article("m2", "2025-05-21", []attache.Entity{org("Ministry of National Defence", "VN"), org("Ministry of Defence", "NL")}, []attache.Event{
			{Type: "agreement", Date: "2025-05-20", Place: "Netherlands", Participants: []string{"Ministry of National Defence", "Ministry of Defence", "VN", "NL"}, Salience: "main"},
		}),
		// A report naming only the two countries and another city is
		// another signing.
		article("m3", "2025-05-21", nil, []attache.Event{
			{Type: "agreement", Date: "2025-05-20", Place: "Hanoi", Participants: []string{"VN", "NL"}, Salience: "main"},
		}),
		// A call reported with no day ("the ministry said") joins the
		// call of the pair dated the day before publication, not their
		// meeting of February.
		article("u1", "2025-02-03", []attache.Entity{personOf("Gen Nakatani", "JP"), personOf("Gilberto Teodoro", "PH")}, []attache.Event{
			{Type: "meeting", Date: "2025-02-02", Participants: []string{"Gen Nakatani", "Gilberto Teodoro"}, Salience: "main"},
		}),
		article("u2", "2025-03-10", []attache.Entity{personOf("Gilberto Teodoro", "PH"), personOf("Gen Nakatani", "JP")}, []attache.Event{
			{Type: "meeting", Date: "2025-03-09", Participants: []string{"Gilberto Teodoro", "Gen Nakatani"}, Salience: "main"},
		}),
		article("u3", "2025-03-10", []attache.Entity{personOf("Gen Nakatani", "JP"), personOf("Gilberto Teodoro", "PH")}, []attache.Event{
			{Type: "meeting", Date: "2025", Participants: []string{"Gen Nakatani", "Gilberto Teodoro"}, Salience: "main"},
		}),
		// Recalled in passing, with no day, it could be either.
		article("u4", "2025-03-12", []attache.Entity{personOf("Gen Nakatani", "JP"), personOf("Gilberto Teodoro", "PH")}, []attache.Event{
			{Type: "meeting", Date: "2025", Participants: []string{"Gen Nakatani", "Gilberto Teodoro"}, Salience: "background"},
		}),
	}
	ev, _ := eventsOf(resolve.Build(k, as).Knowledge())
	same := sameEvent(t, ev)
	same("c1#0", "c2#0", true)
	same("c1#0", "c3#0", false)
	same("c3#0", "c4#0", false)
	same("v1#0", "v2#0", false)
	same("v3#0", "v1#0", true)
	same("d1#0", "d2#0", true)
	same("m1#0", "m2#0", true)
	same("m1#0", "m3#0", false)
	same("u3#0", "u2#0", true)
	same("u3#0", "u1#0", false)
	same("u4#0", "u1#0", false)
	same("u4#0", "u2#0", false)
}

// TestEventLinkKeepsApart: happenings a reader keeps apart though they
// share people, days or a country: one pair meeting again the next day in
// the same city, an undated report of a later call of a pair, the defence
// ministers' own meeting on the day of a 2+2 dialogue, a bilateral meeting
// on the sidelines of a forum its speaker addressed, and a ceremony given
// only by its country on the day of another in a city, a meeting of two
// countries named without persons on the day another pair with one of
// them met, two signings of one ministry with other people on one day,
// two signings the extractor names alike, the sessions of one number of
// two pairs' dialogues, a meeting recalled by its month when the pair met
// twice that month.
// Next to each, the
// report a reader does link.
func TestEventLinkKeepsApart(t *testing.T) {
	k := defaultKB(t)
	org := func(name, country string) attache.Entity {
		return attache.Entity{Type: attache.Organization, Name: name, Country: country}
	}
	khaled, sjafrie := personOf("Mohamed Khaled Nordin", "MY"), personOf("Sjafrie Sjamsoeddin", "ID")
	pair := []string{"Mohamed Khaled Nordin", "Sjafrie Sjamsoeddin"}
	marles, nakatani := personOf("Richard Marles", "AU"), personOf("Gen Nakatani", "JP")
	mn := []string{"Richard Marles", "Gen Nakatani"}
	as := []*attache.Article{
		// Talks on Monday, a working breakfast on Tuesday, both in Kuala
		// Lumpur, each reported on its day; a later report recalls Monday.
		article("k1", "2025-02-10", []attache.Entity{khaled, sjafrie}, []attache.Event{
			{Type: "meeting", Date: "2025-02-10", Place: "Kuala Lumpur", Participants: pair, Salience: "main"},
		}),
		article("k2", "2025-02-11", []attache.Entity{sjafrie, khaled}, []attache.Event{
			{Type: "meeting", Date: "2025-02-11", Place: "Kuala Lumpur", Participants: pair, Salience: "main"},
		}),
		article("k3", "2025-02-12", []attache.Entity{sjafrie, khaled}, []attache.Event{
			{Type: "meeting", Date: "2025-02-10", Place: "Kuala Lumpur", Participants: pair, Salience: "background"},
		}),
		// Talks on April 7, reported undated the next day, and a video
		// call reported undated five days later.
		article("n1", "2025-04-08", []attache.Entity{nakatani, marles}, []attache.Event{
			{Type: "meeting", Date: "2025-04-07", Place: "Tokyo", Participants: mn, Salience: "main"},
		}),
		article("n2", "2025-04-08", []attache.Entity{marles, nakatani}, []attache.Event{
			{Type: "meeting", Date: "2025", Participants: mn, Salience: "main"},
		}),
		article("n3", "2025-04-12", []attache.Entity{marles, nakatani}, []attache.Event{
			{Type: "meeting", Date: "2025", Participants: mn, Salience: "main"},
		}),
		// A 2+2 dialogue of four ministers and the two defence ministers'
		// own meeting that day.
		article("t1", "2024-07-09", []attache.Entity{personOf("Enrique Manalo", "PH"), personOf("Gilberto Teodoro", "PH"), personOf("Yoko Kamikawa", "JP"), personOf("Minoru Kihara", "JP")}, []attache.Event{
			{Type: "dialogue", Date: "2024-07-08", Place: "Manila", Name: "second 2+2 dialogue",
				Participants: []string{"Enrique Manalo", "Gilberto Teodoro", "Yoko Kamikawa", "Minoru Kihara", "PH", "JP"}, Salience: "main"},
		}),
		article("t2", "2024-07-08", []attache.Entity{personOf("Minoru Kihara", "JP"), personOf("Gilberto Teodoro", "PH")}, []attache.Event{
			{Type: "meeting", Date: "2024-07-08", Place: "Manila", Participants: []string{"Minoru Kihara", "Gilberto Teodoro"}, Salience: "main"},
		}),
		// A named dialogue its speaker addressed, and his bilateral
		// meeting on its sidelines.
		article("s1", "2025-06-01", []attache.Entity{personOf("Pete Hegseth", "US")}, []attache.Event{
			{Type: "dialogue", Date: "2025-05-31", Place: "Singapore", Name: "Shangri-La Dialogue", Participants: []string{"Pete Hegseth"}, Salience: "main"},
		}),
		article("s2", "2025-05-31", []attache.Entity{personOf("Gilberto Teodoro", "PH"), personOf("Pete Hegseth", "US")}, []attache.Event{
			{Type: "meeting", Date: "2025-05-31", Place: "Singapore", Participants: []string{"Gilberto Teodoro", "Pete Hegseth"}, Salience: "main"},
		}),
		// A numbered dialogue session and the talks of its co-chairs
		// under that number.
		article("i1", "2024-06-19", []attache.Entity{personOf("Hoang Xuan Chien", "VN"), personOf("Giridhar Aramane", "IN")}, []attache.Event{
			{Type: "dialogue", Date: "2024-06-18", Place: "Hanoi", Name: "13th defence policy dialogue",
				Participants: []string{"Hoang Xuan Chien", "Giridhar Aramane", "VN", "IN"}, Salience: "main"},
		}),
		article("i2", "2024-06-20", []attache.Entity{personOf("Giridhar Aramane", "IN")}, []attache.Event{
			{Type: "meeting", Date: "2024-06-18", Place: "Hanoi", Name: "13th defence policy dialogue talks",
				Participants: []string{"Giridhar Aramane"}, Salience: "main"},
		}),
		// A ceremony in Hanoi, and one given only as "in Viet Nam" by a
		// report that names no person.
		article("h1", "2025-06-04", []attache.Entity{personOf("Hoang Xuan Chien", "VN"), personOf("Marc Knapper", "US")}, []attache.Event{
			{Type: "ceremony", Date: "2025-06-03", Place: "Hanoi", Participants: []string{"Hoang Xuan Chien", "Marc Knapper", "VN", "US"}, Salience: "main"},
		}),
		article("h2", "2025-06-04", []attache.Entity{org("US Navy", "US")}, []attache.Event{
			{Type: "ceremony", Date: "2025-06-03", Place: "VN", Participants: []string{"US Navy", "US", "VN"}, Salience: "main"},
		}),
		// Ministers of Viet Nam and Laos meet in Hanoi; a report naming
		// no person has Viet Nam and Cambodia meet that day.
		article("l1", "2025-05-05", []attache.Entity{personOf("Phan Van Giang", "VN"), personOf("Khamliang Outhakaysone", "LA")}, []attache.Event{
			{Type: "meeting", Date: "2025-05-05", Place: "Hanoi", Participants: []string{"Phan Van Giang", "Khamliang Outhakaysone", "VN", "LA"}, Salience: "main"},
		}),
		article("l2", "2025-05-06", nil, []attache.Event{
			{Type: "meeting", Date: "2025-05-05", Participants: []string{"VN", "KH"}, Salience: "main"},
		}),
		// Two signings of one day with one ministry on one side and
		// other people each time.
		article("g1", "2025-08-12", []attache.Entity{personOf("Hoang Xuan Chien", "VN"), personOf("Gijs Tuinman", "NL"), org("Ministry of National Defence", "VN")}, []attache.Event{
			{Type: "agreement", Date: "2025-08-12", Participants: []string{"Hoang Xuan Chien", "Gijs Tuinman", "Ministry of National Defence"}, Salience: "main"},
		}),
		article("g2", "2025-08-12", []attache.Entity{personOf("Nguyen Truong Thang", "VN"), personOf("Khamliang Outhakaysone", "LA"), org("Ministry of National Defence", "VN")}, []attache.Event{
			{Type: "agreement", Date: "2025-08-12", Participants: []string{"Nguyen Truong Thang", "Khamliang Outhakaysone", "Ministry of National Defence"}, Salience: "main"},
		}),
		// Two signings months apart that the extractor names by their
		// trigger alone.
		article("m1", "2025-03-02", []attache.Entity{personOf("Rajnath Singh", "IN")}, []attache.Event{
			{Type: "agreement", Date: "2025-03-01", Name: "signed a memorandum", Participants: []string{"Rajnath Singh", "IN"}, Salience: "main"},
		}),
		article("m2", "2025-09-06", []attache.Entity{personOf("Ahn Gyu-back", "KR")}, []attache.Event{
			{Type: "agreement", Date: "2025-09-05", Name: "signed a memorandum", Participants: []string{"Ahn Gyu-back", "KR"}, Salience: "main"},
		}),
		// The 12th sessions of two pairs' dialogues of the same name, and
		// a report of the first a day off that names one of its countries.
		article("o1", "2025-10-18", nil, []attache.Event{
			{Type: "dialogue", Date: "2025-10-16", Name: "12th Defence Policy Dialogue", Participants: []string{"VN", "US"}, Salience: "main"},
		}),
		article("o2", "2025-11-20", nil, []attache.Event{
			{Type: "dialogue", Date: "2025-11-19", Name: "12th Defence Policy Dialogue", Participants: []string{"VN", "IN"}, Salience: "main"},
		}),
		article("o3", "2025-10-17", nil, []attache.Event{
			{Type: "dialogue", Date: "2025-10-17", Name: "12th defence policy dialogue", Participants: []string{"US"}, Salience: "main"},
		}),
		// A pair that met twice in May, and a report recalling that they
		// met "in May": it could be either.
		article("y1", "2025-05-03", []attache.Entity{marles, nakatani}, []attache.Event{
			{Type: "meeting", Date: "2025-05-02", Place: "Darwin", Participants: mn, Salience: "main"},
		}),
		article("y2", "2025-05-29", []attache.Entity{marles, nakatani}, []attache.Event{
			{Type: "meeting", Date: "2025-05-28", Place: "Tokyo", Participants: mn, Salience: "main"},
		}),
		article("y3", "2025-07-01", []attache.Entity{marles, nakatani}, []attache.Event{
			{Type: "meeting", Date: "2025-05", Participants: mn, Salience: "background"},
		}),
	}
	ev, _ := eventsOf(resolve.Build(k, as).Knowledge())
	same := sameEvent(t, ev)
	same("y3#0", "y1#0", false)
	same("y3#0", "y2#0", false)
	same("m1#0", "m2#0", false)
	same("o1#0", "o2#0", false)
	same("o3#0", "o1#0", true)
	same("g1#0", "g2#0", false)
	same("l1#0", "l2#0", false)
	same("k1#0", "k2#0", false)
	same("k3#0", "k1#0", true)
	same("n2#0", "n1#0", true)
	same("n3#0", "n1#0", false)
	same("t1#0", "t2#0", false)
	same("s1#0", "s2#0", false)
	same("i1#0", "i2#0", true)
	same("h1#0", "h2#0", false)
}

// TestEventSubjects: a report naming no person and giving only the
// country joins the event of that day its countries held in a city or
// venue of it when the two tell one subject (lower-case words in common
// besides the words any report uses); a ceremony of another subject that
// day, or one sharing only such plain words, stays apart, also once the
// country-placed report came first.
func TestEventSubjects(t *testing.T) {
	k := defaultKB(t)
	org := func(name, country string) attache.Entity {
		return attache.Entity{Type: attache.Organization, Name: name, Country: country}
	}
	cer := func(id, published, place, evidence string, ents []attache.Entity, participants ...string) *attache.Article {
		return article(id, published, ents, []attache.Event{
			{Type: "ceremony", Date: "2025-06-03", Place: place, Participants: participants, Salience: "main", Evidence: evidence},
		})
	}
	as := []*attache.Article{
		cer("h2", "2025-06-03", "VN", "The two countries held a ceremony in Viet Nam on Tuesday to hand over land cleaned of dioxin, the ministry said.",
			[]attache.Entity{org("State Department", "US")}, "State Department", "US", "VN"),
		cer("h1", "2025-06-04", "Bien Hoa airbase", "The deputy minister and the ambassador attended the handover ceremony for cleaned land at the airbase.",
			[]attache.Entity{personOf("Hoang Xuan Chien", "VN"), personOf("Marc Knapper", "US")}, "Hoang Xuan Chien", "Marc Knapper", "VN", "US"),
		cer("h3", "2025-06-04", "VN", "A welcome ceremony was held in Viet Nam on June 3 for the crew of a hospital ship.",
			[]attache.Entity{org("US Navy", "US")}, "US Navy", "US", "VN"),
		cer("h4", "2025-06-04", "VN", "The ministry held a ceremony marking the anniversary, attended by officials of the two countries.",
			[]attache.Entity{org("US Navy", "US")}, "US Navy", "US", "VN"),
	}
	ev, _ := eventsOf(resolve.Build(k, as).Knowledge())
	same := sameEvent(t, ev)
	same("h2#0", "h1#0", true)
	same("h3#0", "h1#0", false)
	same("h4#0", "h1#0", false)
}

// TestRotationMoves: the departure of a numbered unit rotation and its
// arrival in the mission area days later are one deployment, though the
// report from the mission area takes the unit for one of the host
// country's; another rotation of that unit, the same rotation a year
// later, one sent to another mission, and an unnumbered unit's two moves
// stay apart.
func TestRotationMoves(t *testing.T) {
	k := defaultKB(t)
	org := func(name, country string) attache.Entity {
		return attache.Entity{Type: attache.Organization, Name: name, Country: country}
	}
	dep := func(id, published, date, unit, rotation, mission, country string) *attache.Article {
		return article(id, published, []attache.Entity{org(unit, country)}, []attache.Event{
			{Type: "deployment", Date: date, Unit: unit, Rotation: rotation, Mission: mission,
				Participants: []string{unit, country}, Salience: "main"},
		})
	}
	const h7, h6, eng = "Level-2 Field Hospital Rotation 7", "Level-2 Field Hospital Rotation 6", "Engineering Unit"
	as := []*attache.Article{
		dep("r1", "2025-05-21", "2025-05-20", h7, "7", "UNMISS", "VN"),
		dep("r2", "2025-05-23", "2025-05-22", h7, "7", "UNMISS", "SS"),
		dep("r3", "2025-05-24", "2025-05-23", h6, "6", "UNMISS", "VN"),
		dep("r4", "2026-05-26", "2026-05-25", h7, "7", "UNMISS", "VN"),
		dep("r5", "2025-05-26", "2025-05-25", h7, "7", "UNISFA", "VN"),
		dep("e1", "2025-04-02", "2025-04-01", eng, "", "UNISFA", "VN"),
		dep("e2", "2025-04-11", "2025-04-10", eng, "", "UNISFA", "VN"),
	}
	ev, _ := eventsOf(resolve.Build(k, as).Knowledge())
	same := sameEvent(t, ev)
	same("r2#0", "r1#0", true)
	same("r3#0", "r1#0", false)
	same("r4#0", "r1#0", false)
	same("r5#0", "r1#0", false)
	same("e2#0", "e1#0", false)
}

// TestRecalledByMonthAndPlace: talks a later report recalls by their
// month and city ("their talks in Seoul last month") are the pair's
// talks in that city that month, not their phone call of the month,
// which has no place; recalled with no place, or in another city, or when
// the pair met twice in that city that month, they could be either.
func TestRecalledByMonthAndPlace(t *testing.T) {
	k := defaultKB(t)
	ahn, khaled := personOf("Ahn Gyu-back", "KR"), personOf("Mohamed Khaled Nordin", "MY")
	pair := []string{"Ahn Gyu-back", "Mohamed Khaled Nordin"}
	meet := func(id, published, date, place string, salience string) *attache.Article {
		return article(id, published, []attache.Entity{ahn, khaled}, []attache.Event{
			{Type: "meeting", Date: date, Place: place, Participants: pair, Salience: salience},
		})
	}
	as := []*attache.Article{
		meet("s1", "2025-09-10", "2025-09-09", "Seoul", "main"),
		meet("s2", "2025-09-25", "2025-09-24", "", "main"),
		meet("s3", "2025-10-20", "2025-09", "Seoul", "background"),
		meet("s4", "2025-10-21", "2025-09", "", "background"),
		meet("s5", "2025-10-22", "2025-09", "Busan", "background"),
		// another pair meeting twice in one city in a month
		meet("t1", "2025-06-04", "2025-06-03", "Kuala Lumpur", "main"),
		meet("t2", "2025-06-20", "2025-06-19", "Kuala Lumpur", "main"),
		meet("t3", "2025-07-15", "2025-06", "Kuala Lumpur", "background"),
	}
	ev, _ := eventsOf(resolve.Build(k, as).Knowledge())
	same := sameEvent(t, ev)
	same("s3#0", "s1#0", true)
	same("s3#0", "s2#0", false)
	same("s4#0", "s1#0", false)
	same("s4#0", "s2#0", false)
	same("s5#0", "s1#0", false)
	same("t3#0", "t1#0", false)
	same("t3#0", "t2#0", false)
}

// TestEntourageAbroad: a report of a visitor's call that names, besides
// him, only officials of his own country who came with him abroad tells
// the meeting another report gives with his host; the host's meeting
// with officials of his own at home that day, and the visitor's call on a
// second host, stay apart.
func TestEntourageAbroad(t *testing.T) {
	k := defaultKB(t)
	ahn, khaled := personOf("Ahn Gyu-back", "KR"), personOf("Mohamed Khaled Nordin", "MY")
	// officers by rank, whose country one report settles
	rahman := person("Mohammad Ab Rahman", nil, "General", "MY", nil, nil)
	kim := person("Kim Myung-soo", nil, "Admiral", "KR", nil, nil)
	han := person("Han Duck-soo", nil, "", "KR", []string{"Prime Minister"}, nil)
	meet := func(id string, ents []attache.Entity, names ...string) *attache.Article {
		return article(id, "2025-05-14", ents, []attache.Event{
			{Type: "meeting", Date: "2025-05-13", Place: "Seoul", Participants: names, Salience: "main"},
		})
	}
	as := []*attache.Article{
		meet("e1", []attache.Entity{ahn, khaled}, "Ahn Gyu-back", "Mohamed Khaled Nordin"),
		meet("e2", []attache.Entity{khaled, rahman}, "Mohamed Khaled Nordin", "Mohammad Ab Rahman"),
		meet("e3", []attache.Entity{ahn, kim}, "Ahn Gyu-back", "Kim Myung-soo"),
		meet("e4", []attache.Entity{han, khaled}, "Han Duck-soo", "Mohamed Khaled Nordin"),
	}
	ev, _ := eventsOf(resolve.Build(k, as).Knowledge())
	same := sameEvent(t, ev)
	same("e2#0", "e1#0", true)
	same("e3#0", "e1#0", false)
	same("e4#0", "e1#0", false)
}

// TestEventLinkCallPlacesAndContingents: a call reported on either side
// of the date line, where one agency tells the phone talks and the other
// only that the ministers spoke, under its own dateline, is one call; a
// contingent announced, leaving and arriving a day later is one
// deployment. Next to each, what stays apart: the pair meeting in one city
// on two days, another contingent of the country to the mission that month,
// the same strength a year later, and another country's contingent.
func TestEventLinkCallPlacesAndContingents(t *testing.T) {
	k := defaultKB(t)
	koizumi, mcguinty := personOf("Koizumi Shinjiro", "JP"), personOf("David McGuinty", "CA")
	pair := []string{"Koizumi Shinjiro", "David McGuinty"}
	deploy := func(date, place, mission string, n int, country string) attache.Event {
		return attache.Event{Type: "deployment", Date: date, Place: place, Mission: mission, Personnel: n,
			Participants: []string{country}, Salience: "main"}
	}
	as := []*attache.Article{
		article("t1", "2026-01-21", []attache.Entity{koizumi, mcguinty}, []attache.Event{
			{Type: "meeting", Date: "2026-01-21", Participants: pair, Salience: "main",
				Evidence: "Koizumi holds phone talks with Canadian counterpart"},
		}),
		article("t2", "2026-01-20", []attache.Entity{mcguinty, koizumi}, []attache.Event{
			{Type: "meeting", Date: "2026-01-20", Place: "Ottawa", Participants: pair, Salience: "main",
				Evidence: "OTTAWA — The minister spoke with Japan's Minister of Defense on January 20."},
		}),
		// Talks in Ottawa, then a working lunch there the next day.
		article("t3", "2026-03-02", []attache.Entity{koizumi, mcguinty}, []attache.Event{
			{Type: "meeting", Date: "2026-03-02", Place: "Ottawa", Participants: pair, Salience: "main",
				Evidence: "The ministers held talks in Ottawa on Monday."},
		}),
		article("t4", "2026-03-03", []attache.Entity{koizumi, mcguinty}, []attache.Event{
			{Type: "meeting", Date: "2026-03-03", Place: "Ottawa", Participants: pair, Salience: "main",
				Evidence: "The ministers met again over a working lunch in Ottawa."},
		}),
		article("d1", "2026-06-02", nil, []attache.Event{deploy("2026-06-08", "Lebanon", "UNIFIL", 184, "KH")}),
		article("d2", "2026-06-10", nil, []attache.Event{deploy("2026-06-09", "Naqoura", "UNIFIL", 184, "KH")}),
		article("d3", "2026-06-20", nil, []attache.Event{deploy("2026-06-19", "Naqoura", "UNIFIL", 150, "KH")}),
		article("d4", "2027-06-09", nil, []attache.Event{deploy("2027-06-08", "Naqoura", "UNIFIL", 184, "KH")}),
		article("d5", "2026-06-10", nil, []attache.Event{deploy("2026-06-09", "Naqoura", "UNIFIL", 184, "ID")}),
	}
	ev, _ := eventsOf(resolve.Build(k, as).Knowledge())
	same := sameEvent(t, ev)
	same("t1#0", "t2#0", true)
	same("t3#0", "t4#0", false)
	same("d1#0", "d2#0", true)
	same("d1#0", "d3#0", false)
	same("d2#0", "d3#0", false)
	same("d1#0", "d4#0", false)
	same("d2#0", "d5#0", false)
}

// TestEventLinkRecalledSigning: a later report that recalls a signing by
// its month and countries alone ("the memorandum the two countries signed
// in March"), in passing, joins the pair's one signing of that month,
// wherever the recalling report is placed; when the pair signed twice
// that month, or the countries are another pair's, it joins none.
func TestEventLinkRecalledSigning(t *testing.T) {
	k := defaultKB(t)
	khaled, guler, ahn := personOf("Mohamed Khaled Nordin", "MY"), personOf("Yasar Guler", "TR"), personOf("Ahn Gyu-back", "KR")
	lim := personOf("Lim Juay Jin", "MY")
	sign := func(date, place string, parties ...string) attache.Event {
		return attache.Event{Type: "agreement", Date: date, Place: place, Participants: parties, Salience: "main"}
	}
	recall := func(date, place string, countries ...string) attache.Event {
		return attache.Event{Type: "agreement", Date: date, Place: place, Participants: countries, Salience: "background"}
	}
	as := []*attache.Article{
		article("s1", "2026-03-13", []attache.Entity{khaled, guler}, []attache.Event{
			sign("2026-03-12", "Ankara", "Mohamed Khaled Nordin", "Yasar Guler", "MY", "TR")}),
		article("s2", "2026-08-20", nil, []attache.Event{recall("2026-03", "MY", "MY", "TR")}),
		// Two signings of Malaysia and Korea in April: a recall of "April"
		// could be either.
		article("k1", "2026-04-03", []attache.Entity{khaled, ahn}, []attache.Event{
			sign("2026-04-02", "Seoul", "Mohamed Khaled Nordin", "Ahn Gyu-back", "MY", "KR")}),
		article("k2", "2026-04-21", []attache.Entity{lim, ahn}, []attache.Event{
			sign("2026-04-20", "Kuala Lumpur", "Lim Juay Jin", "Ahn Gyu-back", "MY", "KR")}),
		article("k3", "2026-09-01", nil, []attache.Event{recall("2026-04", "", "MY", "KR")}),
		// Another pair's signing recalled for March.
		article("x1", "2026-09-02", nil, []attache.Event{recall("2026-03", "", "MY", "KR")}),
	}
	ev, _ := eventsOf(resolve.Build(k, as).Knowledge())
	same := sameEvent(t, ev)
	same("s1#0", "s2#0", true)
	same("k1#0", "k3#0", false)
	same("k2#0", "k3#0", false)
	same("s1#0", "x1#0", false)
}

// TestEventLinkSigningToldWithoutItsDay: a report that tells a signing
// as its news but gives it no day ("A plan of military cooperation for
// the current year was signed", below talks of the day before), known
// only by its year and its countries, joins the pair's signing that
// another report dates to its publication day or the day before, in
// either order of the articles; not a signing of the pair days earlier,
// not another pair's, and not when it tells the signing in passing.
func TestEventLinkSigningToldWithoutItsDay(t *testing.T) {
	k := defaultKB(t)
	kz, uz := personOf("Ruslan Zhaksylykov", "KZ"), personOf("Shukhrat Khalmukhamedov", "UZ")
	sign := func(date string, parties ...string) attache.Event {
		return attache.Event{Type: "agreement", Date: date, Place: "Astana", Participants: parties, Salience: "main"}
	}
	told := func(salience string, countries ...string) attache.Event {
		return attache.Event{Type: "agreement", Date: "2025", Place: "KZ", Participants: countries, Salience: salience}
	}
	for _, order := range []string{"dated report first", "undated report first"} {
		as := []*attache.Article{
			article("d1", "2025-04-08", []attache.Entity{kz, uz}, []attache.Event{
				sign("2025-04-08", "Ruslan Zhaksylykov", "Shukhrat Khalmukhamedov", "KZ", "UZ")}),
			// The same pair's signing of a week before.
			article("w1", "2025-04-01", []attache.Entity{kz, uz}, []attache.Event{
				sign("2025-04-01", "Ruslan Zhaksylykov", "Shukhrat Khalmukhamedov", "KZ", "UZ")}),
			article("n1", "2025-04-09", nil, []attache.Event{told("reported", "UZ", "KZ")}),
			article("n2", "2025-04-09", nil, []attache.Event{told("reported", "UZ", "TJ")}),
			article("n3", "2025-04-09", nil, []attache.Event{told("background", "UZ", "KZ")}),
			article("n4", "2025-04-03", nil, []attache.Event{told("reported", "UZ", "KZ")}),
		}
		if order == "undated report first" {
			// The dated report filed after the undated one: the signing
			// of April 8 told on April 9 is still that signing.
			as[0].Published = "2025-04-10"
		}
		ev, _ := eventsOf(resolve.Build(k, as).Knowledge())
		same := sameEvent(t, ev)
		same("d1#0", "n1#0", true)
		same("w1#0", "n1#0", false)
		same("d1#0", "n2#0", false)
		same("d1#0", "n3#0", false)
		same("d1#0", "n4#0", false)
	}
}

// TestRecalledByCountriesAndPlace: a later report that recalls an event
// by its month, its countries and its place alone, naming no person or
// body ("the first iteration held at Basa Air Base in April"), in
// passing, joins the pair's one event of that type there that month;
// recalled at another place, with no place, by another pair, as its own
// news, or when the pair held two there that month, it joins none.
func TestRecalledByCountriesAndPlace(t *testing.T) {
	k := defaultKB(t)
	paf := attache.Entity{Type: attache.Organization, Name: "Philippine Air Force", Country: "PH"}
	usaf := attache.Entity{Type: attache.Organization, Name: "US Air Force", Country: "US"}
	drill := func(date, place string) attache.Event {
		return attache.Event{Type: "exercise", Date: date, Place: place, Salience: "main",
			Participants: []string{"Philippine Air Force", "US Air Force", "PH", "US"}}
	}
	recall := func(date, place, salience string, countries ...string) attache.Event {
		return attache.Event{Type: "exercise", Date: date, Place: place, Participants: countries, Salience: salience}
	}
	as := []*attache.Article{
		article("d1", "2025-04-22", []attache.Entity{paf, usaf}, []attache.Event{drill("2025-04-21", "Basa Air Base")}),
		article("r1", "2025-07-10", nil, []attache.Event{recall("2025-04", "Basa Air Base", "background", "PH", "US")}),
		article("r2", "2025-07-11", nil, []attache.Event{recall("2025-04", "Clark Air Base", "background", "PH", "US")}),
		article("r3", "2025-07-12", nil, []attache.Event{recall("2025-04", "", "background", "PH", "US")}),
		article("r4", "2025-07-13", nil, []attache.Event{recall("2025-04", "Basa Air Base", "background", "PH", "JP")}),
		article("r5", "2025-04-30", nil, []attache.Event{recall("2025-04", "Basa Air Base", "main", "PH", "US")}),
		// Two drills of the pair at one base in one month: a recall of
		// that month there could be either.
		article("m1", "2025-05-06", []attache.Entity{paf, usaf}, []attache.Event{drill("2025-05-05", "Clark Air Base")}),
		article("m2", "2025-05-20", []attache.Entity{paf, usaf}, []attache.Event{drill("2025-05-19", "Clark Air Base")}),
		article("m3", "2025-08-01", nil, []attache.Event{recall("2025-05", "Clark Air Base", "background", "PH", "US")}),
	}
	ev, _ := eventsOf(resolve.Build(k, as).Knowledge())
	same := sameEvent(t, ev)
	same("d1#0", "r1#0", true)
	same("d1#0", "r2#0", false)
	same("d1#0", "r3#0", false)
	same("d1#0", "r4#0", false)
	same("d1#0", "r5#0", false)
	same("m1#0", "m3#0", false)
	same("m2#0", "m3#0", false)
	same("m1#0", "m2#0", false)
}
