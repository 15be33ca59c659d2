package storetest

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"

	"attache"
)

func testRoundTrip(t *testing.T, s attache.Store) {
	want := richArticle("rich1")
	MustPut(t, s, want)
	sameArticle(t, MustArticle(t, s, "rich1"), richArticle("rich1"))

	// An empty (but present) extraction stays present.
	empty := plain("empty-x", "t", "some text", "", "")
	empty.Extraction = &attache.Extraction{}
	MustPut(t, s, empty)
	got := MustArticle(t, s, "empty-x")
	if got.Extraction == nil {
		t.Fatal("empty extraction came back nil")
	}
	sameArticle(t, got, empty)
}

func testNoExtraction(t *testing.T, s attache.Store) {
	a := plain("bare", "Title", "Text only.", "2024-01-02", "VNA")
	MustPut(t, s, a)
	got := MustArticle(t, s, "bare")
	if got.Extraction != nil {
		t.Errorf("extraction = %+v, want nil", got.Extraction)
	}
	sameArticle(t, got, a)
}

// testNotExtracted: the reason an article was stored without extraction
// comes back with the article and in lists, and a new extraction clears it.
func testNotExtracted(t *testing.T, s attache.Store) {
	ctx := context.Background()
	a := plain("over", "Title", "Text only.", "2024-01-02", "VNA")
	a.NotExtracted = "extraction ran over its time budget (30ms, 3000000 bytes)"
	MustPut(t, s, a)
	MustPut(t, s, plain("fine", "Title", "Other text.", "2024-01-01", "VNA"))
	got := MustArticle(t, s, "over")
	if got.NotExtracted != a.NotExtracted {
		t.Errorf("NotExtracted = %q, want %q", got.NotExtracted, a.NotExtracted)
	}
	sameArticle(t, got, a)
	list, _, err := s.FindArticles(ctx, attache.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	reasons := map[string]string{}
	for _, a := range list {
		reasons[a.ID] = a.NotExtracted
	}
	if want := map[string]string{"over": a.NotExtracted, "fine": ""}; !reflect.DeepEqual(reasons, want) {
		t.Errorf("FindArticles reasons %q, want %q", reasons, want)
	}
	if err := s.ReplaceExtraction(ctx, "over", &attache.Extraction{Doc: "over.txt"}); err != nil {
		t.Fatal(err)
	}
	if got := MustArticle(t, s, "over"); got.NotExtracted != "" || got.Extraction == nil {
		t.Errorf("after a new extraction: NotExtracted %q, extraction %v; want no reason and the extraction", got.NotExtracted, got.Extraction)
	}
	// a later failure records its own reason, and only that one
	MustPut(t, s, plain("again", "Title", "Third text.", "2024-01-03", "VNA"))
	for _, reason := range []string{"extraction failed: first", "extraction ran over its time budget (20ms, 11 bytes)"} {
		if err := s.MarkNotExtracted(ctx, "again", reason); err != nil {
			t.Fatal(err)
		}
		if got := MustArticle(t, s, "again"); got.NotExtracted != reason || got.Extraction != nil {
			t.Errorf("after MarkNotExtracted: NotExtracted %q, extraction %v; want %q and none", got.NotExtracted, got.Extraction, reason)
		}
	}
	if err := s.MarkNotExtracted(ctx, "missing", "x"); attache.ErrorCode(err) != attache.ENOTFOUND {
		t.Errorf("MarkNotExtracted of a missing article: %v, want ENOTFOUND", err)
	}
}

// testManyMentions: an article naming one body thousands of times (and
// sentences by the thousand) comes back whole and in order, as stores
// may write such rows in batches.
func testManyMentions(t *testing.T, s attache.Store) {
	a := plain("many", "Title", strings.Repeat("the Ministry of Defence of ", 1500), "2024-01-02", "")
	x := &attache.Extraction{Doc: "many.txt"}
	e := attache.Entity{ID: "e1", Type: attache.Organization, Name: "Ministry of Defence"}
	for i := range 1500 {
		start := 26*i + 4
		e.Mentions = append(e.Mentions, attache.Mention{Start: start, End: start + 19, Text: "Ministry of Defence", Sentence: i / 100})
		if i%100 == 0 {
			x.Sentences = append(x.Sentences, attache.Span{Start: 26 * i, End: 26 * (i + 100)})
		}
	}
	x.Entities = []attache.Entity{e, {ID: "e2", Type: attache.Country, Name: "Vietnam", Country: "VN",
		Mentions: []attache.Mention{{Start: 0, End: 3, Text: "the"}}}}
	a.Extraction = x
	MustPut(t, s, a)
	sameArticle(t, MustArticle(t, s, "many"), a)
}

func testConflict(t *testing.T, s attache.Store) {
	MustPut(t, s, richArticle("dup"))
	other := plain("dup", "Another title", "Another text", "2020-01-01", "X")
	wantCode(t, s.PutArticle(context.Background(), other), attache.ECONFLICT, "second put")
	sameArticle(t, MustArticle(t, s, "dup"), richArticle("dup"))
}

func testInvalid(t *testing.T, s attache.Store) {
	ctx := context.Background()
	bad := []struct {
		name string
		a    *attache.Article
	}{
		{"no id", plain("", "t", "text", "", "")},
		{"no text", plain("x1", "t", "", "", "")},
		{"bad date", plain("x2", "t", "text", "26/12/2024", "")},
		{"impossible date", plain("x3", "t", "text", "2024-02-30", "")},
	}
	for _, b := range bad {
		wantCode(t, s.PutArticle(ctx, b.a), attache.EINVALID, b.name)
	}
	_, total, err := s.FindArticles(ctx, attache.ArticleFilter{})
	if err != nil || total != 0 {
		t.Errorf("after invalid puts: total %d, err %v; want 0 stored", total, err)
	}
}

func testNotFound(t *testing.T, s attache.Store) {
	ctx := context.Background()
	MustPut(t, s, plain("present", "t", "text", "", ""))
	a, err := s.Article(ctx, "absent")
	wantCode(t, err, attache.ENOTFOUND, "Article")
	if a != nil {
		t.Errorf("Article(absent) = %+v, want nil", a)
	}
	wantCode(t, s.ReplaceExtraction(ctx, "absent", &attache.Extraction{}), attache.ENOTFOUND, "ReplaceExtraction")
}

func testFindArticles(t *testing.T, s attache.Store) {
	ctx := context.Background()
	MustPut(t, s, filterSet()...)
	// a-hanoi 2025-03-04 VNA, a-juba 2024-11-02 VNA, a-jakarta 2024-07-15 Antara, a-tokyo (no date) Kyodo
	cases := []struct {
		name  string
		f     attache.ArticleFilter
		want  []string
		total int
	}{
		{"all, newest first, undated last", attache.ArticleFilter{}, []string{"a-hanoi", "a-juba", "a-jakarta", "a-tokyo"}, 4},
		{"from", attache.ArticleFilter{From: "2024-11-02"}, []string{"a-hanoi", "a-juba"}, 2},
		{"to inclusive", attache.ArticleFilter{To: "2024-11-02"}, []string{"a-juba", "a-jakarta"}, 2},
		{"to a month", attache.ArticleFilter{To: "2024-11"}, []string{"a-juba", "a-jakarta"}, 2},
		{"year range", attache.ArticleFilter{From: "2024", To: "2024"}, []string{"a-juba", "a-jakarta"}, 2},
		{"source", attache.ArticleFilter{Source: "VNA"}, []string{"a-hanoi", "a-juba"}, 2},
		{"ids", attache.ArticleFilter{IDs: []string{"a-tokyo", "a-jakarta", "zzz"}}, []string{"a-jakarta", "a-tokyo"}, 2},
		{"empty ids", attache.ArticleFilter{IDs: []string{}}, nil, 0},
		{"id prefix", attache.ArticleFilter{IDPrefix: "a-j"}, []string{"a-juba", "a-jakarta"}, 2},
		{"limit", attache.ArticleFilter{Limit: 2}, []string{"a-hanoi", "a-juba"}, 4},
		{"offset", attache.ArticleFilter{Limit: 2, Offset: 3}, []string{"a-tokyo"}, 4},
		{"no match", attache.ArticleFilter{Source: "Reuters"}, nil, 0},
		// a page shorter than its list: the total is counted apart
		{"from, counted", attache.ArticleFilter{From: "2024-11-02", Limit: 1}, []string{"a-hanoi"}, 2},
		{"to, counted, undated left out", attache.ArticleFilter{To: "2025", Limit: 1}, []string{"a-hanoi"}, 3},
		{"to a month, counted", attache.ArticleFilter{To: "2024-11", Limit: 1}, []string{"a-juba"}, 2},
		{"year range and source, counted", attache.ArticleFilter{From: "2024", To: "2024", Source: "VNA", Limit: 1, Offset: 1}, nil, 1},
		{"source, counted", attache.ArticleFilter{Source: "VNA", Limit: 1}, []string{"a-hanoi"}, 2},
		{"ids, counted", attache.ArticleFilter{IDs: []string{"a-tokyo", "a-jakarta"}, Limit: 1}, []string{"a-jakarta"}, 2},
	}
	for _, c := range cases {
		got, total, err := s.FindArticles(ctx, c.f)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if !reflect.DeepEqual(articleIDs(got), c.want) || total != c.total {
			t.Errorf("%s: got %v total %d, want %v total %d", c.name, articleIDs(got), total, c.want, c.total)
		}
		for _, a := range got {
			if a.Extraction != nil || a.Original != nil || a.Text == "" {
				t.Errorf("%s: %s: want text without extraction and original", c.name, a.ID)
			}
		}
	}
}

// testFindArticlesAfter pages through the list by keyset (After, the
// last article of the page before) and checks that the pages, joined,
// are the whole list, same-day and undated articles included, with the
// list's total on every page.
func testFindArticlesAfter(t *testing.T, s attache.Store) {
	ctx := context.Background()
	putPagedSet(t, s)
	for _, f := range []attache.ArticleFilter{{}, {Source: "VNA"}, {To: "2024-12"}, {Source: "Kyodo"}, {From: "2030"}} {
		whole, total, err := s.FindArticles(ctx, f)
		if err != nil {
			t.Fatalf("%+v: %v", f, err)
		}
		for _, limit := range []int{1, 2, 3} {
			got := pagesByKey(t, func(after string) []string {
				page := f
				page.Limit, page.After = limit, after
				as, n, err := s.FindArticles(ctx, page)
				if err != nil {
					t.Fatalf("%+v: %v", page, err)
				}
				if n != total {
					t.Errorf("%+v: total %d, want %d", page, n, total)
				}
				page.NoTotal = true
				bare, n, err := s.FindArticles(ctx, page)
				if err != nil || n != 0 || !reflect.DeepEqual(articleIDs(bare), articleIDs(as)) {
					t.Errorf("%+v without its total: %v, %d, %v; want %v, 0", page, articleIDs(bare), n, err, articleIDs(as))
				}
				return articleIDs(as)
			})
			if !reflect.DeepEqual(got, articleIDs(whole)) {
				t.Errorf("%+v by pages of %d: %v, want %v", f, limit, got, articleIDs(whole))
			}
		}
	}
	_, _, err := s.FindArticles(ctx, attache.ArticleFilter{After: "nope", Limit: 2})
	wantCode(t, err, attache.EINVALID, "after an article not stored")
	_, _, err = s.FindArticles(ctx, attache.ArticleFilter{After: "a-juba", Limit: 2, Offset: 2})
	wantCode(t, err, attache.EINVALID, "after with an offset")
}

func testFindArticlesInvalid(t *testing.T, s attache.Store) {
	ctx := context.Background()
	for _, f := range []attache.ArticleFilter{
		{From: "yesterday"}, {To: "2024-13-01"}, {From: "2025-01-01", To: "2024-01-01"}, {Limit: -1}, {Offset: -5},
	} {
		_, _, err := s.FindArticles(ctx, f)
		wantCode(t, err, attache.EINVALID, fmt.Sprintf("filter %+v", f))
	}
}

func testReplaceExtraction(t *testing.T, s attache.Store) {
	ctx := context.Background()
	MustPut(t, s, richArticle("r1"))
	next := &attache.Extraction{
		Doc: "r1.txt",
		Entities: []attache.Entity{{ID: "e1", Type: attache.Organization, Name: "ADMM-Plus",
			Aliases: []string{"ADMM+"}, Mentions: []attache.Mention{{Start: 1, End: 5, Text: "ADMM"}}}},
		Events: []attache.Event{{Type: "conference", Date: "2025", Participants: []string{"ADMM-Plus"}, Salience: "main"}},
	}
	if err := s.ReplaceExtraction(ctx, "r1", next); err != nil {
		t.Fatal(err)
	}
	got := MustArticle(t, s, "r1")
	if !reflect.DeepEqual(got.Extraction, normalized(next)) {
		t.Errorf("after replace:\n got %+v\nwant %+v", got.Extraction, normalized(next))
	}
	// The old entities and events are gone from the filters too.
	hits, err := s.Search(ctx, attache.SearchQuery{Entity: "Phan Van Giang"})
	if err != nil || len(hits) != 0 {
		t.Errorf("old entity still found: %v %v", ids(hits), err)
	}
	hits, err = s.Search(ctx, attache.SearchQuery{Entity: "admm+", Type: "conference"})
	if err != nil || !reflect.DeepEqual(ids(hits), []string{"r1"}) {
		t.Errorf("new entity: %v %v, want [r1]", ids(hits), err)
	}
	// The article itself is untouched.
	want := richArticle("r1")
	want.Extraction = next
	sameArticle(t, got, want)

	if err := s.ReplaceExtraction(ctx, "r1", nil); err != nil {
		t.Fatal(err)
	}
	if x := MustArticle(t, s, "r1").Extraction; x != nil {
		t.Errorf("after replace with nil: %+v", x)
	}
}

func testFingerprints(t *testing.T, s attache.Store) {
	a := plain("f1", "t", "first copy", "", "")
	a.SimHash = 1<<63 | 42
	b := plain("f2", "t", "near copy", "", "")
	b.SimHash = 1<<63 | 43
	b.DuplicateOf = "f1"
	c := plain("f3", "t", "other story", "", "")
	c.SimHash = 7
	MustPut(t, s, a, b, c)
	fps, err := s.Fingerprints(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]uint64{}
	for _, fp := range fps {
		got[fp.ID] = fp.SimHash
	}
	want := map[string]uint64{"f1": 1<<63 | 42, "f3": 7}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("fingerprints = %v, want %v", got, want)
	}
	if MustArticle(t, s, "f2").DuplicateOf != "f1" {
		t.Error("DuplicateOf not kept")
	}
}

