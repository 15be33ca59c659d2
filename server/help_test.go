package server

import (
	"regexp"
	"testing"

	"attache"
)

// TestHelpLinksReachTheirSection: every label linked to the help page
// (event types, salience, CAMEO, PLOVER) leads to a section of it that
// exists, and the help page explains every event type.
func TestHelpLinksReachTheirSection(t *testing.T) {
	s, st := newTestServer(t, "")
	meeting, _ := seedArticles(t, st)
	h := s.Handler()
	help := do(t, h, "GET", "/help", "").Body.String()
	ids := map[string]bool{}
	for _, m := range regexp.MustCompile(`id="([^"]+)"`).FindAllStringSubmatch(help, -1) {
		ids[m[1]] = true
	}
	for _, typ := range attache.EventTypes {
		if !ids["type-"+string(typ)] {
			t.Errorf("the help page does not explain the type %s", typ)
		}
	}
	linked := map[string]bool{}
	for _, p := range []string{"/articles/" + meeting, "/events", "/entities/Phan%20Van%20Giang", "/relations/VN/RU", "/map"} {
		body := do(t, h, "GET", p, "").Body.String()
		for _, m := range regexp.MustCompile(`href="/help#([^"]+)"`).FindAllStringSubmatch(body, -1) {
			linked[m[1]] = true
			if !ids[m[1]] {
				t.Errorf("%s links to /help#%s, which the help page lacks", p, m[1])
			}
		}
	}
	for _, want := range []string{"salience", "cameo", "plover", "type-meeting", "type-dialogue"} {
		if !linked[want] {
			t.Errorf("no page links its %s label to the help page", want)
		}
	}
}
