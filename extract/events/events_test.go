package events

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"attache"
	"attache/internal/fuzzguard"
	"attache/kb"
)

// ent declares an entity of a hand-built extraction: every occurrence of
// each of its forms in the text becomes a mention.
type ent struct {
	typ     attache.EntityType
	name    string
	country string
	forms   []string // surface forms; the name itself when empty
}

func person(name, country string, forms ...string) ent {
	return ent{attache.Person, name, country, forms}
}
func org(name string, forms ...string) ent { return ent{attache.Organization, name, "", forms} }
func loc(name string, forms ...string) ent { return ent{attache.Location, name, "", forms} }
func country(code string, forms ...string) ent {
	return ent{attache.Country, code, code, forms}
}

// build returns the extraction of text with the given entities, leaving
// sentences to the detector's fallback splitter, and quantities q.
func build(text string, ents []ent, q ...attache.Quantity) *attache.Extraction {
	x := &attache.Extraction{Quantities: q}
	for i, e := range ents {
		out := attache.Entity{ID: fmt.Sprintf("e%d", i+1), Type: e.typ, Name: e.name, Country: e.country}
		forms := e.forms
		if len(forms) == 0 {
			forms = []string{e.name}
		}
		for _, f := range forms {
			for from := 0; ; {
				k := strings.Index(text[from:], f)
				if k < 0 {
					break
				}
				s := from + k
				out.Mentions = append(out.Mentions, attache.Mention{Start: s, End: s + len(f), Text: f, Sentence: -1})
				from = s + len(f)
			}
		}
		x.Entities = append(x.Entities, out)
	}
	return x
}

