package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"attache"
)

func TestLedgerGroupsMissionUnitRotation(t *testing.T) {
	// The store's tallies: rotation 6 reported twice (63 and a rounder 60)
	// is one tally of two reports with the larger count; rotation 5 keeps
	// its number in the unit's name; one undated tally of UNMISS's first
	// unit deploys in no year.
	tally := &attache.LedgerTally{
		Rotations: []attache.RotationTally{
			{Mission: "UNISFA", Unit: "Engineering Unit", Rotation: "2", Deployed: "2024-08-10", Personnel: 184, Women: 29, Reports: 1, Event: "d", Countries: []string{"VN"}},
			{Mission: "UNMISS", Unit: "Level-2 Field Hospital", Rotation: "6", Deployed: "2024-05-05", Personnel: 63, Women: 12, Reports: 2, Event: "b"},
			{Mission: "UNMISS", Unit: "Level-2 Field Hospital Rotation 5", Rotation: "5", Deployed: "2023-04-01", Personnel: 63, Women: 14, Reports: 1, Event: "a"},
		},
		ReviewTotal: 1,
		Review:      []attache.Deployment{{EventID: "e", Unit: "Sapper Unit", Date: "2024-09-01", Personnel: 20}},
	}
	l := ledgerOf(tally)
	if len(l.Review) != 1 || l.Review[0].EventID != "e" || l.ReviewTotal != 1 {
		t.Errorf("to review = %+v (%d), want the row without mission", l.Review, l.ReviewTotal)
	}
	if want := []string{"2023", "2024"}; !reflect.DeepEqual(l.Years, want) {
		t.Errorf("years = %v, want %v", l.Years, want)
	}
	if len(l.Missions) != 2 {
		t.Fatalf("missions = %+v, want UNMISS and UNISFA", l.Missions)
	}
	m := l.Missions[0]
	if m.Mission != "UNMISS" || m.Personnel != 126 || m.Women != 26 || len(m.Units) != 1 {
		t.Fatalf("UNMISS = %+v, want 126 personnel, 26 women in one unit", m)
	}
	u := m.Units[0]
	if u.Unit != "Level-2 Field Hospital" || len(u.Rotations) != 2 {
		t.Fatalf("unit = %+v", u)
	}
	r5, r6 := u.Rotations[0], u.Rotations[1]
	if r5.Rotation != "5" || r5.Relieved != "2024-05-05" || r6.Deployed != "2024-05-05" || r6.Relieved != "" || r6.Reports != 2 || r5.Event != "a" {
		t.Errorf("rotations = %+v", u.Rotations)
	}
	if want := []ledgerYear{{"2023", 63, 14}, {"2024", 63, 12}}; !reflect.DeepEqual(m.Years, want) {
		t.Errorf("UNMISS per year = %+v, want %+v", m.Years, want)
	}
	if want := []ledgerYear{{"2023", 0, 0}, {"2024", 184, 29}}; !reflect.DeepEqual(l.Missions[1].Years, want) {
		t.Errorf("UNISFA per year = %+v, want %+v", l.Missions[1].Years, want)
	}
}

