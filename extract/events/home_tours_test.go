package events

import (
	"testing"

	"attache"
)

// TestHomeTours covers an official's tour of units in several regions of
// his own country ("began a three-day operational tour of formations in
// Borno, Yobe and Adamawa states"): a visit, placed in the country, since
// no city names the tour as a whole (testdata/reports/README.md).
func TestHomeTours(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "an operational tour of formations in three states",
		published: "2026-08-18",
		text:      "ABUJA, Aug 18 (NAN) - The Chief of Army Staff, Lt.-Gen. Ibrahim Musa, on Monday began a three-day operational tour of formations in Borno, Yobe and Adamawa states.",
		ents:      []ent{loc("ABUJA"), person("Ibrahim Musa", "NG"), locIn("Borno", "NG"), locIn("Yobe", "NG"), locIn("Adamawa", "NG")},
		want:      []want{{"visit", "*", "NG", "Ibrahim Musa", ""}},
	}, {
		name:      "a working tour of border posts in regions",
		published: "2026-08-24",
		text:      "Lima, Aug 24 (ANDINA). Defense Minister Carlos Vega began on Monday a four-day working tour of military posts in the regions of Loreto and Tacna.",
		ents:      []ent{loc("Lima"), person("Carlos Vega", "PE"), locIn("Loreto", "PE"), locIn("Tacna", "PE")},
		want:      []want{{"visit", "*", "PE", "Carlos Vega", ""}},
	}, {
		name:      "an inspection tour of a fleet's bases",
		published: "2026-04-02",
		text:      "JAKARTA (ANTARA) - Navy Chief of Staff Admiral Budi Santoso is on an inspection tour of naval bases in Sorong and Ambon this week.",
		ents:      []ent{loc("JAKARTA"), person("Budi Santoso", "ID"), locIn("Sorong", "ID"), locIn("Ambon", "ID")},
		want:      []want{{"visit", "*", "ID", "Budi Santoso", ""}},
	}})
}

// locIn is a location the entity stage placed in country code.
func locIn(name, code string) ent { return ent{attache.Location, name, code, nil} }
