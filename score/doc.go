// Package score compares an extracted record with a hand-made gold record
// by the rules of EXTRACTION.md ("Scoring"): folded name matching for
// entities, type/date/participant matching for events, value and unit for
// quantities. It also converts the extractor's attache.Extraction into the
// gold shape that `attache extract --format gold` prints.
//
// Where EXTRACTION.md leaves room, the choices are:
//   - Greedy one-to-one matching. Entities: pairs with equal folded names
//     first, then pairs matched through an alias, in gold order. Events:
//     candidate pairs sorted by shared participants, then exact date, then
//     same place, then document order.
//   - Dates are read as the span of days they cover, and match when one
//     span contains the other: this is "equal, prefix or range contains",
//     ranges on both sides included; overlapping ranges do not match.
//   - Event participants and places are "the same" when their folded forms
//     are equal, when Options.Canon gives them the same key (a country code
//     and a country name, a place and its variant spelling), or when they
//     name a predicted and a gold entity that the entity matching paired
//     (predicted "Giang" for gold "Phan Van Giang" when the persons matched).
//   - P, R and F1 are 1 when there was nothing to find and nothing was
//     found, and an accuracy over nothing is 1; front ends print "-" then.
package score

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"attache"
)

// Doc is one article's record in the shape of EXTRACTION.md. Fields beyond
// the contract (mentions, evidence, codes) are extras that scoring ignores.
type Doc struct {
	Doc           string         `json:"doc"`
	Published     *string        `json:"published"`
	Persons       []Person       `json:"persons"`
	Organizations []Organization `json:"organizations"`
	Locations     []Location     `json:"locations"`
	Countries     []string       `json:"countries"`
	Events        []Event        `json:"events"`
	Quantities    []Quantity     `json:"quantities"`
}

// Person is a named person.
type Person struct {
	Name     string            `json:"name"`
	Aliases  []string          `json:"aliases"`
	Rank     *string           `json:"rank"`
	Titles   []string          `json:"titles"`
	Country  *string           `json:"country"`
	Former   []string          `json:"former,omitempty"`   // extra: the titles stated as former
	Mentions []attache.Mention `json:"mentions,omitempty"` // extra: offsets into the clean text
}

// Organization is a named organisation, unit, forum or mission.
type Organization struct {
	Name     string            `json:"name"`
	Aliases  []string          `json:"aliases"`
	Country  *string           `json:"country"`
	Mentions []attache.Mention `json:"mentions,omitempty"`
}

// Location is a named place. Gold locations have no aliases; predicted ones
// may carry the other spellings used in the article.
type Location struct {
	Name     string            `json:"name"`
	Aliases  []string          `json:"aliases,omitempty"`
	Country  *string           `json:"country"`
	Mentions []attache.Mention `json:"mentions,omitempty"`
}

// Event is something that happened or is scheduled.
type Event struct {
	Type         string   `json:"type"`
	Date         *string  `json:"date"`
	Place        *string  `json:"place"`
	Participants []string `json:"participants"`
	Salience     string   `json:"salience"`
	// Extras, ignored by scoring.
	Name       string  `json:"name,omitempty"`
	Cameo      string  `json:"cameo,omitempty"`
	Plover     string  `json:"plover,omitempty"`
	Mission    string  `json:"mission,omitempty"`
	Unit       string  `json:"unit,omitempty"`
	Rotation   string  `json:"rotation,omitempty"`
	Personnel  int     `json:"personnel,omitempty"`
	Women      int     `json:"women,omitempty"`
	Scheduled  bool    `json:"scheduled,omitempty"`
	Evidence   string  `json:"evidence,omitempty"`
	Start      int     `json:"start,omitempty"`
	End        int     `json:"end,omitempty"`
	Confidence float64 `json:"confidence,omitempty"`
}

// Quantity is a count of people, units, places and the like.
type Quantity struct {
	Value int    `json:"value"`
	Unit  string `json:"unit"`
	Start int    `json:"start,omitempty"` // extra: offsets into the clean text
	End   int    `json:"end,omitempty"`
}

// ReadGold reads a gold file. Unknown fields are ignored; malformed JSON
// and records missing what scoring needs are reported with the file name.
func ReadGold(path string) (*Doc, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gold file %s: %w", path, err)
	}
	d, err := ParseGold(b)
	if err != nil {
		return nil, fmt.Errorf("gold file %s: %w", path, err)
	}
	return d, nil
}

