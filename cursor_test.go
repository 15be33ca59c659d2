package attache

import "testing"

func TestCursorRoundTrip(t *testing.T) {
	for _, c := range []Cursor{{Key: "2024-03-05", ID: "ev:1"}, {N: 42, Key: "Phan Văn Giang", ID: "person:phan-van-giang"}, {ID: "x"}} {
		got, err := ParseCursor(c.String())
		if err != nil || got != c {
			t.Errorf("%+v: parsed back as %+v, %v", c, got, err)
		}
	}
	for _, s := range []string{"", "!!", "YWJj", Cursor{}.String()} {
		if _, err := ParseCursor(s); ErrorCode(err) != EINVALID {
			t.Errorf("ParseCursor(%q): %v, want EINVALID", s, err)
		}
	}
}

func TestEventDateStart(t *testing.T) {
	for date, want := range map[string]string{"2024-03-05/2024-03-07": "2024-03-05", "2024-03": "2024-03", "": ""} {
		if got := EventDateStart(date); got != want {
			t.Errorf("EventDateStart(%q) = %q, want %q", date, got, want)
		}
	}
}
