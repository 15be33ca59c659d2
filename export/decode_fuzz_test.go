package export

import (
	"bufio"
	"bytes"
	"testing"
)

// FuzzDecodeLine feeds the jsonl line decoder arbitrary bytes: it never
// panics, and a line it accepts is one a writer could have written (its
// record encodes to a line that decodes the same way).
func FuzzDecodeLine(f *testing.F) {
	var buf bytes.Buffer
	lw := &lineWriter{w: bufio.NewWriter(&buf)}
	lw.write(&record{Kind: kindHeader, Header: &header{Format: JSONLFormat, Version: JSONLVersion}})
	lw.write(&record{Kind: kindPending, Pending: "a1"})
	lw.write(&record{Kind: kindEnd, End: &end{Records: 2}})
	lw.w.Flush()
	for _, line := range bytes.SplitAfter(buf.Bytes(), []byte("\n")) {
		f.Add(line)
	}
	f.Add([]byte(`{"crc":"00000000",}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		rec, err := decodeLine(line)
		if err != nil {
			return
		}
		var again bytes.Buffer
		w := &lineWriter{w: bufio.NewWriter(&again)}
		if err := w.write(rec); err != nil {
			t.Fatal(err)
		}
		w.w.Flush()
		if _, err := decodeLine(again.Bytes()); err != nil {
			t.Fatalf("a decoded record does not decode again: %v\n%s", err, again.Bytes())
		}
	})
}
