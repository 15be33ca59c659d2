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
