package jsonout

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"
)

// Types that test the streaming encoder's edges against encoding/json.
type (
	level string
	count int8
	tree  struct {
		Name string
		Kids []tree `json:"kids,omitempty"`
	}
	inner  struct{ A, B int }
	onPtr  struct{ X int }
	valMsh struct{ X int }
	embeds struct {
		inner
		C int
	}
	twins struct {
		A int `json:"X"`
		X int
	}
	quoted struct {
		N int `json:"n,string"`
	}
	holdsPtrMarshaler struct{ P onPtr }
	allKinds          struct {
		S       string           `json:"s,omitempty"`
		L       level            `json:"level"`
		I       int              `json:"i,omitempty"`
		I8      count            `json:"i8"`
		U       uint16           `json:"u,omitempty"`
		B       bool             `json:"b,omitempty"`
		F       float64          `json:"f,omitempty"`
		F32     float32          `json:"f32"`
		Strs    []string         `json:"strs,omitempty"`
		Nil     []int            `json:"nil"`
		Empty   []int            `json:"empty"`
		Arr     [2]inner         `json:"arr"`
		Bytes   []byte           `json:"bytes"`
		ByteArr [3]byte          `json:"byte_arr"`
		Map     map[string]inner `json:"map,omitempty"`
		Any     any              `json:"any"`
		Ptr     *inner           `json:"ptr,omitempty"`
		When    time.Time        `json:"when"`
		Val     valMsh           `json:"val"`
		Tree    tree             `json:"tree"`
		Amp     int              `json:"a&b<c>"`
		Bad     int              `json:"ba'd"`
		Skip    int              `json:"-"`
		Dash    int              `json:"-,"`
		NoTag   int
		hidden  int
		Nested  [][]inner         `json:"nested"`
		Structs []allKindsElement `json:"structs"`
	}
	allKindsElement struct {
		Text string `json:"text"`
		At   int    `json:"at"`
	}
)

func (o *onPtr) MarshalJSON() ([]byte, error) { return []byte(`"pointer"`), nil }
func (v valMsh) MarshalJSON() ([]byte, error) { return []byte(`{"custom":[1,2]}`), nil }

// TestWriteLikeEncodingJSON compares Write with json.Encoder (indented, with
// and without HTML escaping) on values of every kind the streaming encoder
// writes itself, hands over or refuses to write.
func TestWriteLikeEncodingJSON(t *testing.T) {
	full := allKinds{
		S: "Hà Nội <&> \"q\" \\ \x01\u2028\xff", L: "main", I: -7, I8: 3, U: 9, B: true, F: 1.5e-7, F32: 2.5,
		Strs: []string{"a", ""}, Empty: []int{}, Arr: [2]inner{{1, 2}, {3, 4}}, Bytes: []byte("hi"),
		ByteArr: [3]byte{1, 2, 3}, Map: map[string]inner{"z": {1, 1}, "a": {2, 2}}, Any: []any{1, "x", inner{5, 6}},
		Ptr: &inner{7, 8}, When: time.Date(2024, 5, 5, 10, 0, 0, 0, time.UTC),
		Tree: tree{Name: "root", Kids: []tree{{Name: "leaf"}}}, Amp: 1, Bad: 2, Skip: 3, Dash: 4, NoTag: 5, hidden: 6,
		Nested: [][]inner{{}, {{1, 2}}}, Structs: []allKindsElement{{"x", 1}, {"<y>", 2}},
	}
	values := []any{
		full, &full, allKinds{}, []allKinds{{}, full}, []*allKinds{nil, &full},
		embeds{inner{1, 2}, 3}, twins{1, 2}, quoted{5}, holdsPtrMarshaler{}, &holdsPtrMarshaler{},
		[]holdsPtrMarshaler{{}}, onPtr{}, &onPtr{}, valMsh{}, &valMsh{},
		nil, (*allKinds)(nil), "text <&>", 42, []int(nil), map[string]int{"b": 1, "a": 2}, tree{},
	}
	for i, v := range values {
		for _, escapeHTML := range []bool{true, false} {
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(escapeHTML)
			if err := enc.Encode(v); err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			if err := Write(&got, v, escapeHTML); err != nil {
				t.Fatalf("value %d: %v", i, err)
			}
			if got.String() != want.String() {
				t.Errorf("value %d (%T), escapeHTML=%v:\n%s\nwant (json.Encoder):\n%s", i, v, escapeHTML, got.String(), want.String())
			}
		}
	}
}

// TestWriteRefusedValue: a value encoding/json refuses is an error here too.
func TestWriteRefusedValue(t *testing.T) {
	type withFloat struct{ F float64 }
	var nan float64
	nan = nan / nan
	if err := Write(&bytes.Buffer{}, []withFloat{{nan}}, false); err == nil {
		t.Error("NaN written without an error")
	}
}

// FuzzAppendString: strings are quoted as encoding/json quotes them, with
// and without HTML escaping, whatever their bytes.
func FuzzAppendString(f *testing.F) {
	for _, s := range []string{"", "plain", "Hà Nội", "<a href=\"x\">&</a>", "\x00\x1f\b\f\n\r\t\\", "\u2028\u2029", "\xff\xfe", "\xe2\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, escapeHTML := range []bool{true, false} {
			var want strings.Builder
			enc := json.NewEncoder(&want)
			enc.SetEscapeHTML(escapeHTML)
			if err := enc.Encode(s); err != nil {
				t.Fatal(err)
			}
			if got := string(appendString(nil, s, escapeHTML)) + "\n"; got != want.String() {
				t.Errorf("appendString(%q, %v) = %s, want %s", s, escapeHTML, got, want.String())
			}
		}
	})
}

// TestPlans: the streaming encoder writes plain types itself and refuses
// the ones whose encoding depends on rules it does not follow (which then
// go through encoding/json whole).
func TestPlans(t *testing.T) {
	for _, v := range []any{allKinds{}, tree{}, []inner{}, level("")} {
		if p := planOf(reflect.TypeOf(v)); p == nil || p.leaf {
			t.Errorf("%T: not streamed", v)
		}
	}
	for _, v := range []any{embeds{}, twins{}, quoted{}, holdsPtrMarshaler{}, []holdsPtrMarshaler{}, onPtr{}} {
		if p := planOf(reflect.TypeOf(v)); p != nil && !p.leaf {
			t.Errorf("%T: streamed, want encoding/json", v)
		}
	}
}
