package ingest

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
)

// TestReadAll: readAll returns what io.ReadAll returns, whatever its first
// size and however the reader hands out its bytes, errors included.
func TestReadAll(t *testing.T) {
	data := strings.Repeat("Hà Nội, May 5. ", 300)
	readers := map[string]func() io.Reader{
		"plain":    func() io.Reader { return strings.NewReader(data) },
		"one byte": func() io.Reader { return iotest.OneByteReader(strings.NewReader(data)) },
		"half":     func() io.Reader { return iotest.HalfReader(strings.NewReader(data)) },
		"data+EOF": func() io.Reader { return iotest.DataErrReader(strings.NewReader(data)) },
		"error":    func() io.Reader { return io.MultiReader(strings.NewReader(data), iotest.ErrReader(errors.New("cut"))) },
	}
	for name, r := range readers {
		want, wantErr := io.ReadAll(r())
		for _, size := range []int{0, 1, 512, len(data), len(data) + 1, 2 * len(data)} {
			got, err := readAll(r(), size)
			if !bytes.Equal(got, want) || (err == nil) != (wantErr == nil) {
				t.Errorf("%s, first size %d: %d bytes, error %v; want %d bytes, error %v", name, size, len(got), err, len(want), wantErr)
			}
		}
	}
}

// TestReadLimitedSizesFromStat: a regular file is read into a buffer of its
// size at once, and the limit still holds.
func TestReadLimitedSizesFromStat(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.txt")
	data := strings.Repeat("x", 5000)
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	open := func() *os.File {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() })
		return f
	}
	if got := sizeHint(open(), 1<<20); got != len(data)+1 {
		t.Errorf("sizeHint = %d, want %d", got, len(data)+1)
	}
	got, err := readLimited(open(), 1<<20)
	if err != nil || string(got) != data || cap(got) != len(data)+1 {
		t.Errorf("readLimited: %d bytes (capacity %d), error %v", len(got), cap(got), err)
	}
	if _, err := readLimited(open(), 4999); err == nil {
		t.Error("a file over the limit was read")
	}
}
