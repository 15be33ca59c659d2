package ingest

import (
	"bytes"
	"fmt"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// Encodings are decoded only when they can be told with certainty: a
// byte-order mark, or a charset the input declares (the HTTP Content-Type,
// an HTML <meta>, an XML declaration). Undeclared bytes that are not
// UTF-8 are never guessed at: checkText repairs or rejects them.

// metaCharset finds <meta charset="x"> and the charset of
// <meta http-equiv="Content-Type" content="...; charset=x">.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_.:-]+)`)

// xmlEncoding finds the encoding of an XML declaration.
var xmlEncoding = regexp.MustCompile(`^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']`)

// decode returns data as UTF-8 and, when it was in another encoding (or
// carried a byte-order mark), a note naming the encoding and how it was
// told, for the cleaning report. contentType is the HTTP header of a URL
// input ("" otherwise).
func decode(data []byte, contentType string) ([]byte, string, error) {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		return data[3:], "UTF-8 (byte-order mark removed)", nil
	case bytes.HasPrefix(data, []byte("\xff\xfe")):
		return transcode(data, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "UTF-16LE (byte-order mark)")
	case bytes.HasPrefix(data, []byte("\xfe\xff")):
		return transcode(data, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "UTF-16BE (byte-order mark)")
	}
	if utf8.Valid(data) {
		// Valid UTF-8 with any non-ASCII byte is UTF-8 whatever a label
		// says (mislabelled pages are common); pure ASCII reads the same.
		return data, "", nil
	}
	name, how := declaredCharset(data, contentType)
	if name == "" {
		return data, "", nil
	}
	enc, err := htmlindex.Get(name)
	if err != nil {
		return data, "", nil // an unknown label: checkText decides
	}
	canon, _ := htmlindex.Name(enc)
	if canon == "utf-8" {
		return data, "", nil
	}
	out, note, err := transcode(data, enc, fmt.Sprintf("%s (%s declared %q)", canon, how, name))
	if err != nil {
		return nil, "", err
	}
	if how == "XML declaration" {
		// The feed parser would decode it a second time.
		loc := xmlEncoding.FindSubmatchIndex(out)
		if loc != nil {
			out = append(append(append([]byte{}, out[:loc[2]]...), "UTF-8"...), out[loc[3]:]...)
		}
	}
	return out, note, nil
}

// declaredCharset returns the charset an input declares and where: the
// HTTP header first, then an XML declaration, then an HTML <meta> in the
// first 4 KB (as browsers look).
func declaredCharset(data []byte, contentType string) (name, how string) {
	if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
		return strings.TrimSpace(params["charset"]), "HTTP Content-Type"
	}
	h := data[:min(len(data), 4096)]
	if m := xmlEncoding.FindSubmatch(h); m != nil {
		return string(m[1]), "XML declaration"
	}
	if m := metaCharset.FindSubmatch(h); m != nil {
		return string(m[1]), "HTML meta"
	}
	return "", ""
}

func transcode(data []byte, enc encoding.Encoding, note string) ([]byte, string, error) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, "", fmt.Errorf("cannot decode as %s: %w", note, err)
	}
	return out, note, nil
}
