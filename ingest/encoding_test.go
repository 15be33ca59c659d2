package ingest_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"attache"
	"attache/ingest"
)

// utf16Bytes encodes s as UTF-16 with a byte-order mark, as Windows
// exports write it.
func utf16Bytes(s string, bigEndian bool) []byte {
	out := []byte{0xff, 0xfe}
	if bigEndian {
		out = []byte{0xfe, 0xff}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

// TestEncodings ingests real byte sequences in the encodings that can be
// told with certainty: a byte-order mark, an HTML meta charset, an XML
// declaration, an HTTP charset. Each is stored as the right UTF-8 text,
// and the article's cleaning report names the encoding.
func TestEncodings(t *testing.T) {
	const sentence = "Delegates of Việt Nam and Perú met in Hà Nội on Monday to sign a memorandum."
	const latin = "The café in Bogotá hosted the “naval” talks on Monday afternoon."
	// Windows-1252 bytes of latin: é = E9, á = E1, curly quotes = 93 and 94.
	cp1252 := "The caf\xe9 in Bogot\xe1 hosted the \x93naval\x94 talks on Monday afternoon."
	// Latin-1 declared: browsers (and the HTML standard) read it as
	// Windows-1252, so the quotes survive too.
	files := []struct {
		name     string
		data     []byte
		text     string // in the stored text
		encoding string // named in the cleaning report
	}{
		{"utf16le.txt", utf16Bytes("Little end. "+sentence+"\n", false), sentence, "UTF-16LE"},
		{"utf16be.txt", utf16Bytes("Big end. "+sentence+"\n", true), sentence, "UTF-16BE"},
		{"bom.txt", append([]byte("\xef\xbb\xbf"), "Marked. "+sentence+"\n"...), sentence, "UTF-8"},
		{"meta.html", []byte(`<html><head><meta charset="windows-1252"><title>Talks</title></head><body><p>` + cp1252 + `</p></body></html>`), latin, "windows-1252"},
		{"equiv.html", []byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><title>Talks</title></head><body><p>Declared in http-equiv. ` + cp1252 + `</p></body></html>`), latin, "windows-1252"},
		{"feed.rss", []byte(`<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Wire</title><item><title>Talks</title><description>Declared in XML. ` + cp1252 + `</description></item></channel></rss>`), latin, "windows-1252"},
	}
	dir := t.TempDir()
	var paths []string
	for _, f := range files {
		p := filepath.Join(dir, f.name)
		os.WriteFile(p, f.data, 0o644)
		paths = append(paths, p)
	}
	web := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=iso-8859-1")
		w.Write([]byte("Talks\nDeclared in HTTP. " + cp1252 + "\n"))
	}))
	defer web.Close()
	paths = append(paths, web.URL+"/latin")
	files = append(files, struct {
		name     string
		data     []byte
		text     string
		encoding string
	}{web.URL + "/latin", nil, latin, "windows-1252"})

	db := MustOpen(t)
	res := MustIngest(t, &ingest.Service{Store: db, AllowPrivateURLs: true}, paths...)
	if res.Failed != 0 {
		t.Fatalf("failed: %v", res.Errors)
	}
	byPath := map[string]string{}
	for _, o := range res.Outcomes {
		byPath[strings.TrimSuffix(o.Path, "#1")] = o.ID
	}
	for i, f := range files {
		id, ok := byPath[paths[i]]
		if !ok {
			t.Errorf("%s: not stored (%v)", f.name, res.Outcomes)
			continue
		}
		a, err := db.Article(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Text, f.text) {
			t.Errorf("%s: text %q, want it to contain %q", f.name, a.Text, f.text)
		}
		if !hasEncoding(a.Removed, f.encoding) {
			t.Errorf("%s: cleaning report %v does not name %s", f.name, a.Removed, f.encoding)
		}
	}
}

func hasEncoding(rm []attache.Removal, enc string) bool {
	for _, r := range rm {
		if r.Kind == "encoding" && strings.Contains(r.Text, enc) {
			return true
		}
	}
	return false
}

// TestUndeclaredLatin1Refused: without a byte-order mark or a declared
// charset, bytes that are not UTF-8 are not guessed at.
func TestUndeclaredLatin1Refused(t *testing.T) {
	p := filepath.Join(t.TempDir(), "latin.txt")
	os.WriteFile(p, []byte("The caf\xe9 in Bogot\xe1 hosted the talks. Ma\xf1ana they sail to Cartagena for the exercise.\n"), 0o644)
	res := MustIngest(t, &ingest.Service{Store: MustOpen(t)}, p)
	if res.Failed != 1 || !strings.Contains(res.Errors[0].Err.Error(), "invalid UTF-8") {
		t.Errorf("result %+v %v", res, res.Errors)
	}
}
