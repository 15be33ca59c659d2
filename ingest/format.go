package ingest

import (
	"bytes"
	"fmt"
	"mime"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"attache/feed"
)

// Formats recognised.
const (
	FormatText  = "text"
	FormatHTML  = "html"
	FormatFeed  = "feed" // rss or atom: the article's Format says which
	FormatJSONL = "jsonl"
)

// extFormats maps file extensions to formats. In a folder, files with
// other extensions are skipped; named on the command line they are sniffed.
var extFormats = map[string]string{
	".txt": FormatText, ".text": FormatText, ".md": FormatText,
	".html": FormatHTML, ".htm": FormatHTML, ".xhtml": FormatHTML,
	".rss": FormatFeed, ".atom": FormatFeed, ".xml": FormatFeed,
	".jsonl": FormatJSONL, ".ndjson": FormatJSONL,
}

// magic numbers of common non-text files, for a clearer message than
// "binary file".
var magics = []struct{ prefix, name string }{
	{"%PDF-", "PDF document"}, {"PK\x03\x04", "ZIP archive (or office document)"},
	{"\x1f\x8b", "gzip archive"}, {"\x89PNG", "PNG image"}, {"\xff\xd8\xff", "JPEG image"},
	{"GIF8", "GIF image"}, {"\x7fELF", "executable"},
}

// maxInvalid is the share of invalid UTF-8 bytes above which an input is
// rejected rather than repaired.
const maxInvalid = 0.01

// checkText rejects empty, binary and badly encoded inputs. It returns the
// data as valid UTF-8 and, when invalid bytes were replaced by U+FFFD, how
// many.
func checkText(data []byte) ([]byte, int, error) {
	for _, m := range magics {
		if bytes.HasPrefix(data, []byte(m.prefix)) {
			return nil, 0, fmt.Errorf("unknown format: %s", m.name)
		}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, 0, fmt.Errorf("empty file")
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, 0, fmt.Errorf("binary file (NUL bytes; only UTF-8 text is read)")
	}
	controls := 0
	for _, c := range data {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			controls++
		}
	}
	if float64(controls) > 0.01*float64(len(data)) {
		return nil, 0, fmt.Errorf("binary file (%d control bytes)", controls)
	}
	if utf8.Valid(data) {
		return data, 0, nil
	}
	invalid := 0
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			invalid++
		}
		i += n
	}
	if float64(invalid) > maxInvalid*float64(len(data)) {
		return nil, 0, fmt.Errorf("invalid UTF-8: %d bad bytes of %d (over 1%%, rejected; convert the file to UTF-8)", invalid, len(data))
	}
	return bytes.ToValidUTF8(data, []byte("\uFFFD")), invalid, nil
}

// detect picks the format of an input from its name, its content type (for
// URLs) and its first bytes.
func detect(name, contentType string, data []byte) (string, error) {
	if f, ok := extFormats[strings.ToLower(filepath.Ext(name))]; ok {
		if f == FormatFeed && !feed.Sniff(data) {
			if looksHTML(data) {
				return FormatHTML, nil
			}
			if strings.HasPrefix(strings.TrimSpace(string(head(data))), "<") {
				return "", fmt.Errorf("malformed feed: no <rss> or <feed> root element")
			}
			return "", fmt.Errorf("unknown format: %s file that is not RSS or Atom", filepath.Ext(name))
		}
		return f, nil
	}
	if mt, _, err := mime.ParseMediaType(contentType); err == nil {
		switch {
		case mt == "text/html" || mt == "application/xhtml+xml":
			return FormatHTML, nil
		case strings.Contains(mt, "rss") || strings.Contains(mt, "atom"):
			return FormatFeed, nil
		case mt == "application/x-ndjson" || mt == "application/jsonl":
			return FormatJSONL, nil
		}
	}
	start := strings.TrimSpace(string(head(data)))
	switch {
	case strings.HasPrefix(start, "<"):
		if feed.Sniff(data) {
			return FormatFeed, nil
		}
		if looksHTML(data) {
			return FormatHTML, nil
		}
		return "", fmt.Errorf("unknown format: markup that is neither HTML nor RSS/Atom")
	case strings.HasPrefix(start, "{"):
		return FormatJSONL, nil
	}
	return FormatText, nil
}

// head is the start of data, for sniffing.
func head(data []byte) []byte {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if len(data) > 4096 {
		return data[:4096]
	}
	return data
}

func looksHTML(data []byte) bool {
	h := strings.ToLower(string(head(data)))
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<p>", "<p ", "<div", "<article", "<h1", "<title"} {
		if strings.Contains(h, tag) {
			return true
		}
	}
	return false
}
