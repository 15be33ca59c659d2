package jsonout

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestIndentLikeEncodingJSON compares Indent with json.Indent on values
// that hold every kind of JSON token, empty and nested containers, and
// strings with quotes, backslashes, brackets, commas, colons and
// non-ASCII text.
func TestIndentLikeEncodingJSON(t *testing.T) {
	type rec struct {
		Name    string         `json:"name"`
		Aliases []string       `json:"aliases"`
		Empty   map[string]int `json:"empty"`
		Nested  [][]any        `json:"nested"`
		Null    *int           `json:"null"`
		Num     float64        `json:"num"`
		OK      bool           `json:"ok"`
	}
	values := []any{
		rec{Name: `He said "yes, [a] {b}: c" \ done`, Aliases: []string{}, Empty: map[string]int{}, Nested: [][]any{{}, {1, "x", nil, true}, {map[string]any{}}}, Num: -1.5e-7},
		rec{Name: "Việt Nam – Hà Nội <b>&amp;</b>\u2028", Aliases: []string{"a\\", `\"`, "\\\\"}},
		[]any{},
		map[string]any{},
		"just a string, with: punctuation",
		42,
		[]rec{{}, {Name: "}"}},
	}
	for _, v := range values {
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
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Errorf("Write(%#v, escapeHTML=%v):\n%s\nwant (json.Encoder):\n%s", v, escapeHTML, got.String(), want.String())
			}
		}
	}
}

// TestIndentInPieces: the compact text cut anywhere, inside strings and
// right after a backslash included, indents as it does whole. Write
// relies on it when the encoder's bytes come in several writes or the
// writer splits them into chunks.
func TestIndentInPieces(t *testing.T) {
	src, err := json.Marshal(map[string]any{
		"a": []any{"x\\\"y", map[string]any{}, []any{}, 1.5, nil, true},
		"b": map[string]any{"q\"": "Việt Nam \\", "r": []string{"[", "]", "{", ",", ":"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := string(Indent(nil, src, "  "))
	for size := 1; size <= len(src); size++ {
		ind := indenter{indent: "  "}
		var got []byte
		for i := 0; i < len(src); i += size {
			got = ind.append(got, src[i:min(i+size, len(src))])
		}
		if string(got) != want {
			t.Fatalf("in pieces of %d bytes:\n%s\nwant:\n%s", size, got, want)
		}
	}
}

// TestWriteLargeRecord: a record of several chunks comes out as
// json.Encoder writes it.
func TestWriteLargeRecord(t *testing.T) {
	type mention struct {
		Start, End int
		Text       string
	}
	ms := make([]mention, 30000)
	for i := range ms {
		ms[i] = mention{Start: i, End: i + 5, Text: "Hà Nội \"<&>\" \\"}
	}
	var want, got bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetIndent("", "  ")
	if err := enc.Encode(ms); err != nil {
		t.Fatal(err)
	}
	if err := Write(&got, ms, true); err != nil {
		t.Fatal(err)
	}
	if want.Len() < 3*chunk {
		t.Fatalf("the record is %d bytes, want several chunks", want.Len())
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Error("Write differs from json.Encoder on a record of several chunks")
	}
}

// BenchmarkIndent compares Indent with json.Indent on a record shaped like
// a hostile article's: thousands of small objects.
func BenchmarkIndent(b *testing.B) {
	type mention struct {
		Start, End int
		Text       string
		Sentence   int
	}
	ms := make([]mention, 20000)
	for i := range ms {
		ms[i] = mention{Start: 16 * i, End: 16*i + 5, Text: "Hanoi", Sentence: 0}
	}
	src, err := json.Marshal(map[string]any{"entities": []any{map[string]any{"name": "Hanoi", "mentions": ms}}})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("jsonout", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		var dst []byte
		for b.Loop() {
			dst = Indent(dst[:0], src, "  ")
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		var dst bytes.Buffer
		for b.Loop() {
			dst.Reset()
			if err := json.Indent(&dst, src, "", "  "); err != nil {
				b.Fatal(err)
			}
		}
	})
}
