package server

import (
	"context"
	"strings"
	"testing"
	"time"

	"attache"
)

// TestEventNamesAsNounPhrases: an event named by its trigger's verb is
// listed under a noun phrase finished from its sentence.
func TestEventNamesAsNounPhrases(t *testing.T) {
	s, st := newTestServer(t, "")
	text := "The two ministers signed a plan on training cooperation in Hanoi on March 3."
	a := &attache.Article{ID: attache.ArticleID(text), Title: "Ministers sign a training plan", Published: "2025-03-04", Format: "text",
		Text: text, Original: []byte(text), IngestedAt: time.Now().UTC(),
		Extraction: &attache.Extraction{Events: []attache.Event{{Type: "agreement", Name: "signed a plan", Date: "2025-03-03",
			Participants: []string{"VN", "FR"}, Salience: "main", Evidence: text, End: len(text)}}}}
	if err := st.PutArticle(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if _, err := knowledgeOf(t, st).Rebuild(context.Background()); err != nil {
		t.Fatal(err)
	}
	body := do(t, s.Handler(), "GET", "/events?type=agreement", "").Body.String()
	if !strings.Contains(body, " · signing of a plan on training cooperation") || strings.Contains(body, "signed a plan<") {
		t.Errorf("the agreement is not named by a noun phrase:\n%.2000s", body)
	}
}
