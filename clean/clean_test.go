package clean

import (
	"attache/internal/devcorpus"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"attache"
	"attache/internal/fuzzguard"
)

func TestClean(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    string
		removed []string // kinds, in order
	}{
		{"plain text unchanged", "Title line\n\nFirst paragraph.\n\nSecond one.", "Title line\n\nFirst paragraph.\n\nSecond one.", nil},
		{"crlf and blank runs", "A line.\r\n\r\n\r\n\r\nB line.\r\n", "A line.\n\nB line.", nil},
		{"nfc", "Ha\u0300 No\u0323\u0302i.", "Hà Nội.", nil},
		{"control chars and nbsp", "set\u00a0off\x02 to\x03 go.", "set off to go.", nil},
		{"caption with credit, repeated",
			"Lead sentence here.\nThe minister speaks at the event (Photo: VNA)\nThe minister speaks at the event (Photo: VNA)\n\nNext paragraph.",
			"Lead sentence here.\n\nNext paragraph.", []string{KindCaption, KindCaption}},
		{"caption repeated without credit",
			"Lead sentence here.\n\nGeneral Smith greets troops in Kabul\nGeneral Smith greets troops in Kabul\n\nBody.",
			"Lead sentence here.\n\nBody.", []string{KindCaption, KindCaption}},
		{"inline photo credit",
			"The ship (Photo: Reuters) docked in Manila on Monday.",
			"The ship docked in Manila on Monday.", []string{KindPhotoCredit}},
		{"caption marker line",
			"Headline about drills\n\nHeadline about drills ảnh 1Soldiers during the drill\nBody text follows here.",
			"Headline about drills\n\nBody text follows here.", []string{KindCaptionMarker}},
		{"dateline with agency",
			"Jakarta (Antara) – Indonesia and Japan held talks on Monday.",
			"Jakarta (Antara) – Indonesia and Japan held talks on Monday.", nil},
		{"dateline with date",
			"Canberra, March 3 (AAP) - Australia signed a deal.",
			"Canberra, March 3 (AAP) - Australia signed a deal.", nil},
		{"dateline in capitals",
			"MANILA — The Philippine Navy received two frigates.",
			"MANILA — The Philippine Navy received two frigates.", nil},
		{"repeated lead keeps the copy with the dateline",
			"Headline\n\nThe two navies held a joint patrol in the Gulf of Thailand on Friday.\nBangkok (TNA) – The two navies held a joint patrol in the Gulf of Thailand on Friday.\n\nMore.",
			"Headline\n\nBangkok (TNA) – The two navies held a joint patrol in the Gulf of Thailand on Friday.\n\nMore.", []string{KindRepeatedLead}},
		{"end mark after period", "They agreed./.", "They agreed.", []string{KindEndMark}},
		{"end mark without period", "They agreed/.", "They agreed.", []string{KindEndMark}},
		{"see more and signature line",
			"Body sentence.\n\nVNA\n\nSee more", "Body sentence.", []string{KindSeeMore, KindSignature}},
		{"read more trailer", "Body sentence.\nRead more »", "Body sentence.", []string{KindSeeMore}},
		{"glued end signature", "The sides agreed to meet again. — VNA/VNS", "The sides agreed to meet again.", []string{KindSignature}},
		{"glued signature with debris after it",
			"The sides agreed. — VNA/VNStion will continue.\n\nOn behalf of someone else.",
			"The sides agreed.", []string{KindSignature, KindTrailing}},
		// Real content that looks a little like debris must survive.
		{"acronym line mid-text stays", "NATO\n\nThe alliance met in Brussels.", "NATO\n\nThe alliance met in Brussels.", nil},
		{"repeated short sentence stays", "Yes.\nYes.", "Yes.\nYes.", nil},
		{"dash inside sentence stays", "Vietnam – Russia relations are strong. — says the minister", "Vietnam – Russia relations are strong. — says the minister", nil},
		{"URL slash stays", "See https://example.org/a/. for details.", "See https://example.org/a/. for details.", nil},
		{"word photo stays", "The photo exhibition opened in Hanoi.", "The photo exhibition opened in Hanoi.", nil},
		{"see more inside sentence stays", "Analysts expect to see more exercises.", "Analysts expect to see more exercises.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, rm := Clean(tt.in)
			if got != tt.want {
				t.Errorf("Clean(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
			if kinds := kindsOf(rm); strings.Join(kinds, ",") != strings.Join(tt.removed, ",") {
				t.Errorf("removed %v (%+v), want %v", kinds, rm, tt.removed)
			}
		})
	}
}

