package storetest

import (
	"strings"
	"time"

	"attache"
)

// Articles written for the suite: short defence-diplomacy reports whose
// words, dates and sources are chosen so that each filter and ranking case
// has a known answer.
var (
	textHanoi = "Hà Nội (VNA) – Minister of National Defence General Phan Văn Giang received " +
		"Indian Defence Secretary Rajesh Kumar Singh in Hà Nội on Tuesday.\n\n" +
		"The two sides agreed to expand peacekeeping training and defence industry cooperation."
	textJakarta = "Jakarta – Indonesian and Australian navies held a joint exercise in the Arafura Sea. " +
		"The exercise involved 12 ships and 1,200 sailors. Observers from Ha Noi attended."
	textJuba = "Peacekeeping: Viet Nam sent Level-2 Field Hospital Rotation 7 to Bentiu, South Sudan, " +
		"under UNMISS. The 63 medics include 14 women. Peacekeeping peacekeeping peacekeeping."
	textTokyo = "Tokyo – Japan and the Philippines signed a reciprocal access agreement. " +
		"Defence ministers said the agreement would ease joint training."
)

// richArticle returns an article that sets every field, with an
// extraction that sets every field, for round-trip tests.
func richArticle(id string) *attache.Article {
	text := textHanoi
	giang := strings.Index(text, "Phan Văn Giang")
	singh := strings.Index(text, "Rajesh Kumar Singh")
	hn := strings.Index(text, "Hà Nội")
	return &attache.Article{
		ID:          id,
		URL:         "https://example.org/news/" + id,
		Path:        "feeds/vna.xml",
		Title:       "Minister receives Indian Defence Secretary",
		Source:      "VNA",
		Published:   "2025-03-04",
		Format:      "rss",
		Original:    []byte("<p>Hà Nội (VNA) – ...</p>\x00\xff binary-safe"),
		Text:        text,
		Removed:     []attache.Removal{{Kind: "photo-credit", Text: "(Photo: VNA)"}, {Kind: "see-more", Text: "See more"}},
		SimHash:     0xF00D_CAFE_DEAD_BEEF, // high bit set: must survive int64 storage
		DuplicateOf: "",
		IngestedAt:  time.Date(2025, 3, 4, 10, 11, 12, 123456789, time.UTC),
		Extraction: &attache.Extraction{
			Doc:       id + ".txt",
			Published: "2025-03-04",
			Sentences: []attache.Span{{Start: 0, End: strings.Index(text, "\n")}, {Start: strings.LastIndex(text, "The two"), End: len(text)}},
			Entities: []attache.Entity{
				{ID: "e1", Type: attache.Person, Name: "Phan Văn Giang", Aliases: []string{"General Giang", "Giang"},
					Rank: "General", Titles: []string{"Minister of National Defence", "Deputy Secretary"},
					Former: []string{"Deputy Secretary"}, Country: "VN",
					Mentions: []attache.Mention{{Start: giang, End: giang + len("Phan Văn Giang"), Text: "Phan Văn Giang", Sentence: 0}}},
				{ID: "e2", Type: attache.Person, Name: "Rajesh Kumar Singh", Aliases: []string{},
					Titles: []string{"Defence Secretary"}, Country: "IN",
					Mentions: []attache.Mention{{Start: singh, End: singh + len("Rajesh Kumar Singh"), Text: "Rajesh Kumar Singh"}}},
				{ID: "e3", Type: attache.Location, Name: "Hà Nội", Aliases: []string{"Hanoi"}, Country: "VN",
					Mentions: []attache.Mention{
						{Start: hn, End: hn + len("Hà Nội"), Text: "Hà Nội"},
						{Start: strings.LastIndex(text, "Hà Nội"), End: strings.LastIndex(text, "Hà Nội") + len("Hà Nội"), Text: "Hà Nội"}}},
				{ID: "e4", Type: attache.Country, Name: "India", Country: "IN", Mentions: []attache.Mention{}},
			},
			Events: []attache.Event{
				{Type: "meeting", Name: "reception", Date: "2025-03-04", Place: "Hà Nội",
					Participants: []string{"Phan Văn Giang", "Rajesh Kumar Singh"}, Salience: "main",
					Cameo: "043", Plover: "CONSULT", Evidence: text[:strings.Index(text, "\n")],
					Start: 0, End: strings.Index(text, "\n"), Confidence: 0.875},
				{Type: "deployment", Date: "2025-04/2025-05", Place: "SS", Participants: []string{"VN"},
					Salience: "background", Cameo: "074", Plover: "AID", Mission: "UNMISS", Unit: "Level-2 Field Hospital",
					Rotation: "7", Personnel: 63, Women: 14, Scheduled: true, Evidence: "sent", Start: 5, End: 9, Confidence: 0.5},
				{Type: "statement", Participants: nil, Salience: "reported"},
			},
			Quantities: []attache.Quantity{{Value: 63, Unit: "medics", Start: 10, End: 18}, {Value: 14, Unit: "women", Start: 27, End: 32}},
		},
	}
}

// plain returns a minimal article.
func plain(id, title, text, published, source string) *attache.Article {
	return &attache.Article{ID: id, Title: title, Text: text, Published: published, Source: source, Format: "text"}
}

// filterSet is the set of articles the filter and search tests share.
func filterSet() []*attache.Article {
	juba := plain("a-juba", "Viet Nam sends field hospital to UNMISS", textJuba, "2024-11-02", "VNA")
	juba.Extraction = &attache.Extraction{
		Entities: []attache.Entity{{ID: "e1", Type: attache.Organization, Name: "UN Mission in South Sudan", Aliases: []string{"UNMISS"}}},
		Events:   []attache.Event{{Type: "deployment", Date: "2024-11", Participants: []string{"VN"}, Salience: "main"}},
	}
	hanoi := plain("a-hanoi", "Minister receives Indian Defence Secretary", textHanoi, "2025-03-04", "VNA")
	hanoi.Extraction = &attache.Extraction{
		Entities: []attache.Entity{{ID: "e1", Type: attache.Person, Name: "Phan Văn Giang", Aliases: []string{"General Giang"}}},
		Events:   []attache.Event{{Type: "meeting", Date: "2025-03-04", Salience: "main"}},
	}
	return []*attache.Article{
		hanoi,
		plain("a-jakarta", "Navies exercise in the Arafura Sea", textJakarta, "2024-07-15", "Antara"),
		juba,
		plain("a-tokyo", "Japan and the Philippines sign access agreement", textTokyo, "", "Kyodo"),
	}
}
