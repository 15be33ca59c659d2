package server

import (
	"fmt"
	"html"
	"html/template"
	"net/url"
	"slices"
	"strings"
	"time"

	"attache"
)

// The timeline's geometry, in SVG user units: a label column on the left,
// one lane per event type, a year axis at the bottom.
const (
	tlWidth  = 960.0
	tlLabel  = 130.0 // width of the lane labels
	tlRight  = 20.0
	tlLane   = 26.0
	tlTop    = 10.0
	tlAxis   = 28.0 // height of the axis below the lanes
	tlRadius = 5.0
)

// timelineSVG draws events by date, one lane per event type (in the
// vocabulary's order), each mark linked to the event's entry on the page
// (which shows its evidence) and titled with what happened and the
// evidence sentence. Undated events are counted, not drawn. The marks are
// translucent so that a crowded lane of 500 events still shows where it
// is dense. All text is escaped here: the result is inlined as HTML.
func timelineSVG(evs []attache.KBEvent, names attache.Names, party func(string) string) template.HTML {
	tl := laneEvents(evs)
	var b strings.Builder
	if len(tl.order) == 0 {
		if tl.undated > 0 {
			fmt.Fprintf(&b, `<p class="muted empty-chart">No dated event to draw (%d undated).</p>`, tl.undated)
		} else {
			b.WriteString(`<p class="muted empty-chart">No events to draw.</p>`)
		}
		return template.HTML(b.String())
	}
	tl.pad()
	height := tlTop + tlLane*float64(len(tl.order)) + tlAxis
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %.0f %.0f" width="%.0f" height="%.0f" role="group" aria-label="Timeline of %d events by type" class="timeline-svg" font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif" font-size="12">`,
		tlWidth, height, tlWidth, height, len(evs)-tl.undated)
	tl.writeAxis(&b)
	tl.writeLanes(&b, names, party)
	b.WriteString(`</svg>`)
	if tl.undated > 0 {
		fmt.Fprintf(&b, `<p class="small muted">%d undated event%s not drawn.</p>`, tl.undated, plural(tl.undated))
	}
	return template.HTML(b.String())
}

// timeline is the events of a chart sorted into lanes, with the span of
// days the chart covers.
type timeline struct {
	lanes   map[string][]timelineMark
	order   []string // lane types, top to bottom
	lo, hi  time.Time
	undated int
}

// timelineMark is one dated event on its lane.
type timelineMark struct {
	ev  attache.KBEvent
	day time.Time
}

// laneEvents sorts dated events into one lane per type, in the
// vocabulary's order, then types the vocabulary does not list yet; it
// counts the undated ones.
func laneEvents(evs []attache.KBEvent) timeline {
	tl := timeline{lanes: map[string][]timelineMark{}}
	for _, ev := range evs {
		day, ok := eventDay(ev.Date)
		if !ok {
			tl.undated++
			continue
		}
		if tl.lo.IsZero() || day.Before(tl.lo) {
			tl.lo = day
		}
		if tl.hi.IsZero() || day.After(tl.hi) {
			tl.hi = day
		}
		tl.lanes[string(ev.Type)] = append(tl.lanes[string(ev.Type)], timelineMark{ev, day})
	}
	for _, t := range attache.EventTypes {
		if tl.lanes[string(t)] != nil {
			tl.order = append(tl.order, string(t))
		}
	}
	for _, ev := range evs {
		if t := string(ev.Type); tl.lanes[t] != nil && !slices.Contains(tl.order, t) {
			tl.order = append(tl.order, t)
		}
	}
	return tl
}

// pad widens the span so that one event, or events of one day, sit in
// the middle, and the first and last marks are not cut.
func (tl *timeline) pad() {
	tl.lo, tl.hi = tl.lo.AddDate(0, -1, 0), tl.hi.AddDate(0, 1, 0)
	if tl.hi.Sub(tl.lo) < 365*24*time.Hour {
		mid := tl.lo.Add(tl.hi.Sub(tl.lo) / 2)
		tl.lo, tl.hi = mid.AddDate(0, -6, 0), mid.AddDate(0, 6, 0)
	}
}

// x is the horizontal position of a day on the chart.
func (tl *timeline) x(t time.Time) float64 {
	plotW := tlWidth - tlLabel - tlRight
	return tlLabel + plotW*float64(t.Sub(tl.lo))/float64(tl.hi.Sub(tl.lo))
}

// axisY is the vertical position of the axis, below the last lane.
func (tl *timeline) axisY() float64 {
	return tlTop + tlLane*float64(len(tl.order))
}

// writeAxis draws the axis: a tick per year (fewer over a long span), and
// per month within a short span.
func (tl *timeline) writeAxis(b *strings.Builder) {
	axisY := tl.axisY()
	fmt.Fprintf(b, `<line x1="%.0f" y1="%.1f" x2="%.0f" y2="%.1f" stroke="#5f6b7a"/>`, tlLabel, axisY, tlWidth-tlRight, axisY)
	years := tl.hi.Year() - tl.lo.Year()
	step := max(1, years/10)
	for y := tl.lo.Year(); y <= tl.hi.Year(); y++ {
		t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		if t.Before(tl.lo) || t.After(tl.hi) || (y%step != 0 && step > 1) {
			continue
		}
		px := tl.x(t)
		fmt.Fprintf(b, `<line x1="%.1f" y1="%.0f" x2="%.1f" y2="%.1f" stroke="#d9dee5"/><text x="%.1f" y="%.1f" text-anchor="middle" fill="#1d2330">%d</text>`,
			px, tlTop, px, axisY+4, px, axisY+18, y)
	}
	if years > 1 {
		return
	}
	for t := time.Date(tl.lo.Year(), tl.lo.Month()+1, 1, 0, 0, 0, 0, time.UTC); t.Before(tl.hi); t = t.AddDate(0, 1, 0) {
		if t.Month() == 1 {
			continue
		}
		px := tl.x(t)
		fmt.Fprintf(b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#5f6b7a"/><text x="%.1f" y="%.1f" text-anchor="middle" fill="#5f6b7a" font-size="10">%s</text>`,
			px, axisY, px, axisY+4, px, axisY+16, t.Format("Jan"))
	}
}

