package score

import (
	"attache/internal/devcorpus"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"attache"
	"attache/kb"
)

func TestSelfScoreIsPerfect(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(devcorpus.Dir(t), "*.gold.json"))
	if len(files) == 0 {
		t.Fatal("no gold files in the dev corpus")
	}
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	var rs []*Result
	for _, f := range files {
		g, err := ReadGold(f)
		if err != nil {
			t.Fatal(err)
		}
		r := Compare(g, g, Options{Canon: Canonicalizer(k)})
		rs = append(rs, r)
		checkPerfect(t, r)
		if r.Entities.TP != len(g.Persons)+len(g.Organizations)+len(g.Locations)+len(g.Countries) || r.Events.TP != len(g.Events) {
			t.Errorf("%s: matched %d entities, %d events; want all", r.Doc, r.Entities.TP, r.Events.TP)
		}
	}
	all := Sum("ALL", rs)
	checkPerfect(t, all)
	if all.MainEvents.Total == 0 || all.Rank.Total == 0 {
		t.Errorf("no main events or persons counted: %+v", all)
	}
}

func checkPerfect(t *testing.T, r *Result) {
	t.Helper()
	for name, c := range map[string]PRF{"persons": r.Persons, "organizations": r.Organizations,
		"locations": r.Locations, "countries": r.Countries, "entities": r.Entities,
		"events": r.Events, "participants": r.Participants, "quantities": r.Quantities} {
		if c.P() != 1 || c.R() != 1 || c.F1() != 1 {
			t.Errorf("%s %s: %+v, want P=R=F1=1", r.Doc, name, c)
		}
	}
	for name, a := range map[string]Ratio{"rank": r.Rank, "person country": r.PersonCountry,
		"main events": r.MainEvents, "place": r.Place} {
		if a.Value() != 1 {
			t.Errorf("%s %s: %+v, want 1", r.Doc, name, a)
		}
	}
	if len(r.Misses)+len(r.FalsePositives)+len(r.Mismatches) != 0 {
		t.Errorf("%s: items listed for a perfect score: %v %v %v", r.Doc, r.Misses, r.FalsePositives, r.Mismatches)
	}
}

// gold is a small hand-made record used by the fixed-pair tests.
func gold() *Doc {
	return &Doc{
		Doc: "x.txt", Published: sp("2025-12-10"),
		Persons: []Person{
			{Name: "Phan Văn Giang", Aliases: []string{"Giang", "General Giang"}, Rank: sp("General"), Country: sp("VN")},
			{Name: "Sergey Shoigu", Aliases: []string{"Shoigu"}, Rank: sp("General"), Country: sp("RU")},
		},
		Organizations: []Organization{
			{Name: "Ministry of National Defence", Aliases: []string{"Vietnamese Ministry of National Defence"}, Country: sp("VN")},
			{Name: "UN Mission in South Sudan", Aliases: []string{"UNMISS"}},
		},
		Locations: []Location{{Name: "Hà Nội", Country: sp("VN")}, {Name: "Red Square", Country: sp("RU")}},
		Countries: []string{"VN", "RU", "SU"},
		Events: []Event{
			{Type: "meeting", Date: sp("2025-12-10"), Place: sp("Hà Nội"), Participants: []string{"Phan Văn Giang", "Sergey Shoigu"}, Salience: "main"},
			{Type: "visit", Date: sp("2025-12-08/2025-12-10"), Place: sp("VN"), Participants: []string{"Sergey Shoigu"}, Salience: "main"},
			{Type: "ceremony", Date: nil, Place: sp("Red Square"), Participants: []string{"VN", "RU"}, Salience: "background"},
			{Type: "statement", Date: sp("2025-12-10"), Participants: []string{}, Salience: "reported"},
		},
		Quantities: []Quantity{{Value: 250, Unit: "officers and doctors"}, {Value: 8, Unit: "women"}},
	}
}

