package events

import (
	"strings"
	"testing"
	"testing/fstest"

	"attache/kb"
)

// TestMissionNeeds covers "@mission" in a trigger's needs=: it stands for
// the acronyms of the missions the knowledge base holds, so a mission
// added to kb/data/orgs.tsv is known to every such trigger at once, and
// the trigger file keeps no copy of the list.
func TestMissionNeeds(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a ship sailing to join a mission named only in the knowledge base",
		published: "2027-04-03",
		text:      "The patrol boat Comandante Foscari sailed from Ancona on Friday to join the MFO in the Sinai.",
		ents:      []ent{loc("Ancona"), loc("Sinai"), org("Multinational Force and Observers", "MFO")},
		want:      []want{{"deployment", "2027-04-02", "*", "-", "main"}},
	}, {
		name:      "a ship sailing with no mission named",
		published: "2027-04-03",
		text:      "The patrol boat Comandante Foscari sailed from Ancona on Friday for a training cruise.",
		ents:      []ent{loc("Ancona")},
		not:       []want{{"deployment", "*", "*", "*", ""}},
	}})
}

// TestMissionNeedsReadTheKnowledge builds a detector over a knowledge
// base of one invented mission: "@mission" takes its acronym from there,
// without knowledge it stands for no word, and a list of another name is
// an error naming the file and line.
func TestMissionNeedsReadTheKnowledge(t *testing.T) {
	files := func(triggers string) fstest.MapFS {
		return fstest.MapFS{
			TypesFile:         {Data: []byte("deployment\t074\tAID\tpeacekeeping\n")},
			AnniversariesFile: {Data: []byte("Victory Day\t1945\n")},
			TriggersFile:      {Data: []byte(triggers)},
		}
	}
	k := &kb.KB{Orgs: []kb.Org{{Name: "Invented Observer Mission", Aliases: []string{"INVOM", "Observer Mission"}, Kind: "mission", Host: "XK"}}}
	text := "The corvette sailed from Split on Monday to join INVOM."
	for _, tt := range []struct {
		name string
		k    *kb.KB
		want int
	}{{"with the mission in the knowledge", k, 1}, {"without knowledge", nil, 0}} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := NewFrom(tt.k, files("deployment\tsailed\tneeds=peacekeep*|@mission\n"))
			if err != nil {
				t.Fatal(err)
			}
			x := build(text, []ent{loc("Split")})
			d.Detect(text, "2027-04-06", x)
			if len(x.Events) != tt.want {
				t.Errorf("got %d events, want %d:%s", len(x.Events), tt.want, show(x.Events))
			}
		})
	}
	_, err := NewFrom(k, files("deployment\tsailed\tneeds=@missions\n"))
	if err == nil || !strings.Contains(err.Error(), `triggers.tsv:1: needs=: unknown list "@missions"`) {
		t.Errorf("err = %v", err)
	}
}
