package server

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"attache"
)

// manyEvents makes n events of every type spread over several years,
// with a hostile evidence sentence, as a dossier of n events would be.
func manyEvents(n int) []attache.KBEvent {
	evs := make([]attache.KBEvent, n)
	for i := range evs {
		t := attache.EventTypes[i%len(attache.EventTypes)]
		evs[i] = attache.KBEvent{ID: fmt.Sprintf("event:a%d#%d", i, i%3), Type: t,
			Date:         fmt.Sprintf("%d-%02d-%02d", 2015+i%10, 1+i%12, 1+i%28),
			Place:        "VN",
			Participants: []string{"person:a", "person:b"},
			Countries:    []string{"VN", "RU"},
			Sources:      []attache.EventSource{{ArticleID: fmt.Sprintf("a%d", i), Evidence: `The <b>two</b> sides met & "talked".`}}}
	}
	return evs
}

var testNames = attache.Names{"person:a": {Name: "Phan Van Giang", Type: attache.Person}, "person:b": {Name: "<script>x</script>", Type: attache.Person}}

func identity(s string) string { return s }

var markRe = regexp.MustCompile(`<a href="#([^"]+)"`)

func TestTimelineOneEvent(t *testing.T) {
	evs := manyEvents(1)
	svg := string(timelineSVG(evs, testNames, identity))
	marks := markRe.FindAllStringSubmatch(svg, -1)
	if len(marks) != 1 || marks[0][1] != "event:a0%230" {
		t.Fatalf("marks = %v, want one link to the event's entry", marks)
	}
	if !strings.Contains(svg, `data-type="meeting"`) || strings.Count(svg, `class="lane"`) != 1 {
		t.Errorf("want one lane, for meetings:\n%s", svg)
	}
	// One event still gets a readable axis: a year around it.
	if !strings.Contains(svg, ">2015</text>") && !strings.Contains(svg, ">Jan</text>") {
		t.Errorf("no axis labels:\n%s", svg)
	}
	if strings.Contains(svg, "<script>") || strings.Contains(svg, "<b>") {
		t.Errorf("unescaped text in the SVG:\n%s", svg)
	}
	if !strings.Contains(svg, "The &lt;b&gt;two&lt;/b&gt; sides met") {
		t.Errorf("the evidence is not in the mark's title:\n%s", svg)
	}
}

func TestTimelineManyEvents(t *testing.T) {
	evs := manyEvents(500)
	evs = append(evs, attache.KBEvent{ID: "event:u#0", Type: attache.EventMeeting})
	svg := string(timelineSVG(evs, testNames, identity))
	if n := len(markRe.FindAllString(svg, -1)); n != 500 {
		t.Errorf("%d marks, want 500", n)
	}
	if n := strings.Count(svg, `class="lane"`); n != len(attache.EventTypes) {
		t.Errorf("%d lanes, want one per type (%d)", n, len(attache.EventTypes))
	}
	for _, t0 := range attache.EventTypes {
		if !strings.Contains(svg, fmt.Sprintf(`fill="%s" fill-opacity`, typeColour(string(t0)))) {
			t.Errorf("no mark in %s's colour", t0)
		}
	}
	// Ten years: one label per year, not one per month.
	if strings.Contains(svg, ">Jan</text>") || !strings.Contains(svg, ">2020</text>") {
		t.Errorf("axis of a ten-year span should label years only")
	}
	if !strings.Contains(svg, "1 undated event not drawn") {
		t.Errorf("the undated event is not counted")
	}
}

func TestTimelineEmpty(t *testing.T) {
	if got := string(timelineSVG(nil, nil, identity)); strings.Contains(got, "<svg") || !strings.Contains(got, "No events") {
		t.Errorf("empty timeline = %q, want a sentence saying so", got)
	}
	got := string(timelineSVG([]attache.KBEvent{{ID: "x", Type: "meeting"}}, nil, identity))
	if strings.Contains(got, "<svg") || !strings.Contains(got, "1 undated") {
		t.Errorf("undated-only timeline = %q", got)
	}
}

func TestEventDay(t *testing.T) {
	for in, want := range map[string]string{
		"2024": "2024-07-01", "2024-05": "2024-05-15", "2024-05-05": "2024-05-05", "2025-12-08/2025-12-10": "2025-12-08",
	} {
		got, ok := eventDay(in)
		if !ok || got.Format("2006-01-02") != want {
			t.Errorf("eventDay(%q) = %v, %v; want %s", in, got, ok, want)
		}
	}
	for _, bad := range []string{"", "undated", "20245", "2024-13-01"} {
		if _, ok := eventDay(bad); ok {
			t.Errorf("eventDay(%q) accepted", bad)
		}
	}
}

func TestEntityAndDossierPagesHaveTimelines(t *testing.T) {
	s, st := newTestServer(t, testToken)
	seedArticles(t, st)
	for _, u := range []string{"/entities/Phan%20Van%20Giang", "/relations?a=VN&b=RU"} {
		w := do(t, s.Handler(), "GET", u, "")
		body := w.Body.String()
		tl := sectionOf(t, body, `<div class="timeline-chart" id="timeline">`, "</svg>")
		for _, m := range markRe.FindAllStringSubmatch(tl, -1) {
			id := strings.ReplaceAll(m[1], "%23", "#")
			if !strings.Contains(body, `<li id="`+id+`"`) {
				t.Errorf("%s: mark links to #%s, which is not on the page", u, m[1])
			}
		}
		if len(markRe.FindAllString(tl, -1)) == 0 {
			t.Errorf("%s: timeline has no marks:\n%s", u, tl)
		}
	}
}

func BenchmarkTimeline500(b *testing.B) {
	evs := manyEvents(500)
	for b.Loop() {
		timelineSVG(evs, testNames, identity)
	}
}
