package sqlite

import (
	"encoding/json"
	"reflect"
	"testing"

	"attache"
)

// detailsSamples are details columns as SQLite writes them and a few it
// never writes, which must still decode as encoding/json decodes them.
var detailsSamples = []string{
	`{"participants":["person:a","org:b"],"countries":["VN","RU"],"sources":[{"article":"a1","idx":0,"published":"2024-01-02","salience":"main","evidence":"They met."}]}`,
	`{"participants":[],"countries":[],"sources":[]}`,
	`{"participants":["x"],"countries":["VN"],"sources":[{"article":"a1","idx":12,"published":"","salience":"","evidence":"He said \"yes\" \u00e9 \\ done"}]}`,
	`{"participants":["Hà Nội"],"countries":[],"sources":[{"article":"a","idx":-1}]}`,
	` { "participants" : [ "a" , "b" ] , "countries" : null } `,
	`{"Participants":["case"]}`,
	`{"participants":["a"],"other":1}`,
	`{"sources":[{"article":"a","idx":1.5}]}`,
	`{"sources":[{"article":"a","idx":01}]}`,
	"{\"participants\":[\"bad \xff utf8\"]}",
	`{"participants":["a"]`,
	`{}`,
	`[]`,
	``,
}

func TestDecodeDetailsAgreesWithEncodingJSON(t *testing.T) {
	for _, s := range detailsSamples {
		checkDetails(t, []byte(s))
	}
}

// The fast path reads what the store writes: a realistic column decodes
// to the expected event parts.
func TestDecodeDetailsReadsStoredShape(t *testing.T) {
	var d eventDetails
	if err := decodeDetails([]byte(detailsSamples[0]), &d); err != nil {
		t.Fatal(err)
	}
	want := eventDetails{Participants: []string{"person:a", "org:b"}, Countries: []string{"VN", "RU"},
		Sources: []attache.EventSource{{ArticleID: "a1", Published: "2024-01-02", Salience: "main", Evidence: "They met."}}}
	if !reflect.DeepEqual(d, want) {
		t.Errorf("got %+v, want %+v", d, want)
	}
}

func FuzzDecodeDetails(f *testing.F) {
	for _, s := range detailsSamples {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { checkDetails(t, data) })
}

// checkDetails decodes data both ways and wants the same result and the
// same success.
func checkDetails(t *testing.T, data []byte) {
	t.Helper()
	var got, want eventDetails
	errGot := decodeDetails(data, &got)
	errWant := json.Unmarshal(data, &want)
	if (errGot == nil) != (errWant == nil) {
		t.Fatalf("%q: error %v, encoding/json %v", data, errGot, errWant)
	}
	if errWant == nil && !reflect.DeepEqual(got, want) {
		t.Errorf("%q:\n got %#v\nwant %#v", data, got, want)
	}
}

// BenchmarkDecodeDetails decodes the brief of a conference of a hundred
// participants from sixty countries with five reports, against
// encoding/json (b.Run "encoding-json").
func BenchmarkDecodeDetails(b *testing.B) {
	d := eventDetails{}
	for i := range 100 {
		d.Participants = append(d.Participants, "person:participant-number-"+string(rune('a'+i%26)))
	}
	for i := range 60 {
		d.Countries = append(d.Countries, string([]rune{rune('A' + i%26), rune('A' + i/26)}))
	}
	for i := range 5 {
		d.Sources = append(d.Sources, attache.EventSource{ArticleID: "0123456789abcdef", Idx: i, Published: "2024-01-02",
			Salience: "main", Evidence: "The two sides signed a memorandum of understanding on defence cooperation."})
	}
	data, err := json.Marshal(d)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("direct", func(b *testing.B) {
		for b.Loop() {
			var got eventDetails
			if err := decodeDetails(data, &got); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		for b.Loop() {
			var got eventDetails
			if err := json.Unmarshal(data, &got); err != nil {
				b.Fatal(err)
			}
		}
	})
}
