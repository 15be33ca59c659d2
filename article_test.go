package attache

import "testing"

func TestArticleID(t *testing.T) {
	a, b := ArticleID("Text one."), ArticleID("Text one.")
	if a != b || len(a) != 16 {
		t.Errorf("ArticleID not stable or not 16 hex digits: %q %q", a, b)
	}
	if ArticleID("Text one.") == ArticleID("Text one!") {
		t.Error("different texts share an id")
	}
}
