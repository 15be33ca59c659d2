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

func TestTitleFromText(t *testing.T) {
	long := "The Minister of National Defence received the visiting chief of the general staff of a neighbouring country at the ministry headquarters on Monday morning. Talks followed."
	tests := []struct {
		name, text string
		sentences  []Span
		want       string
	}{
		{"first sentence from spans", "Navies met at sea. They drilled.", []Span{{0, 18}, {19, 32}}, "Navies met at sea."},
		{"no spans: up to the sentence end", "Navies met at sea. They drilled.", nil, "Navies met at sea."},
		{"no spans: up to the line break", "  Army chiefs meet\nThey talked.", nil, "Army chiefs meet"},
		{"spaces collapsed", "Two  ministers\tmet.", []Span{{0, 19}}, "Two ministers met."},
		{"long sentence cut at a word", long, nil, "The Minister of National Defence received the visiting chief of the general staff of…"},
		{"bad spans fall back", "Navies met at sea. They drilled.", []Span{{5, 999}}, "Navies met at sea."},
		{"no words", " \n ", nil, ""},
	}
	for _, tt := range tests {
		if got := TitleFromText(tt.text, tt.sentences); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
