package dates

import (
	"strings"
	"testing"
	"time"

	txt "attache/extract/text"
	"attache/internal/fuzzguard"
	"attache/internal/scaling"
)

// first returns the first date found in text, and checks that FindTokens
// over the shared tokens finds the same as Find.
func first(t *testing.T, text, published string) Date {
	t.Helper()
	ds := Find(text, published)
	if len(ds) == 0 {
		t.Fatalf("Find(%q, %q): no date", text, published)
	}
	ts := FindTokens(text, published, txt.Tokenize(text))
	if len(ts) == 0 || ts[0].Value != ds[0].Value || ts[0].Start != ds[0].Start || ts[0].End != ds[0].End {
		t.Errorf("FindTokens(%q) = %+v, Find = %+v", text, ts, ds[0])
	}
	return ds[0]
}

func TestAnchoring(t *testing.T) {
	tests := []struct {
		name, text, published string
		want, expr            string
		scheduled             bool
	}{
		{"absolute month-first", "on May 27, 2014, marked", "", "2014-05-27", "May 27, 2014", false},
		{"absolute day-first", "signed on 27 May 2014 in", "2024-01-01", "2014-05-27", "27 May 2014", false},
		{"absolute no comma", "on November 13 2020 the", "", "2020-11-13", "November 13 2020", false},
		{"ordinal day", "on December 26th, the", "2024-12-27", "2024-12-26", "December 26th", false},
		{"day of month", "on the 26th of December the", "2024-12-27", "2024-12-26", "26th of December", false},
		{"partial takes publication year", "in Hanoi on December 26 for", "2024-12-26", "2024-12-26", "December 26", false},
		{"partial far in the future takes previous year", "on December 26 the", "2025-01-03", "2024-12-26", "December 26", false},
		{"partial far in the past takes next year", "will start on January 5", "2024-12-27", "2025-01-05", "January 5", true},
		{"partial May 9 from December", "parade on May 9 to", "2025-12-10", "2025-05-09", "May 9", false},
		{"weekday is publication day", "in Hà Nội on Wednesday.", "2025-12-10", "2025-12-10", "Wednesday", false},
		{"weekday most recent", "talks on Monday with", "2025-12-10", "2025-12-08", "Monday", false},
		{"weekday Thursday goes back six days", "on Thursday", "2025-12-10", "2025-12-04", "Thursday", false},
		{"last weekday on that weekday", "last Wednesday", "2025-12-10", "2025-12-03", "last Wednesday", false},
		{"next weekday", "next Friday", "2025-12-10", "2025-12-12", "next Friday", true},
		{"weekday in a future clause", "Shin and Kihara are set to hold talks on Sunday.", "2024-06-01", "2024-06-02", "Sunday", true},
		{"weekday set off before will", "On Tuesday, the minister will call on the Prime Minister.", "2025-12-10", "2025-12-16", "Tuesday", true},
		{"weekday after will and a long object", "The two navies will also hold a joint mine countermeasures drill and a communications exercise in the Gulf of Thailand on Friday.", "2025-10-27", "2025-10-31", "Friday", true},
		{"weekday set off before will after another sentence", "They met in Hanoi. On Tuesday, Mr Lam will call on the Prime Minister.", "2025-12-10", "2025-12-16", "Tuesday", true},
		{"weekday set off before a reporting verb", "On Tuesday, he said he will visit Hanoi.", "2025-12-10", "2025-12-09", "Tuesday", false},
		{"weekday after will", "The ministers will meet in Hanoi on Friday.", "2025-12-10", "2025-12-12", "Friday", true},
		{"weekday ending a span still running", "Sahir, on a six-day visit until Saturday, held talks.", "2025-05-22", "2025-05-24", "Saturday", true},
		{"weekday ending a span that ends", "The minister, on a four-day visit that ends on Thursday, called on the chief.", "2025-10-21", "2025-10-23", "Thursday", true},
		{"weekday ending a span told by a participle", "The delegation is in the country for a two-day visit ending on Thursday.", "2025-10-22", "2025-10-23", "Thursday", true},
		{"weekday ending a span already over", "The drill ran until Friday.", "2025-10-21", "2025-10-17", "Friday", false},
		{"future weekday on publication day", "The forum is expected to open on Wednesday.", "2025-12-10", "2025-12-10", "Wednesday", false},
		{"future marker in the sentence before", "They will meet. Talks were held on Monday.", "2025-12-10", "2025-12-08", "Monday", false},
		{"future clause across a titled name", "Marles is scheduled to hold talks with U.S. Defense Secretary Lloyd Austin on Thursday.", "2025-12-10", "2025-12-11", "Thursday", true},
		{"future clause across initials", "The chiefs are due to meet with the U.K. and U.S. delegations in Tokyo on Monday.", "2025-12-10", "2025-12-15", "Monday", true},
		{"range month-first", "Shoigu’s December 8-10 trip", "2025-12-10", "2025-12-08/2025-12-10", "December 8-10", false},
		{"range en dash", "from March 3–5, 2023 in", "", "2023-03-03/2023-03-05", "March 3–5, 2023", false},
		{"range day-first", "held 8-10 December in", "2025-12-10", "2025-12-08/2025-12-10", "8-10 December", false},
		{"range with to", "from May 5 to 7 in", "2025-06-01", "2025-05-05/2025-05-07", "May 5 to 7", false},
		{"range with between and", "between May 5 and 7 in", "2025-06-01", "2025-05-05/2025-05-07", "May 5 and 7", false},
		{"two days listed with and are two dates", "will fly out on May 22 and May 26 aboard", "2025-05-20", "2025-05-22", "May 22", true},
		{"range across months", "from May 30 to June 2", "2025-06-10", "2025-05-30/2025-06-02", "May 30 to June 2", false},
		{"month and year", "as agreed in May 2025.", "2025-12-10", "2025-05", "May 2025", false},
		{"month and year December", "exhibition in December 2024", "", "2024-12", "December 2024", false},
		{"bare month after in", "held in May, the", "2025-12-10", "2025-05", "May", false},
		{"last month is the latest one before publication", "arrived in two groups last June.", "2025-03-14", "2024-06", "June", false},
		{"last month said in a later month", "deployed there last June.", "2025-09-01", "2025-06", "June", false},
		{"next month is the first one after publication", "the show next April.", "2025-07-22", "2026-04", "April", true},
		{"next month later in the same year", "to be held next November.", "2025-07-22", "2025-11", "November", true},
		{"year", "In 2018, Vietnam sent", "", "2018", "2018", false},
		{"year range", "for the 2024–2027 cycle", "2025-12-10", "2024/2027", "2024–2027", false},
		{"year range in brackets", "War (1941-1945).", "", "1941/1945", "1941-1945", false},
		{"since", "Since 2020, the country", "", "2020", "2020", false},
		{"yesterday", "said yesterday that", "2025-12-10", "2025-12-09", "yesterday", false},
		{"today", "opened today", "2025-12-10", "2025-12-10", "today", false},
		{"last week", "visited last week", "2025-12-10", "2025-12-01/2025-12-07", "last week", false},
		{"earlier this month", "earlier this month, the", "2025-12-10", "2025-12", "earlier this month", false},
		{"next month", "will be held next month", "2025-12-10", "2026-01", "next month", true},
		{"last year", "signed last year", "2025-12-10", "2024", "last year", false},
		{"month then last year", "signed a contract in April last year to buy", "2025-06-24", "2024-04", "April last year", false},
		{"day then last year", "signed on June 3 last year.", "2025-06-24", "2024-06-03", "June 3 last year", false},
		{"month then next year", "will meet in May next year.", "2025-06-24", "2026-05", "May next year", true},
		{"month then this year", "was founded in March this year.", "2025-06-24", "2025-03", "March this year", false},
		{"next year scheduled", "in 2026 the", "2025-12-10", "2026", "2026", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := first(t, tt.text, tt.published)
			if d.Value != tt.want || d.Text != tt.expr || d.Scheduled != tt.scheduled {
				t.Errorf("Find(%q, %q) = %q %q scheduled=%v, want %q %q scheduled=%v",
					tt.text, tt.published, d.Text, d.Value, d.Scheduled, tt.expr, tt.want, tt.scheduled)
			}
			if tt.text[d.Start:d.End] != d.Text {
				t.Errorf("offsets [%d,%d) = %q, want %q", d.Start, d.End, tt.text[d.Start:d.End], d.Text)
			}
		})
	}
}

