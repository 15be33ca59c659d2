package tenure

import (
	"reflect"
	"testing"

	"attache"
	"attache/kb"
)

func mustFolder(t *testing.T) *Folder {
	t.Helper()
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	return NewFolder(k)
}

func TestFold(t *testing.T) {
	f := mustFolder(t)
	cases := []struct {
		in, post, org string
		former        bool
	}{
		{"Minister of National Defence", "Minister of National Defence", "Ministry of National Defence", false},
		{"Vietnamese Minister of National Defence", "Minister of National Defence", "Ministry of National Defence", false},
		{"National Defense Minister", "Minister of National Defence", "Ministry of National Defence", false},
		{"former Defence Minister", "Minister of Defence", "Ministry of Defence", true},
		{"Indonesian Defense Minister", "Minister of Defence", "Ministry of Defence", false},
		{"Vice Secretary of the Central Military Commission", "Deputy Secretary of the Central Military Commission", "Central Military Commission", false},
		{"member of the Politburo", "Politburo member", "Politburo", false},
		// Not in the table: the rule alone, organisation from "of ...".
		{"Commander of the Coast Guard Region 2", "Commander of the Coast Guard Region 2", "Coast Guard Region 2", false},
		{"Spokesperson", "Spokesperson", "", false},
		// A country name that is the whole post is kept.
		{"Vietnam", "Vietnam", "", false},
	}
	for _, c := range cases {
		post, org, former := f.Fold(c.in)
		if post != c.post || org != c.org || former != c.former {
			t.Errorf("Fold(%q) = %q, %q, %v; want %q, %q, %v", c.in, post, org, former, c.post, c.org, c.former)
		}
	}
}

func TestOfGroupsWordingsIntoTenures(t *testing.T) {
	f := mustFolder(t)
	pos := []attache.Position{
		{Kind: "post", Value: "Minister of National Defence", AsOf: "2024-12-26", ArticleID: "b"},
		{Kind: "post", Value: "Minister", AsOf: "2022-06-08", ArticleID: "a"},
		{Kind: "post", Value: "Vietnamese Minister of National Defence", AsOf: "2022-06-08", ArticleID: "a"},
		{Kind: "rank", Value: "General", AsOf: "2022-06-08", ArticleID: "a"},
		{Kind: "post", Value: "Politburo member", AsOf: "2024-12-26", ArticleID: "b"},
		{Kind: "post", Value: "Vice Secretary of the Central Military Commission", AsOf: "2024-12-26", ArticleID: "b"},
		{Kind: "rank", Value: "General", AsOf: "2024-12-26", ArticleID: "b"},
		{Kind: "post", Value: "Deputy Secretary of the Central Military Commission", AsOf: "2025-12-10", ArticleID: "c"},
		{Kind: "post", Value: "Minister of National Defence", AsOf: "2025-12-10", ArticleID: "c"},
		{Kind: "rank", Value: "Senior Lieutenant General", AsOf: "2019-01-02", ArticleID: "z"},
		{Kind: "post", Value: "Deputy Minister of National Defence", AsOf: "2019-01-02", ArticleID: "z", Former: false},
		{Kind: "post", Value: "Chief of the General Staff", ArticleID: "u"},
	}
	tenures, ranks := Of(f, pos, func(p attache.Position) string { return p.Kind + ":" + p.Value })
	type row struct {
		Post, First, Last string
		Sources           int
	}
	var got []row
	for _, tn := range tenures {
		got = append(got, row{tn.Post, tn.First, tn.Last, tn.Sources})
	}
	want := []row{
		{"Deputy Minister of National Defence", "2019-01-02", "2019-01-02", 1},
		{"Minister of National Defence", "2022-06-08", "2025-12-10", 3},
		{"Politburo member", "2024-12-26", "2024-12-26", 1},
		{"Deputy Secretary of the Central Military Commission", "2024-12-26", "2025-12-10", 2},
		{"Chief of the General Staff", "", "", 1},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tenures:\n got %+v\nwant %+v", got, want)
	}
	minister := tenures[1]
	if minister.Organisation != "Ministry of National Defence" {
		t.Errorf("organisation = %q", minister.Organisation)
	}
	if w := []string{"Minister", "Vietnamese Minister of National Defence", "Minister of National Defence"}; !reflect.DeepEqual(minister.Wordings, w) {
		t.Errorf("wordings = %q, want %q", minister.Wordings, w)
	}
	if len(minister.Facts) != 3 {
		t.Errorf("facts = %q, want one per wording", minister.Facts)
	}
	wantRanks := []attache.RankStep{
		{Rank: "Senior Lieutenant General", First: "2019-01-02", Last: "2019-01-02", Sources: 1, Articles: []string{"z"}},
		{Rank: "General", First: "2022-06-08", Last: "2024-12-26", Sources: 2, Articles: []string{"a", "b"}},
	}
	if !reflect.DeepEqual(ranks, wantRanks) {
		t.Errorf("ranks:\n got %+v\nwant %+v", ranks, wantRanks)
	}
}

func TestOfFormerFollowsTheLatestReport(t *testing.T) {
	f := NewFolder(nil)
	pos := []attache.Position{
		{Kind: "post", Value: "Ambassador", AsOf: "2020-01-01", ArticleID: "a"},
		{Kind: "post", Value: "former Ambassador", AsOf: "2023-05-01", ArticleID: "b"},
	}
	tenures, _ := Of(f, pos, nil)
	if len(tenures) != 1 || !tenures[0].Former || tenures[0].Sources != 2 {
		t.Fatalf("tenures = %+v, want one former tenure from two sources", tenures)
	}
	pos = append(pos, attache.Position{Kind: "post", Value: "Ambassador", AsOf: "2024-02-01", ArticleID: "c"})
	if tenures, _ = Of(f, pos, nil); tenures[0].Former {
		t.Errorf("a later report without 'former' still says former: %+v", tenures[0])
	}
}