func TestCompareFixedPair(t *testing.T) {
	pred := &Doc{
		Doc: "x.txt",
		Persons: []Person{
			{Name: "Giang", Rank: sp("Colonel"), Country: sp("VN")},                   // alias of gold: matches, wrong rank
			{Name: "Sergey Shoigu", Aliases: []string{"Shoigu"}, Rank: sp("General")}, // country missing
			{Name: "Shoigu"}, // the gold entity is taken: false positive
		},
		Organizations: []Organization{
			{Name: "the Ministry of National Defence"},
			{Name: "Coast Guard"},
		},
		Locations: []Location{{Name: "Hanoi", Aliases: []string{"Hà Nội"}}},
		Countries: []string{"vn", "RU", "RU", "CN"},
		Events: []Event{
			// Participant "Giang" meets gold "Phan Văn Giang" through the matched entity.
			{Type: "meeting", Date: sp("2025-12"), Place: sp("Hanoi"), Participants: []string{"Giang", "Someone"}, Salience: "main"},
			{Type: "visit", Date: sp("2025-12-09"), Place: sp("Vietnam"), Participants: []string{"Shoigu"}, Evidence: "Shoigu visited."},
			{Type: "ceremony", Date: sp("2025-05-09"), Participants: []string{"VN"}},                                   // date where gold has null
			{Type: "statement", Date: sp("2025-12-10"), Place: sp("Moscow"), Participants: []string{"Phan Văn Giang"}}, // gold has no participants: any do
			{Type: "exercise", Date: sp("2025"), Evidence: "They drilled."},
		},
		Quantities: []Quantity{{Value: 250, Unit: "doctors"}, {Value: 8, Unit: "officers"}},
	}
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	r := Compare(pred, gold(), Options{Canon: Canonicalizer(k)})

	checks := []struct {
		name      string
		got, want PRF
	}{
		{"persons", r.Persons, PRF{TP: 2, FP: 1, FN: 0}},
		{"organizations", r.Organizations, PRF{TP: 1, FP: 1, FN: 1}},
		{"locations", r.Locations, PRF{TP: 1, FP: 0, FN: 1}},
		{"countries", r.Countries, PRF{TP: 2, FP: 1, FN: 1}},
		{"entities", r.Entities, PRF{TP: 6, FP: 3, FN: 3}},
		{"events", r.Events, PRF{TP: 3, FP: 2, FN: 1}},
		// meeting 1 of 2 gold shared, 1 extra; visit 1/1; statement 0 of 0 gold, 1 predicted.
		{"participants", r.Participants, PRF{TP: 2, FP: 2, FN: 1}},
		{"quantities", r.Quantities, PRF{TP: 1, FP: 1, FN: 1}},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %+v, want %+v", c.name, c.got, c.want)
		}
	}
	ratios := []struct {
		name      string
		got, want Ratio
	}{
		{"rank", r.Rank, Ratio{1, 2}},
		{"person country", r.PersonCountry, Ratio{1, 2}},
		{"main events", r.MainEvents, Ratio{2, 2}},
		{"place", r.Place, Ratio{2, 3}}, // Hanoi = Hà Nội and Vietnam = VN via the kb; Moscow is not null
	}
	for _, c := range ratios {
		if c.got != c.want {
			t.Errorf("%s = %+v, want %+v", c.name, c.got, c.want)
		}
	}
	if !hasItem(r.FalsePositives, "event", "They drilled.") {
		t.Errorf("false positives lack the exercise with its evidence: %+v", r.FalsePositives)
	}
	if !hasItem(r.Misses, "event", "") || !hasItem(r.Mismatches, "rank", "") {
		t.Errorf("misses %+v / mismatches %+v incomplete", r.Misses, r.Mismatches)
	}
	if got := r.Entities.F1(); got < 0.66 || got > 0.67 {
		t.Errorf("entity F1 = %v, want 2/3", got)
	}
}

func hasItem(items []Item, kind, evidence string) bool {
	for _, it := range items {
		if it.Kind == kind && (evidence == "" || it.Evidence == evidence) {
			return true
		}
	}
	return false
}

func TestCompareWithoutCanon(t *testing.T) {
	pred := &Doc{Events: []Event{{Type: "visit", Date: sp("2025-12-09"), Place: sp("Vietnam"), Participants: []string{"RU"}}}}
	g := &Doc{Events: []Event{{Type: "visit", Date: sp("2025-12-08/2025-12-10"), Place: sp("VN"), Participants: []string{"Russia"}, Salience: "main"}}}
	r := Compare(pred, g, Options{})
	if r.Events.TP != 0 || r.MainEvents != (Ratio{0, 1}) {
		t.Errorf("without a kb, RU and Russia must differ: %+v", r)
	}
	k, _ := kb.Default()
	r = Compare(pred, g, Options{Canon: Canonicalizer(k)})
	if r.Events.TP != 1 || r.Place != (Ratio{1, 1}) {
		t.Errorf("with the kb, RU = Russia and Vietnam = VN: %+v", r)
	}
}