func TestSinceFlag(t *testing.T) {
	if d := first(t, "Since 2020, the country", ""); !d.Since {
		t.Errorf("Since 2020: Since = false")
	}
	if d := first(t, "The unit has served there since last June.", "2025-05-20"); !d.Since || d.Value != "2024-06" {
		t.Errorf("since last June: %+v, want Since and 2024-06", d)
	}
	if d := first(t, "The rest will follow by the end of the month.", "2025-11-18"); d.Value != "2025-11" {
		t.Errorf("by the end of the month: %+v, want 2025-11", d)
	}
	if d := first(t, "In 2020, the country", ""); d.Since {
		t.Errorf("In 2020: Since = true")
	}
}

func TestYearContextWithoutPublication(t *testing.T) {
	text := "In 2018, the unit left for Bentiu and arrived there on April 11."
	ds := Find(text, "")
	if len(ds) != 2 || ds[1].Value != "2018-04-11" {
		t.Fatalf("Find = %+v, want second date 2018-04-11", ds)
	}
	// A later year of the same sentence is used when none comes before.
	ds = Find("On April 11 the unit left, as it had in 2021.", "")
	if len(ds) != 2 || ds[0].Value != "2021-04-11" {
		t.Fatalf("Find = %+v, want first date 2021-04-11", ds)
	}
	// A year of another sentence belongs to another event: a protocol
	// signed in 2011 does not date a visit from May 2 to 5.
	ds = Find("The two sides signed a protocol in 2011. The minister visits from May 2 to 5.", "")
	if len(ds) != 2 || ds[1].Value != "" {
		t.Fatalf("Find = %+v, want the second date without a year", ds)
	}
	// No year at all: the date is found but not anchored.
	ds = Find("On April 11 the unit left.", "")
	if len(ds) != 1 || ds[0].Value != "" || ds[0].Precision != Day {
		t.Fatalf("Find = %+v, want one unanchored day", ds)
	}
	// Weekdays need a publication date.
	if d := first(t, "on Wednesday", ""); d.Value != "" {
		t.Errorf("weekday without publication = %q, want \"\"", d.Value)
	}
}