// mustDetector is a Detector over the embedded knowledge and rules.
func mustDetector(t testing.TB) *Detector {
	t.Helper()
	d, err := New(mustKB(t))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func mustKB(t testing.TB) *kb.KB {
	t.Helper()
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// want is an expected event: type, date, place, one participant that must
// be present (or "-" for none checked), salience ("" = not checked).
type want struct {
	typ, date, place, participant, salience string
}

func (w want) String() string {
	return fmt.Sprintf("%s %s @%s [%s] %s", w.typ, w.date, w.place, w.participant, w.salience)
}

func found(evs []attache.Event, w want) bool {
	for _, e := range evs {
		if e.Type != w.typ || w.date != "*" && e.Date != w.date || w.place != "*" && e.Place != w.place {
			continue
		}
		if w.salience != "" && e.Salience != w.salience {
			continue
		}
		if w.participant == "-" || contains(e.Participants, w.participant) {
			return true
		}
	}
	return false
}

func show(evs []attache.Event) string {
	var b strings.Builder
	for _, e := range evs {
		fmt.Fprintf(&b, "\n  %s %s @%s %v %s cameo=%s %q", e.Type, e.Date, e.Place, e.Participants, e.Salience, e.Cameo, e.Name)
	}
	return b.String()
}

func TestDetect(t *testing.T) {
	d := mustDetector(t)
	tests := []struct {
		name, text, published string
		ents                  []ent
		want                  []want
		count                 int // expected number of events, 0 = not checked
	}{{
		name:      "port call with drills",
		published: "2025-03-14",
		text: "Two Indian Navy ships made a port call at Cam Ranh on Tuesday, holding drills with the Vietnamese navy.\n\n" +
			"During the visit, the Indian and Vietnamese navies held a joint exercise off the coast on March 12-13.",
		ents: []ent{org("Indian Navy"), loc("Cam Ranh"), country("IN", "Indian"), country("VN", "Vietnamese")},
		want: []want{
			{"exercise", "2025-03-11", "Cam Ranh", "Indian Navy", "main"},
			{"exercise", "2025-03-12/2025-03-13", "Cam Ranh", "IN", "reported"}, // "during the visit": its place
		},
	}, {
		name:      "port call without drills is a visit",
		published: "2023-06-26",
		text:      "US aircraft carrier USS Ronald Reagan makes port call in Da Nang\n\nThe carrier arrived in Da Nang on June 25 for a port call lasting until June 30.",
		ents:      []ent{loc("Da Nang"), country("US")},
		want:      []want{{"visit", "2023-06-25/2023-06-30", "Da Nang", "US", "main"}},
		count:     1,
	}, {
		name:      "arms agreement",
		published: "2024-06-20",
		text: "Defence Minister Prabowo Subianto signed a contract with France for 42 Rafale fighter jets in Jakarta on June 18.\n" +
			"The purchase deal follows talks held in Paris last year.",
		ents: []ent{person("Prabowo Subianto", "ID"), country("FR", "France"), loc("Jakarta"), loc("Paris")},
		want: []want{
			{"agreement", "2024-06-18", "Jakarta", "Prabowo Subianto", "main"},
		},
	}, {
		name:      "defence policy dialogue of other countries",
		published: "2023-11-09",
		text: "Japan and the Philippines held the 5th defence policy dialogue in Tokyo on November 7.\n" +
			"The two countries agreed to expand the dialogue to include coast guard cooperation.\n" +
			"At the 5th defence policy dialogue, both sides also signed a memorandum of understanding on defence equipment transfer.",
		ents: []ent{country("JP", "Japan"), country("PH", "Philippines"), loc("Tokyo")},
		want: []want{
			{"dialogue", "2023-11-07", "Tokyo", "JP", "main"},
			{"agreement", "2023-11-07", "Tokyo", "PH", "reported"}, // signed at the dialogue, where it was held
		},
		count: 2,
	}, {
		name:      "ADMM-Plus meeting",
		published: "2024-11-21",
		text: "Defence Minister Phan Van Giang attended the 11th ADMM-Plus in Vientiane on November 21.\n" +
			"On the sidelines of the conference, Giang held talks with US Secretary of Defense Lloyd Austin.",
		ents: []ent{person("Phan Van Giang", "VN", "Phan Van Giang", "Giang"), person("Lloyd Austin", "US"),
			org("ASEAN Defence Ministers' Meeting Plus", "ADMM-Plus"), loc("Vientiane"), country("US")},
		want: []want{
			{"conference", "2024-11-21", "Vientiane", "Phan Van Giang", "main"},
			{"meeting", "2024-11-21", "Vientiane", "Lloyd Austin", "reported"}, // on the sidelines: the same place
		},
	}, {
		name:      "phone talks",
		published: "2025-02-04",
		text:      "Chinese Defence Minister Dong Jun held phone talks with his Russian counterpart Andrei Belousov on Monday.",
		ents:      []ent{person("Dong Jun", "CN"), person("Andrei Belousov", "RU"), country("CN", "Chinese"), country("RU", "Russian")},
		want:      []want{{"meeting", "2025-02-03", "", "Andrei Belousov", "main"}},
		count:     1,
	}, {
		name:      "courtesy call",
		published: "2024-05-15",
		text:      "Australian Chief of Defence Force Angus Campbell paid a courtesy call to Prime Minister Pham Minh Chinh in Hanoi on May 14.",
		ents:      []ent{person("Angus Campbell", "AU"), person("Pham Minh Chinh", "VN"), loc("Hanoi"), country("AU", "Australian")},
		want:      []want{{"meeting", "2024-05-14", "Hanoi", "Angus Campbell", "main"}},
		count:     1,
	}, {
		name:      "UNIFIL rotation",
		published: "2024-10-02",
		text: "Indonesia sent its 2nd battalion rotation to the UN Interim Force in Lebanon (UNIFIL) yesterday, with 850 troops, including 45 women.\n" +
			"The contingent will serve in southern Lebanon for one year.",
		ents: []ent{country("ID", "Indonesia"), country("LB", "Lebanon"),
			org("United Nations Interim Force in Lebanon", "UN Interim Force in Lebanon", "UNIFIL")},
		want: []want{{"deployment", "2024-10-01", "LB", "ID", "main"}}, // "in southern Lebanon": a country place is its code
	}, {
		name:      "MONUSCO send-off without publication date",
		published: "",
		text: "On 12 March 2023, the army held a send-off ceremony for Engineering Company Rotation 4 bound for MONUSCO.\n" +
			"The unit of 150 personnel replaces Rotation 3.",
		ents: []ent{org("Engineering Company Rotation 4"),
			org("United Nations Organization Stabilization Mission in the Democratic Republic of the Congo", "MONUSCO"), country("CD", "Congo")},
		want: []want{{"deployment", "2023-03-12", "*", "Engineering Company Rotation 4", "main"}},
	}, {
		name:      "cumulative summary is no event",
		published: "2024-01-01",
		text:      "To date, Vietnam has sent 800 officers to UN peacekeeping missions.",
		ents:      []ent{country("VN", "Vietnam")},
		want:      nil,
		count:     -1,
	}, {
		name:      "statement on disputes and its continuation",
		published: "2025-12-10",
		text: "Minister Phan Van Giang met Sergey Shoigu in Hanoi on Wednesday.\n" +
			"Giang stated that disputes in the East Sea must be settled peacefully on the basis of international law.\n" +
			"He stressed respect for sovereignty and freedom of navigation.",
		ents: []ent{person("Phan Van Giang", "VN", "Phan Van Giang", "Giang"), person("Sergey Shoigu", "RU"), loc("Hanoi")},
		want: []want{
			{"meeting", "2025-12-10", "Hanoi", "Sergey Shoigu", "main"},
			{"statement", "2025-12-10", "Hanoi", "Phan Van Giang", "reported"},
		},
		count: 2,
	}, {
		name:      "anniversary dated from the anniversary table",
		published: "2024-12-26",
		text:      "He invited the minister to a parade marking the 80th anniversary of Victory Day next year.",
		ents:      nil,
		want:      []want{{"ceremony", "2025", "", "-", ""}},
	}, {
		name:      "visit with date range",
		published: "2025-12-10",
		text:      "The general highlighted the significance of Shoigu's December 8-10 trip to Vietnam.",
		ents:      []ent{person("Sergey Shoigu", "RU", "Shoigu"), country("VN", "Vietnam")},
		want:      []want{{"visit", "2025-12-08/2025-12-10", "VN", "Sergey Shoigu", ""}},
	}, {
		name:      "forum name is not a meeting",
		published: "2025-12-10",
		text:      "They praised coordination within the ASEAN Defence Ministers' Meeting Plus (ADMM+).",
		ents:      []ent{org("ASEAN Defence Ministers' Meeting Plus")},
		count:     -1,
	}, {
		name:      "decision",
		published: "",
		text:      "On November 13, 2020, the National Assembly passed Resolution No. 130/2020/QH14 on joining the UN peacekeeping force.",
		ents:      []ent{org("National Assembly")},
		want:      []want{{"decision", "2020-11-13", "", "National Assembly", ""}},
		count:     1,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := build(tt.text, tt.ents)
			d.Detect(tt.text, tt.published, x)
			for _, w := range tt.want {
				if !found(x.Events, w) {
					t.Errorf("missing %v; got:%s", w, show(x.Events))
				}
			}
			switch {
			case tt.count > 0 && len(x.Events) != tt.count:
				t.Errorf("got %d events, want %d:%s", len(x.Events), tt.count, show(x.Events))
			case tt.count < 0 && len(x.Events) != 0:
				t.Errorf("got events, want none:%s", show(x.Events))
			}
			for _, e := range x.Events {
				if tt.text[e.Start:e.End] != e.Evidence || e.Confidence <= 0 || e.Confidence > 1 {
					t.Errorf("bad evidence or confidence: %+v", e)
				}
			}
		})
	}
}

func TestPeacekeepingArguments(t *testing.T) {
	text := "Indonesia sent its 2nd battalion rotation to the UN Interim Force in Lebanon (UNIFIL) yesterday, with 850 troops, including 45 women."
	q := []attache.Quantity{
		{Value: 850, Unit: "troops", Start: strings.Index(text, "850")},
		{Value: 45, Unit: "women", Start: strings.Index(text, "45")},
	}
	x := build(text, []ent{country("ID", "Indonesia"),
		org("United Nations Interim Force in Lebanon", "UN Interim Force in Lebanon", "UNIFIL"),
		org("Garuda Battalion Rotation 2", "2nd battalion rotation")}, q...)
	mustDetector(t).Detect(text, "2024-10-02", x)
	if len(x.Events) != 1 {
		t.Fatalf("got %d events:%s", len(x.Events), show(x.Events))
	}
	e := x.Events[0]
	if e.Mission != "UNIFIL" || e.Personnel != 850 || e.Women != 45 || e.Rotation != "2" || e.Unit != "Garuda Battalion Rotation 2" ||
		e.Cameo != "074" || e.Plover != "AID" || e.Place != "Lebanon" {
		t.Errorf("got %+v", e)
	}
}

func TestRuleFileErrors(t *testing.T) {
	base := fstest.MapFS{
		TypesFile:         {Data: []byte("meeting\t040\tCONSULT\n")},
		AnniversariesFile: {Data: []byte("Victory Day\t1945\n")},
	}
	for _, tt := range []struct{ name, triggers, want string }{
		{"unknown type", "meting\theld talks\n", "triggers.tsv:1: unknown event type"},
		{"bad option", "meeting\theld talks\twho=nobody\n", "triggers.tsv:1: who="},
		{"gap at start", "meeting\t... talks\n", "triggers.tsv:1: pattern"},
		{"no pattern", "meeting\n", "triggers.tsv:1: want type"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{TriggersFile: {Data: []byte(tt.triggers)}}
			for k, v := range base {
				fsys[k] = v
			}
			_, err := NewFrom(nil, fsys)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
	_, err := NewFrom(nil, fstest.MapFS{TypesFile: {Data: []byte("meeting\t040\n")}, TriggersFile: {Data: []byte("meeting\ttalks\n")},
		AnniversariesFile: {Data: []byte("Victory Day\tlong ago\n")}})
	if err == nil || !strings.Contains(err.Error(), "anniversaries.tsv:1: bad year") {
		t.Errorf("err = %v", err)
	}
}

func FuzzDetect(f *testing.F) {
	d := mustDetector(f)
	f.Add("The minister held talks with his counterpart in Hanoi on December 26.", "2024-12-26")
	f.Add("the 7th defence strategy dialogue; send-off; Shoigu’s trip", "")
	f.Fuzz(func(t *testing.T, text, published string) {
		defer fuzzguard.Start("Detect", len(text), fuzzguard.Limit)()
		x := build(text, []ent{person("Giang", "VN"), loc("Hanoi")})
		d.Detect(text, published, x)
		for _, e := range x.Events {
			if e.Start < 0 || e.End > len(text) || text[e.Start:e.End] != e.Evidence {
				t.Fatalf("bad evidence span %+v", e)
			}
		}
	})
}

// TestOrdinalEnding guards the fast path of tokenWord: every ordinal word
// must pass ordinalEnding, or it would never be looked up.
func TestOrdinalEnding(t *testing.T) {
	for w := range ordinalWords {
		if !ordinalEnding(w) {
			t.Errorf("ordinal word %q fails ordinalEnding", w)
		}
	}
	for _, w := range []string{"the", "a", "visit", ""} {
		if ordinalEnding(w) {
			t.Errorf("ordinalEnding(%q) = true", w)
		}
	}
}
