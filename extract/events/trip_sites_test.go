package events

import (
	"testing"

	"attache"
)

// TestTripSites covers the bases, schools and units a trip takes in, told
// beside another event of the sentence or after the stay they belong to:
// each is a visit of its own, made by the trip's guest.
func TestTripSites(t *testing.T) {
	ents := []ent{country("TH", "Thailand"), country("VN", "Vietnam"), country("AU", "Australia"), country("ID", "Indonesia"),
		person("Tran Van Minh", "VN"), person("Budi Santoso", "ID"), person("Kim Lee", "AU"),
		loc("Bangkok"), loc("Nakhon Ratchasima"), loc("Victory Monument"), loc("Perth"), loc("Canberra"), org("Royal Thai Air Force")}
	runClassCases(t, []classCase{{
		name:      "a base visited after a wreath-laying in one sentence",
		published: "2026-03-05",
		text:      "Vietnamese, Thai generals hold talks\n\nBANGKOK, March 5 (VNA) - General Tran Van Minh held talks with Thai officers in Bangkok on Wednesday.\n\nTran Van Minh also laid a wreath at the Victory Monument and visited a Royal Thai Air Force base in Nakhon Ratchasima.",
		ents:      ents,
		want:      []want{{"visit", "*", "Nakhon Ratchasima", "Tran Van Minh", "reported"}, {"ceremony", "*", "Victory Monument", "Tran Van Minh", "reported"}},
	}, {
		name:      "a site the guest will visit during the stay told in the same sentence",
		published: "2026-03-19",
		text:      "Indonesia, Australia sign defence pact\n\nCANBERRA (ANTARA) - Minister Budi Santoso and Minister Kim Lee signed a defence agreement in Canberra on Thursday.\n\nBudi Santoso is in Australia on an official visit from March 17 to 21, during which he is also scheduled to visit the Royal Australian Navy's Fleet Base West near Perth.",
		ents:      ents,
		want:      []want{{"visit", "2026-03-17/2026-03-21", "AU", "Budi Santoso", "reported"}, {"visit", "*", "*", "Budi Santoso", "reported"}},
	}, {
		name:      "a school the received delegation will visit before leaving",
		published: "2026-02-10",
		text:      "Thai general receives Vietnamese delegation\n\nBANGKOK, 10 Feb - General Somchai received a delegation led by General Tran Van Minh in Bangkok this afternoon.\n\nThe delegation arrived in Bangkok on 9 February and will leave Thailand on 12 February after visiting the Army Cadet School in Nakhon Ratchasima.",
		ents:      append(ents, person("Somchai", "TH")),
		want:      []want{{"visit", "*", "Nakhon Ratchasima", "Tran Van Minh", "reported"}},
		not:       []want{{"visit", "*", "Nakhon Ratchasima", "VN", ""}},
	}, {
		name:      "a tour told after an opening phrase with no comma",
		published: "2026-03-04",
		text:      "Thai, Vietnamese chiefs hold talks\n\nBANGKOK - General Somchai held talks with visiting General Tran Van Minh in Bangkok on Tuesday.\n\nOn Wednesday the visiting general is due to tour the naval base at Sattahip.",
		ents:      append(ents, person("Somchai", "TH"), loc("Sattahip")),
		want:      []want{{"visit", "*", "Sattahip", "Tran Van Minh", "reported"}},
	}, {
		name:      "a pronoun's visit after a co-chaired meeting, with another person named between",
		published: "2026-08-26",
		text:      "Australia, Indonesia hold annual ministers' dialogue\n\nCANBERRA - Minister Kim Lee and Minister Budi Santoso co-chaired the 9th Australia-Indonesia Defence Policy Dialogue in Canberra on Tuesday.\n\nBudi Santoso is accompanied by General Tran Van Minh.\n\nHe will travel to Perth on Thursday to visit a naval base before returning home.",
		ents:      append([]ent{{attache.Location, "Canberra", "AU", nil}, {attache.Location, "Perth", "AU", nil}}, ents...),
		want:      []want{{"visit", "2026-08-27", "*", "Budi Santoso", "reported"}},
		not:       []want{{"visit", "*", "*", "Tran Van Minh", ""}},
	}})
}