func TestNotDates(t *testing.T) {
	for _, text := range []string{
		"passed Resolution No. 130/2020/QH14 on joining",
		"the officers may join later",
		"they march in step",
		"with 184 soldiers, including 21 women",
		"the past year has been busy", // a duration, not a date
		"at 12:30 local time",
		"Sapper Unit No. 1 and Rotation 6",
	} {
		if ds := Find(text, "2025-12-10"); len(ds) != 0 {
			t.Errorf("Find(%q) = %+v, want none", text, ds)
		}
	}
}

func TestDevArticleDates(t *testing.T) {
	text := "General Phan Văn Giang held a meeting with visiting Secretary Sergey Shoigu in Hà Nội on Wednesday.\n\n" +
		"The Vietnamese general highlighted the significance of Shoigu’s December 8-10 trip to Việt Nam, as agreed by the two leaders in May 2025.\n" +
		"Laos under the ADMM+ Experts' Working Groups (EWGs) on humanitarian mine action for the 2024–2027 cycle.\n" +
		"the Victory Day parade on Moscow's Red Square on May 9 to commemorate"
	var got []string
	for _, d := range Find(text, "2025-12-10") {
		got = append(got, d.Value)
	}
	want := "2025-12-10 2025-12-08/2025-12-10 2025-05 2024/2027 2025-05-09"
	if strings.Join(got, " ") != want {
		t.Errorf("got %v, want %v", got, want)
	}
}

