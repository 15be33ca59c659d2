package score

import (
	"reflect"
	"testing"

	"attache"
)

func TestExtractionInvertsFromExtraction(t *testing.T) {
	x := &attache.Extraction{Doc: "a.txt", Published: "2025-05-06",
		Entities: []attache.Entity{
			{ID: "e1", Type: attache.Person, Name: "Anna Berg", Aliases: []string{"Berg"}, Rank: "General", Titles: []string{"Chief of Defence"}, Country: "SE"},
			{ID: "e2", Type: attache.Organization, Name: "Coast Guard", Aliases: []string{}, Country: "SE"},
			{ID: "e3", Type: attache.Location, Name: "Visby", Country: "SE"},
			{ID: "e4", Type: attache.Country, Name: "SE", Country: "SE"},
		},
		Events:     []attache.Event{{Type: "visit", Date: "2025-05", Place: "Visby", Participants: []string{"Anna Berg"}, Salience: "main", Evidence: "She visited Visby."}},
		Quantities: []attache.Quantity{{Value: 40, Unit: "sailors", Start: 3, End: 13}},
	}
	got := FromExtraction(x).Extraction()
	// Titles and aliases print as [] in gold: compare after the same.
	x.Entities[0].Titles = []string{"Chief of Defence"}
	if !reflect.DeepEqual(got, x) {
		t.Errorf("round trip\n got %+v\nwant %+v", got, x)
	}
	d, err := ParseGold([]byte(`{"doc": "b.txt", "published": null, "persons": [], "organizations": [], "locations": [],
		"countries": ["VN"], "events": [{"type": "meeting", "date": null, "place": null, "participants": ["VN"], "salience": "main"}], "quantities": []}`))
	if err != nil {
		t.Fatal(err)
	}
	if x := d.Extraction(); x.Published != "" || len(x.Entities) != 1 || x.Entities[0].Name != "VN" || x.Events[0].Date != "" {
		t.Errorf("nulls: %+v", x)
	}
}