// ParseGold decodes and checks one gold record.
func ParseGold(b []byte) (*Doc, error) {
	var d Doc
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&d); err != nil {
		return nil, fmt.Errorf("not a JSON gold record: %w", err)
	}
	if dec.More() {
		return nil, fmt.Errorf("more than one JSON value")
	}
	return &d, d.check()
}

// check reports the first record scoring cannot use.
func (d *Doc) check() error {
	for i, p := range d.Persons {
		if strings.TrimSpace(p.Name) == "" {
			return fmt.Errorf("persons[%d]: empty name", i)
		}
	}
	for i, o := range d.Organizations {
		if strings.TrimSpace(o.Name) == "" {
			return fmt.Errorf("organizations[%d]: empty name", i)
		}
	}
	for i, l := range d.Locations {
		if strings.TrimSpace(l.Name) == "" {
			return fmt.Errorf("locations[%d]: empty name", i)
		}
	}
	for i, c := range d.Countries {
		if len(strings.TrimSpace(c)) != 2 {
			return fmt.Errorf("countries[%d]: %q is not an ISO 3166-1 alpha-2 code", i, c)
		}
	}
	for i, e := range d.Events {
		if strings.TrimSpace(e.Type) == "" {
			return fmt.Errorf("events[%d]: empty type", i)
		}
		if e.Date != nil {
			if _, _, ok := parseDate(*e.Date); !ok {
				return fmt.Errorf("events[%d]: bad date %q (want YYYY, YYYY-MM, YYYY-MM-DD or a range a/b)", i, *e.Date)
			}
		}
	}
	for i, q := range d.Quantities {
		if strings.TrimSpace(q.Unit) == "" {
			return fmt.Errorf("quantities[%d]: empty unit", i)
		}
	}
	return nil
}

// FromExtraction converts the extractor's record into the gold shape:
// entities split by type, empty strings as null, the codes of country
// entities as countries, extras (mentions, evidence, codes) kept.
func FromExtraction(x *attache.Extraction) *Doc {
	d := &Doc{
		Doc: x.Doc, Published: ptr(x.Published),
		Persons: []Person{}, Organizations: []Organization{}, Locations: []Location{},
		Countries: []string{}, Events: []Event{}, Quantities: []Quantity{},
	}
	seen := map[string]bool{}
	for _, e := range x.Entities {
		switch e.Type {
		case attache.Person:
			d.Persons = append(d.Persons, Person{Name: e.Name, Aliases: nonNil(e.Aliases),
				Rank: ptr(e.Rank), Titles: nonNil(e.Titles), Country: ptr(e.Country),
				Former: e.Former, Mentions: e.Mentions})
		case attache.Organization:
			d.Organizations = append(d.Organizations, Organization{Name: e.Name,
				Aliases: nonNil(e.Aliases), Country: ptr(e.Country), Mentions: e.Mentions})
		case attache.Location:
			d.Locations = append(d.Locations, Location{Name: e.Name, Aliases: e.Aliases,
				Country: ptr(e.Country), Mentions: e.Mentions})
		case attache.Country:
			code := strings.ToUpper(strings.TrimSpace(e.Country))
			if code == "" && len(e.Name) == 2 {
				code = strings.ToUpper(e.Name) // a country entity named by its code
			}
			if code != "" && !seen[code] {
				seen[code] = true
				d.Countries = append(d.Countries, code)
			}
		}
	}
	for _, e := range x.Events {
		d.Events = append(d.Events, Event{Type: e.Type, Date: ptr(e.Date), Place: ptr(e.Place),
			Participants: nonNil(e.Participants), Salience: e.Salience, Name: e.Name,
			Cameo: e.Cameo, Plover: e.Plover, Mission: e.Mission, Unit: e.Unit,
			Rotation: e.Rotation, Personnel: e.Personnel, Women: e.Women,
			Scheduled: e.Scheduled, Evidence: e.Evidence, Start: e.Start, End: e.End,
			Confidence: e.Confidence})
	}
	for _, q := range x.Quantities {
		d.Quantities = append(d.Quantities, Quantity{Value: q.Value, Unit: q.Unit, Start: q.Start, End: q.End})
	}
	return d
}

// ptr returns nil for "" so that JSON prints null, as the contract wants.
func ptr(s string) *string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return &s
}

// str reads a nullable string.
func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// nonNil makes empty lists print as [] rather than null.
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