// testConcurrentPut stores articles from several goroutines, some of them
// racing on the same id: each id is stored once, every other attempt is a
// conflict, and nothing fails for lack of a lock.
func testConcurrentPut(t *testing.T, s attache.Store) {
	const workers, each = 6, 15
	ctx := context.Background()
	var wg sync.WaitGroup
	var mu sync.Mutex
	stored, conflicts := map[string]int{}, 0
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				id := fmt.Sprintf("w%d-%d", w, i)
				if i%3 == 0 {
					id = fmt.Sprintf("shared-%d", i) // every worker tries this one
				}
				a := richArticle(id)
				err := s.PutArticle(ctx, a)
				mu.Lock()
				switch attache.ErrorCode(err) {
				case "":
					stored[id]++
				case attache.ECONFLICT:
					conflicts++
				default:
					t.Errorf("put %s: %v", id, err)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	shared := each / 3
	wantStored := shared + workers*(each-shared)
	if len(stored) != wantStored || conflicts != shared*(workers-1) {
		t.Errorf("stored %d ids, %d conflicts; want %d and %d", len(stored), conflicts, wantStored, shared*(workers-1))
	}
	for id, n := range stored {
		if n != 1 {
			t.Errorf("%s stored %d times", id, n)
		}
	}
	_, total, err := s.FindArticles(ctx, attache.ArticleFilter{})
	if err != nil || total != wantStored {
		t.Errorf("total %d (%v), want %d", total, err, wantStored)
	}
	sameArticle(t, MustArticle(t, s, "shared-0"), richArticle("shared-0"))
}

// testSearchWithoutWordsAfter pages a search without words (a list of the
// filtered articles) by keyset, as testFindArticlesAfter the article
// list, and checks that a search for words refuses a page after an
// article.
func testSearchWithoutWordsAfter(t *testing.T, s attache.Store) {
	ctx := context.Background()
	putPagedSet(t, s)
	for _, q := range []attache.SearchQuery{{Source: "VNA"}, {To: "2024-12"}, {Source: "Kyodo"}, {From: "2030"}} {
		whole, err := s.Search(ctx, attache.SearchQuery{Source: q.Source, From: q.From, To: q.To, Limit: 100})
		if err != nil {
			t.Fatalf("%+v: %v", q, err)
		}
		for _, limit := range []int{1, 2, 3} {
			got := pagesByKey(t, func(after string) []string {
				page := q
				page.Limit, page.After = limit, after
				hits, err := s.Search(ctx, page)
				if err != nil {
					t.Fatalf("%+v: %v", page, err)
				}
				return hitIDs(hits)
			})
			if !reflect.DeepEqual(got, hitIDs(whole)) {
				t.Errorf("%+v by pages of %d: %v, want %v", q, limit, got, hitIDs(whole))
			}
		}
	}
	_, err := s.Search(ctx, attache.SearchQuery{Source: "VNA", After: "nope", Limit: 2})
	wantCode(t, err, attache.EINVALID, "after an article not stored")
	_, err = s.Search(ctx, attache.SearchQuery{Source: "VNA", After: "a-same-1", Limit: 2, Offset: 2})
	wantCode(t, err, attache.EINVALID, "after with an offset")
	_, err = s.Search(ctx, attache.SearchQuery{Query: "report", After: "a-same-1", Limit: 2})
	wantCode(t, err, attache.EINVALID, "after with words")
}

func hitIDs(hits []attache.SearchHit) []string {
	var ids []string
	for _, h := range hits {
		ids = append(ids, h.ID)
	}
	return ids
}

// putPagedSet stores filterSet and three articles that test a list's
// keys: two of one day and a second undated one.
func putPagedSet(t *testing.T, s attache.Store) {
	MustPut(t, s, filterSet()...)
	MustPut(t, s, plain("a-same-1", "one", "first report of the day", "2024-11-02", "VNA"),
		plain("a-same-2", "two", "second report of the day", "2024-11-02", "VNA"),
		plain("a-undated-2", "three", "a report without a date", "", "Kyodo"))
}

// pagesByKey joins the ids of a list's pages that page reads, each after
// the last id of the page before ("" the first), until an empty page.
func pagesByKey(t *testing.T, page func(after string) []string) []string {
	t.Helper()
	var all []string
	after := ""
	for range 50 {
		ids := page(after)
		if len(ids) == 0 {
			return all
		}
		all = append(all, ids...)
		after = ids[len(ids)-1]
	}
	t.Fatalf("more than 50 pages: %v", all)
	return nil
}