func TestDateHeader(t *testing.T) {
	tests := []struct {
		in, date, rest string
		ok             bool
	}{
		{"date 2025-12-10\nText.", "2025-12-10", "Text.", true},
		{" date 2025-12-10 HÀ NỘI — Text.", "2025-12-10", "HÀ NỘI — Text.", true},
		{"\ufeffdate 2024-01-31\r\nText.", "2024-01-31", "Text.", true},
		{"date 2025-13-40 Text.", "", "date 2025-13-40 Text.", false},
		{"The date 2025-12-10 was chosen.", "", "The date 2025-12-10 was chosen.", false},
		{"dated 2025-12-10", "", "dated 2025-12-10", false},
	}
	for _, tt := range tests {
		date, rest, r, ok := DateHeader(tt.in)
		rest = strings.TrimLeft(rest, "\r\n")
		if date != tt.date || rest != tt.rest || ok != tt.ok {
			t.Errorf("DateHeader(%q) = %q, %q, %v; want %q, %q, %v", tt.in, date, rest, ok, tt.date, tt.rest, tt.ok)
		}
		if ok && (r.Kind != KindDateHeader || !strings.Contains(r.Text, tt.date)) {
			t.Errorf("DateHeader(%q) removal = %+v", tt.in, r)
		}
	}
}

// TestCleanDev checks what cleaning removes from each real dev article and
// that the key sentences survive.
func TestCleanDev(t *testing.T) {
	dev := devcorpus.Dir(t)
	tests := []struct {
		prefix  string
		removed []string
		keep    []string
		gone    []string
	}{
		{"000_", []string{KindCaption, KindCaption, KindSignature},
			[]string{"Defence ministry reviews 2024 integration efforts, sets 2025 agenda\n\nThe Ministry of National Defence held a conference in Hanoi on December 27",
				"The hybrid event connected with 22 military locations nationwide.",
				"at the UN Interim Security Force for Abyei (UNISFA)."},
			[]string{"(Photo: VNA)", "speaks at the event"}},
		{"001_", nil,
			[]string{"The working session aimed at reviewing", "repatriation of the remains of fallen soldiers, he said."}, nil},
		{"002_", []string{KindCaption},
			[]string{"hosted a reception in Hanoi on December 26 for Russian Deputy Minister",
				"he extended an invitation to Giang and a delegation of 80 military personnel"},
			[]string{"(R) and Russian", "(Photo: VNA)"}},
		{"003_", []string{KindCaptionMarker, KindCaptionMarker, KindCaptionMarker, KindRepeatedLead, KindSeeMore, KindSignature, KindEndMark},
			[]string{"Engagement in UN peacekeeping missions – prominent point in Vietnam’s multilateral diplomacy\n\nHanoi (VNA) – Upholding Vietnam’s peace-loving tradition",
				"Vietnam has sent 76 individuals, including eight women,",
				"with 184 soldiers, including 21 women.",
				"get engaged in UN peacekeeping missions."},
			[]string{"ảnh", "(Photo:", "See more", "/.", "missions.\nVNA"}},
		{"004_", []string{KindSignature},
			[]string{"General Phan Văn Giang, Politburo member,", "Sergey Shoigu in Hà Nội on Wednesday.", "research collaboration within the VRTC."},
			[]string{"date 2025-12-10", "VNA/VNS"}},
	}
	for _, tt := range tests {
		t.Run(tt.prefix, func(t *testing.T) {
			files, _ := filepath.Glob(filepath.Join(dev, tt.prefix+"*.txt"))
			if len(files) != 1 {
				t.Fatalf("want one dev file %s*.txt, got %v", tt.prefix, files)
			}
			raw, err := os.ReadFile(files[0])
			if err != nil {
				t.Fatal(err)
			}
			_, rest, _, _ := DateHeader(string(raw))
			got, rm := Clean(rest)
			if kinds := kindsOf(rm); strings.Join(kinds, ",") != strings.Join(tt.removed, ",") {
				t.Errorf("removed %v, want %v\n%+v", kinds, tt.removed, rm)
			}
			for _, s := range tt.keep {
				if !strings.Contains(got, s) {
					t.Errorf("lost %q", s)
				}
			}
			for _, s := range tt.gone {
				if strings.Contains(got, s) {
					t.Errorf("still contains %q", s)
				}
			}
			// Every sentence-like line of the original that is not debris
			// survives: count lines ending with a period.
			if n, m := strings.Count(got, ".\n")+1, strings.Count(string(raw), ".\n"); n < m-6 {
				t.Errorf("too few paragraphs survive: %d of %d", n, m)
			}
		})
	}
}