// writeLanes draws each lane: its label and count, then a linked,
// titled mark per event.
func (tl *timeline) writeLanes(b *strings.Builder, names attache.Names, party func(string) string) {
	for i, t := range tl.order {
		y := tlTop + tlLane*float64(i) + tlLane/2
		colour := typeColour(t)
		fmt.Fprintf(b, `<g class="lane" data-type="%s"><line x1="%.0f" y1="%.1f" x2="%.0f" y2="%.1f" stroke="#eef1f5"/>`+
			`<circle cx="10" cy="%.1f" r="%.0f" fill="%s"/><text x="20" y="%.1f" fill="#1d2330">%s (%d)</text>`,
			html.EscapeString(t), tlLabel, y, tlWidth-tlRight, y, y, tlRadius, colour, y+4, html.EscapeString(t), len(tl.lanes[t]))
		for _, m := range tl.lanes[t] {
			fmt.Fprintf(b, `<a href="#%s" aria-label="%s"><circle cx="%.1f" cy="%.1f" r="%.0f" fill="%s" fill-opacity="0.7" stroke="%s"><title>%s</title></circle></a>`,
				html.EscapeString(url.PathEscape(m.ev.ID)), html.EscapeString(markLabel(m.ev, names, party, false)),
				tl.x(m.day), y, tlRadius, colour, colour, html.EscapeString(markLabel(m.ev, names, party, true)))
		}
		b.WriteString(`</g>`)
	}
}

// markLabel says what one mark is: type, date, place, the first parties
// and, for the tooltip, the evidence sentence of its first source.
func markLabel(ev attache.KBEvent, names attache.Names, party func(string) string, evidence bool) string {
	parts := []string{string(ev.Type), ev.Date}
	if ev.Place != "" {
		parts = append(parts, party(ev.Place))
	}
	var who []string
	for i, id := range ev.Participants {
		if i == 3 {
			who = append(who, "…")
			break
		}
		if n, ok := names[id]; ok {
			who = append(who, n.Name)
		}
	}
	if len(who) > 0 {
		parts = append(parts, strings.Join(who, ", "))
	}
	s := strings.Join(parts, " · ")
	if evidence && len(ev.Sources) > 0 && ev.Sources[0].Evidence != "" {
		s += "\n“" + shorten(ev.Sources[0].Evidence, 240) + "”"
	}
	return s
}

// eventDay reads the start of an event date at any precision: "2024",
// "2024-05", "2024-05-05", or a range "2024-05-05/2024-05-07". A year
// alone sits mid-year, a month mid-month, so that the mark is no earlier
// than the event could be by more than half its precision.
func eventDay(date string) (time.Time, bool) {
	date, _, _ = strings.Cut(strings.TrimSpace(date), "/")
	switch len(date) {
	case 4:
		t, err := time.Parse("2006", date)
		return t.AddDate(0, 6, 0), err == nil
	case 7:
		t, err := time.Parse("2006-01", date)
		return t.AddDate(0, 0, 14), err == nil
	case 10:
		t, err := time.Parse("2006-01-02", date)
		return t, err == nil
	}
	return time.Time{}, false
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