func FuzzFind(f *testing.F) {
	f.Add("on May 27, 2014, and December 8-10 and 8-10 December 2024–2027", "2025-12-10")
	f.Add("Since 2020 last week yesterday on Wednesday", "")
	f.Fuzz(func(t *testing.T, text, published string) {
		defer fuzzguard.Start("Find", len(text), fuzzguard.Limit)()
		for _, d := range Find(text, published) {
			if d.Start < 0 || d.End > len(text) || d.Start >= d.End || text[d.Start:d.End] != d.Text {
				t.Fatalf("bad span %+v", d)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	text := strings.Repeat("The Ministry of National Defence held a conference in Hanoi on December 27 to review "+
		"defence diplomacy efforts in 2024 and chart the course for 2025, as agreed on Wednesday by the two sides. ", 200)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text, "2024-12-27")
	}
}

// BenchmarkFindTokens measures FindTokens over tokens already made, as
// the extraction pipeline calls it.
func BenchmarkFindTokens(b *testing.B) {
	text := strings.Repeat("The Ministry of National Defence held a conference in Hanoi on December 27 to review "+
		"defence diplomacy efforts in 2024 and chart the course for 2025, as agreed on Wednesday by the two sides. ", 200)
	toks := txt.Tokenize(text)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		FindTokens(text, "2024-12-27", toks)
	}
}

// TestISO checks the hand-written ISO form against time.Format at every
// precision, over two centuries of days.
func TestISO(t *testing.T) {
	layouts := map[Precision]string{Year: "2006", Month: "2006-01", Day: "2006-01-02"}
	for d := time.Date(1899, 12, 25, 0, 0, 0, 0, time.UTC); d.Year() < 2101; d = d.AddDate(0, 0, 3) {
		for p, layout := range layouts {
			if got, want := iso(d, p), d.Format(layout); got != want {
				t.Fatalf("iso(%v, %d) = %q, want %q", d, p, got, want)
			}
		}
	}
	if got := iso(time.Date(2024, 5, 5, 0, 0, 0, 0, time.UTC), Unknown); got != "" {
		t.Errorf("iso at unknown precision = %q, want empty", got)
	}
}

// BenchmarkFindTokensDenseDates is FindTokens on a text that is nothing
// but dates ("on May 5, " again and again, no sentence end): every token
// takes part in an expression, the scanner's worst case.
func BenchmarkFindTokensDenseDates(b *testing.B) {
	text := strings.Repeat("on May 5, ", 40_000)
	toks := txt.Tokenize(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	t0 := scaling.CPUTime()
	for b.Loop() {
		FindTokens(text, "", toks)
	}
	// per second of CPU time, steadier than MB/s on a busy machine
	b.ReportMetric(float64(len(text))*float64(b.N)/(scaling.CPUTime()-t0).Seconds()/1e6, "cpu-MB/s")
}

// lastOfKind returns the value of the last date of kind k that Find reads
// in text, or "" when it reads none.
func lastOfKind(text, published string, k Kind) string {
	got := ""
	for _, d := range Find(text, published) {
		if d.Kind == k {
			got = d.Value
		}
	}
	return got
}

// TestIsStartWord checks the shape test before the map against the map:
// every word that starts a date passes it, and a few that do not fail.
func TestIsStartWord(t *testing.T) {
	for w := range startWords {
		if !isStartWord(w) {
			t.Errorf("isStartWord(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"", "minister", "met", "the", "june2", "jun", "dec.", "mayor", "Monday"} {
		if got, want := isStartWord(w), startWords[w]; got != want {
			t.Errorf("isStartWord(%q) = %v, want %v", w, got, want)
		}
	}
}