// seedUnplacedDeployment stores a deployment whose article names no
// mission and returns its event id.
func seedUnplacedDeployment(t *testing.T, st attache.Store) string {
	t.Helper()
	text := "Vietnam sent 20 officers of Sapper Unit No. 2 abroad on June 3, 2024, including four women."
	a := &attache.Article{ID: attache.ArticleID(text), Title: "Sapper unit leaves", Source: "VNA", Published: "2024-06-04",
		Format: "text", Original: []byte(text), Text: text, IngestedAt: time.Now().UTC(),
		Extraction: &attache.Extraction{Doc: "sapper.txt", Entities: []attache.Entity{
			{ID: "e1", Type: attache.Country, Name: "Vietnam", Country: "VN", Mentions: []attache.Mention{mention(t, text, "Vietnam")}},
		}, Events: []attache.Event{{Type: "deployment", Date: "2024-06-03", Participants: []string{"VN"}, Unit: "Sapper Unit No. 2",
			Personnel: 20, Women: 4, Salience: "main", Evidence: text, End: len(text)}}}}
	if err := st.PutArticle(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if _, err := knowledgeOf(t, st).Rebuild(context.Background()); err != nil {
		t.Fatal(err)
	}
	return "event:" + a.ID + "#0"
}

func TestLedgerReviewAndSetMission(t *testing.T) {
	s, st := newTestServer(t, testToken)
	seedArticles(t, st)
	event := seedUnplacedDeployment(t, st)
	h := s.Handler()

	cookie := login(t, s)
	w := do(t, h, "GET", "/deployments", "", "Cookie", cookie)
	review := sectionOf(t, w.Body.String(), `<table class="grid" id="to-review">`, "</table>")
	if !strings.Contains(review, "Sapper Unit No. 2") || !strings.Contains(review, `name="kind" value="set-mission"`) || !strings.Contains(review, `name="kind" value="delete-fact"`) {
		t.Fatalf("the unplaced deployment is not offered for review:\n%s", review)
	}
	// Its evidence opens the article at the sentence, like every source link.
	if !regexp.MustCompile(`<a href="/articles/[0-9a-f]+\?ev=\d+#ev-\d+">`).MatchString(review) {
		t.Errorf("the deployment to review does not link to its sentence:\n%s", review)
	}
	missions := sectionOf(t, w.Body.String(), `<section id="missions">`, `<section id="review">`)
	if strings.Contains(missions, "Sapper") || !strings.Contains(missions, "UNMISS") || !strings.Contains(missions, "Level-2 Field Hospital") {
		t.Errorf("missions section:\n%s", missions)
	}

	form := url.Values{"csrf": {csrfOf(t, w.Body.String())}, "kind": {"set-mission"}, "target": {event}, "value": {"UNMISS"}, "next": {"/deployments"}}
	w = do(t, h, "POST", "/corrections", form.Encode(), "Cookie", cookie, "Content-Type", "application/x-www-form-urlencoded")
	if w.Code != 303 || w.Header().Get("Location") != "/deployments" {
		t.Fatalf("set-mission: %d %s", w.Code, w.Body)
	}

	w = do(t, h, "GET", "/api/v1/deployments", "")
	var out struct {
		Ledger ledger `json:"ledger"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Ledger.Review) != 0 || out.Ledger.ReviewTotal != 0 || len(out.Ledger.Missions) != 1 {
		t.Fatalf("after the correction: %+v", out.Ledger)
	}
	m := out.Ledger.Missions[0]
	if m.Mission != "UNMISS" || m.Personnel != 83 || m.Women != 16 || len(m.Units) != 2 {
		t.Errorf("UNMISS after the correction = %+v, want the sapper unit's 20 added", m)
	}

	// A mission set on an event that is no deployment is refused.
	w = do(t, h, "POST", "/api/v1/corrections", `{"kind":"set-mission","target":"nope","value":"UNMISS"}`,
		"Authorization", "Bearer "+testToken, "Content-Type", "application/json")
	if w.Code != 404 {
		t.Errorf("set-mission on an unknown event: %d %s", w.Code, w.Body)
	}
}

func TestShownLedgerKeepsTheLatestRotations(t *testing.T) {
	tally := &attache.LedgerTally{}
	for i := 1; i <= 5; i++ {
		tally.Rotations = append(tally.Rotations, attache.RotationTally{Mission: "UNMISS", Unit: "Field Hospital",
			Rotation: strconv.Itoa(i), Deployed: fmt.Sprintf("202%d-01-01", i), Personnel: 10, Reports: 1, Event: fmt.Sprint("h", i)})
	}
	full := ledgerOf(tally)
	shown := shownLedger(full, 2)
	u := shown.Missions[0].Units[0]
	if u.Hidden != 3 || len(u.Rotations) != 2 || u.Rotations[0].Rotation != "4" || u.Rotations[1].Rotation != "5" || u.Personnel != 50 {
		t.Errorf("shown unit = %+v, want rotations 4 and 5, 3 hidden, 50 personnel in all", u)
	}
	if len(full.Missions[0].Units[0].Rotations) != 5 {
		t.Errorf("shownLedger changed the full ledger: %+v", full.Missions[0].Units[0])
	}
}