func kindsOf(rm []attache.Removal) []string {
	var out []string
	for _, r := range rm {
		out = append(out, r.Kind)
	}
	return out
}

func FuzzClean(f *testing.F) {
	f.Add("Hanoi (VNA) – Text.\nCaption (Photo: VNA)\nCaption (Photo: VNA)\n\nVNA\n\nSee more")
	f.Add("Headline ảnh 1Caption\nEnd./.")
	f.Add(" date 2025-12-10 HÀ NỘI — Text. — VNA/VNStion")
	f.Add("\xff\xfe\r\n\u0958")
	f.Fuzz(func(t *testing.T, in string) {
		defer fuzzguard.Start("Clean", len(in), fuzzguard.Limit)()
		out, _ := Clean(in)
		if !utf8.ValidString(out) {
			t.Errorf("invalid UTF-8 out of %q", in)
		}
		if len(out) > len(in) {
			t.Errorf("output longer than input: %q -> %q", in, out)
		}
		if strings.ContainsAny(out, attache.Mark+attache.EndMark+"\r") {
			t.Errorf("control characters kept: %q", out)
		}
	})
}

// TestIndexDash checks indexDash against strings.IndexAny, and
// lastIndexDash against strings.LastIndex, over dashes,
// their neighbours in Unicode and cut sequences.
func TestIndexDash(t *testing.T) {
	for _, s := range []string{"", "a – b", "a — b", "no dash", "‒ then –", "‘quoted’ — x", "\xe2\x80", "x\xe2\x80\x93", "\xe2\x80\xe2\x80\x94", "–"} {
		if got, want := indexDash(s), strings.IndexAny(s, "–—"); got != want {
			t.Errorf("indexDash(%q) = %d, want %d", s, got, want)
		}
		if got, want := lastIndexDash(s), max(strings.LastIndex(s, "–"), strings.LastIndex(s, "—")); got != want {
			t.Errorf("lastIndexDash(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestNeedsSpaceMap: the check normalize runs before strings.Map says yes
// exactly when spaceMap would change the text, over every ASCII byte and
// the runes spaceMap maps, alone and inside text.
func TestNeedsSpaceMap(t *testing.T) {
	cases := []string{"", "plain text\nwith\ttabs", "Hà Nội – Việt Nam", "a\u00a0b", "a\u2007b", "a\u202fb", "a\u200bb", "a\ufeffb", "a\u0085b", "a\u2028b"}
	for c := range 128 {
		cases = append(cases, "x"+string(rune(c))+"y")
	}
	for _, s := range cases {
		if got, want := needsSpaceMap(s), strings.Map(spaceMap, s) != s; got != want {
			t.Errorf("needsSpaceMap(%q) = %v, want %v", s, got, want)
		}
	}
}