func TestGreedyPrefersBetterPairs(t *testing.T) {
	// Two predictions could take the one gold meeting; the one sharing
	// more participants with an exact date wins, the other is a false positive.
	g := &Doc{Events: []Event{{Type: "meeting", Date: sp("2024-12-26"), Participants: []string{"A B", "C D"}, Salience: "main"}}}
	pred := &Doc{Events: []Event{
		{Type: "meeting", Date: sp("2024-12"), Participants: []string{"A B"}, Evidence: "vague"},
		{Type: "meeting", Date: sp("2024-12-26"), Participants: []string{"C D", "A B"}, Evidence: "precise"},
	}}
	r := Compare(pred, g, Options{})
	if r.Events != (PRF{TP: 1, FP: 1}) || r.Participants != (PRF{TP: 2}) || !hasItem(r.FalsePositives, "event", "vague") {
		t.Errorf("greedy order wrong: %+v", r)
	}
	// Entities: an exact name beats an alias match for the same gold entity.
	gp := &Doc{Persons: []Person{{Name: "Phan Van Giang", Aliases: []string{"Giang"}}}}
	pp := &Doc{Persons: []Person{{Name: "Giang"}, {Name: "Phan Văn Giang"}}}
	r = Compare(pp, gp, Options{})
	if r.Persons != (PRF{TP: 1, FP: 1}) || len(r.FalsePositives) != 1 || r.FalsePositives[0].Text != "Giang" {
		t.Errorf("exact name must win: %+v", r)
	}
}

func TestFromExtraction(t *testing.T) {
	x := &attache.Extraction{
		Doc: "a.txt",
		Entities: []attache.Entity{
			{Type: attache.Person, Name: "Phan Văn Giang", Rank: "General", Country: "VN",
				Mentions: []attache.Mention{{Start: 0, End: 16, Text: "Phan Văn Giang"}}},
			{Type: attache.Person, Name: "Nobody"},
			{Type: attache.Organization, Name: "UN Mission in South Sudan", Aliases: []string{"UNMISS"}},
			{Type: attache.Location, Name: "Hanoi", Country: "VN"},
			{Type: attache.Country, Name: "Vietnam", Country: "VN"},
			{Type: attache.Country, Name: "Viet Nam", Country: "vn"},
			{Type: attache.Country, Name: "RU"},
		},
		Events:     []attache.Event{{Type: "meeting", Date: "2024-12-26", Salience: "main", Cameo: "043", Evidence: "They met."}},
		Quantities: []attache.Quantity{{Value: 184, Unit: "soldiers", Start: 3, End: 15}},
	}
	d := FromExtraction(x)
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]any
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"doc", "published", "persons", "organizations", "locations", "countries", "events", "quantities"} {
		if _, ok := raw[key]; !ok {
			t.Errorf("gold shape lacks %q: %s", key, b)
		}
	}
	s := string(b)
	for _, want := range []string{`"published":null`, `"countries":["VN","RU"]`, `"rank":null`, `"country":null`,
		`"aliases":[]`, `"place":null`, `"participants":[]`, `"cameo":"043"`, `"evidence":"They met."`, `"mentions":[`} {
		if !strings.Contains(s, want) {
			t.Errorf("gold JSON lacks %s:\n%s", want, s)
		}
	}
	// The converted record parses back as gold and scores perfectly against itself.
	back, err := ParseGold(b)
	if err != nil {
		t.Fatal(err)
	}
	checkPerfect(t, Compare(back, back, Options{}))
}

func TestReadGoldErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct{ name, body, want string }{
		{"syntax.gold.json", `{"doc": "a.txt",`, "not a JSON gold record"},
		{"two.gold.json", `{} {}`, "more than one"},
		{"date.gold.json", `{"events": [{"type": "meeting", "date": "26 Dec"}]}`, `events[0]: bad date "26 Dec"`},
		{"type.gold.json", `{"events": [{"date": null}]}`, "events[0]: empty type"},
		{"code.gold.json", `{"countries": ["Vietnam"]}`, "countries[0]"},
		{"name.gold.json", `{"persons": [{"name": " "}]}`, "persons[0]: empty name"},
	}
	for _, tt := range tests {
		p := filepath.Join(dir, tt.name)
		if err := os.WriteFile(p, []byte(tt.body), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := ReadGold(p)
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), tt.name) {
			t.Errorf("%s: error %v, want one naming the file and %q", tt.name, err, tt.want)
		}
	}
	if _, err := ReadGold(filepath.Join(dir, "missing.gold.json")); err == nil || !strings.Contains(err.Error(), "missing.gold.json") {
		t.Errorf("missing file: %v", err)
	}
	ok := filepath.Join(dir, "ok.gold.json")
	os.WriteFile(ok, []byte(`{"doc": "a.txt", "published": null, "extra": 1, "events": [{"type": "visit", "date": "2025-12-08/2025-12-10"}]}`), 0o644)
	if d, err := ReadGold(ok); err != nil || d.Published != nil || len(d.Events) != 1 {
		t.Errorf("valid gold: %+v, %v", d, err)
	}
}

// BenchmarkCompare scores every dev gold record against itself.
func BenchmarkCompare(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "dev", "*.gold.json"))
	if len(files) == 0 {
		b.Skip("dev corpus missing")
	}
	var docs []*Doc
	for _, f := range files {
		d, err := ReadGold(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	opt := Options{Canon: Canonicalizer(k)}
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Compare(d, d, opt)
		}
	}
}
