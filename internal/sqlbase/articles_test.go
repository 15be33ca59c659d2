package sqlbase

import (
	"reflect"
	"strconv"
	"testing"

	"attache"
)

// numbered is a Dialect that numbers placeholders as PostgreSQL does and
// keeps the arguments.
func numbered(args *[]any) Dialect {
	return Dialect{
		Arg: func(v any) string {
			*args = append(*args, v)
			return "$" + strconv.Itoa(len(*args))
		},
		Contains: func(s, sub string) string { return "strpos(" + s + ", " + sub + ") > 0" },
	}
}

func TestArticleCondsKeepsWholeLastMonth(t *testing.T) {
	var args []any
	w, err := ArticleConds(numbered(&args), "2024", "2024-05", "vna")
	if err != nil {
		t.Fatal(err)
	}
	wantW := []string{`a.published >= $1`, `a.published <= $2`, `a.source = $3`}
	wantArgs := []any{"2024", "2024-05~", "vna"}
	if !reflect.DeepEqual(w, wantW) || !reflect.DeepEqual(args, wantArgs) {
		t.Errorf("got %q %q, want %q %q", w, args, wantW, wantArgs)
	}
}

func TestArticleCondsRefusesBadRanges(t *testing.T) {
	for _, c := range [][2]string{{"2024-5", ""}, {"", "May 2024"}, {"2024-06", "2024-05"}} {
		var args []any
		_, err := ArticleConds(numbered(&args), c[0], c[1], "")
		if attache.ErrorCode(err) != attache.EINVALID {
			t.Errorf("from %q to %q: got %v, want EINVALID", c[0], c[1], err)
		}
	}
}

func TestTotalOfPage(t *testing.T) {
	for _, c := range []struct {
		limit, offset, n, total int
		ok                      bool
	}{
		{0, 0, 7, 7, true},    // no limit: the page is the list
		{10, 20, 3, 23, true}, // a short page ends the list
		{10, 0, 10, 0, false}, // a full page may have more after it
		{10, 50, 0, 0, false}, // past the end: count
		{10, 0, 0, 0, true},   // an empty list
	} {
		total, ok := TotalOfPage(c.limit, c.offset, c.n)
		if total != c.total || ok != c.ok {
			t.Errorf("TotalOfPage(%d, %d, %d) = %d, %v; want %d, %v", c.limit, c.offset, c.n, total, ok, c.total, c.ok)
		}
	}
}

func TestCheckArticle(t *testing.T) {
	for _, a := range []*attache.Article{nil, {Text: "x"}, {ID: "a"}, {ID: "a", Text: "x", Published: "2024-02-30"}} {
		if err := CheckArticle(a); attache.ErrorCode(err) != attache.EINVALID {
			t.Errorf("%+v: got %v, want EINVALID", a, err)
		}
	}
	if err := CheckArticle(&attache.Article{ID: "a", Text: "x", Published: "2024-02-29"}); err != nil {
		t.Errorf("valid article: %v", err)
	}
}
