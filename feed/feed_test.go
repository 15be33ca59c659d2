package feed

import (
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	rss := `<?xml version="1.0"?><rss version="2.0"><channel><title> Wire </title>
<item><title>A</title><link>https://example.org/a</link><pubDate>Wed, 10 Dec 2025 01:00:00 +0700</pubDate>
<description>&lt;p&gt;Desc&lt;/p&gt;</description></item>
<item><title>B</title><link>https://example.org/b</link><description>short</description>
<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p>Full</p>]]></content:encoded></item>
</channel></rss>`
	f, err := Parse([]byte(rss))
	if err != nil {
		t.Fatal(err)
	}
	if f.Title != "Wire" || f.Type != "rss" || len(f.Items) != 2 {
		t.Fatalf("feed %+v", f)
	}
	// The date is the one the feed wrote, in its own time zone.
	if it := f.Items[0]; it.Published != "2025-12-10" || it.HTML != "<p>Desc</p>" || it.URL != "https://example.org/a" {
		t.Errorf("item 1 %+v", it)
	}
	if it := f.Items[1]; it.HTML != "<p>Full</p>" || it.Published != "" {
		t.Errorf("item 2 %+v", it)
	}
	for _, bad := range []string{"", "not xml", "<rss><channel><item>", `<?xml version="1.0"?><html></html>`} {
		if _, err := Parse([]byte(bad)); err == nil {
			t.Errorf("Parse(%q): no error", bad)
		} else if !strings.Contains(err.Error(), "feed") {
			t.Errorf("Parse(%q): unclear error %v", bad, err)
		}
	}
}

// TestParseKeepsValidItems: one malformed item does not lose the others;
// it is reported by its position.
func TestParseKeepsValidItems(t *testing.T) {
	rss := `<?xml version="1.0"?><rss version="2.0"><channel><title>Defence news</title>
<item><title>One</title><link>https://example.org/1</link><description>Ships sailed to the port on Monday.</description></item>
<item><title>Two</title><link>https://example.org/2</link><description>A bare less-than: 5 < 7 ships.</description></item>
<item><title>Three</title><link>https://example.org/3</link><description>Engineers returned home.</description></item>
</channel></rss>`
	atom := `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Notes</title>
<entry><title>A</title><link href="https://example.org/a"/><content type="html">First entry text.</content></entry>
<entry><title>B</title><content type="html">A bare less-than: 5 < 7 units.</content></entry>
<entry><title>C</title><link href="https://example.org/c"/><content type="html">Third entry text.</content></entry>
</feed>`
	for _, tt := range []struct {
		name, data string
		titles     string
	}{{"rss", rss, "One|Three"}, {"atom", atom, "A|C"}} {
		f, err := Parse([]byte(tt.data))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var titles []string
		for _, it := range f.Items {
			titles = append(titles, it.Title)
		}
		if strings.Join(titles, "|") != tt.titles || f.Type != tt.name || f.Title == "" {
			t.Errorf("%s: %s feed %q items %v, want %s", tt.name, f.Type, f.Title, titles, tt.titles)
		}
		if len(f.Bad) != 1 || f.Bad[0].Index != 2 || f.Bad[0].Err == nil {
			t.Errorf("%s: bad items %+v, want item 2", tt.name, f.Bad)
		}
	}
}
