package server

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"attache/internal/browsertest"

	"github.com/chromedp/chromedp"
)

// TestBrowserEventCorrection signs in, corrects an event's date and
// removes a participant from the events page in a real browser, and
// undoes the date from the corrections page: the event forms, their
// redirect back to the filtered list and the undo all work together.
func TestBrowserEventCorrection(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test in -short mode")
	}
	ctx := browsertest.New(t)
	dir := browsertest.Artifacts(t)
	s, meeting := newCorrectingServer(t)
	id := "event:" + meeting + "#0"
	base := serveForBrowser(t, s)
	must := func(what string, a chromedp.Action[chromedp.Void]) { browsertest.Must(t, ctx, what, a) }
	event := func() (date string, participants []string) {
		t.Helper()
		ev := eventByID(apiEvents(t, s, ""), id)
		if ev == nil {
			t.Fatalf("event %s gone", id)
		}
		return ev.Date, ev.Participants
	}

	must("login page", chromedp.Navigate(base+"/login"))
	must("token field", chromedp.SendKeys(chromedp.ID("token"), testToken))
	must("sign in", chromedp.Click(chromedp.ID("signin")))
	must("signed in", chromedp.WaitReady(chromedp.CSS("header form[action='/logout']")))
	must("events page", chromedp.Navigate(base+"/events?type=meeting"))
	must("open the event's forms", chromedp.Click(chromedp.CSS("details.correct-event summary")))
	date := chromedp.CSS(`details.correct-event form:has(input[value="event-date"]) input[name="value"]`)
	must("date field", chromedp.SetValue(date, "2024-12-25"))
	browsertest.Screenshot(t, ctx, dir, "20-event-date")
	submitAndWait(t, ctx, "set date", "button.set-date")
	if d, _ := event(); d != "2024-12-25" {
		t.Errorf("after the date form the event's date is %q", d)
	}

	must("open the event's forms again", chromedp.Click(chromedp.CSS("details.correct-event summary")))
	remove := `details.correct-event form:has(input[value="participant-remove"])`
	must("pick Fomin", chromedp.SetValue(chromedp.CSS(remove+` select[name="entity"]`), "Alexander Fomin"))
	submitAndWait(t, ctx, "remove", remove+` button`)
	if _, ps := event(); len(ps) != 1 || strings.Contains(strings.Join(ps, " "), "fomin") {
		t.Errorf("after removing Fomin the participants are %v", ps)
	}

	cs, err := s.corrector.Corrections(context.Background(), "", 100)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(cs, func(c Correction) bool { return c.Kind == "event-date" })
	if i < 0 {
		t.Fatalf("no event-date correction among %+v", cs)
	}
	must("corrections page", chromedp.Navigate(base+"/corrections"))
	submitAndWait(t, ctx, "undo the date", `form[action="/corrections/`+cs[i].ID+`/undo"] button`)
	browsertest.Screenshot(t, ctx, dir, "21-event-undone")
	if d, ps := event(); d != "2024-12-26" || len(ps) != 1 {
		t.Errorf("after undoing the date the event has date %q and participants %v: want its own date back, Fomin still removed", d, ps)
	}
}

// submitAndWait clicks the submit button css and waits until the page the
// form's redirect leads to has loaded: the document is marked first, and
// a loaded document without the mark is the new one. The location alone
// cannot tell, since a form may lead back to the page it is on.
func submitAndWait(t *testing.T, ctx context.Context, what, css string) {
	t.Helper()
	q, err := json.Marshal(css)
	if err != nil {
		t.Fatal(err)
	}
	browsertest.Must(t, ctx, what, chromedp.Evaluate[bool](fmt.Sprintf(`document.documentElement.dataset.old = "1", document.querySelector(%s).click(), true`, q)))
	for range 400 {
		// While the browser navigates, evaluating may fail: try again.
		fresh, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.readyState === "complete" && document.documentElement.dataset.old === undefined`))
		if err == nil && fresh {
			return
		}
		browsertest.Must(t, ctx, "wait", chromedp.Sleep(25*time.Millisecond))
	}
	t.Fatalf("%s: no new page after the form was sent", what)
}
