package score

import (
	"fmt"
	"sort"
	"strings"

	"attache/fold"
)

// Options tune the comparison.
type Options struct {
	// Canon, when set, maps a place, country name or country code to a
	// canonical key ("" when unknown), so that an event place "VN" equals
	// "Vietnam" and "Hà Nội" equals "Hanoi". Build one from the knowledge
	// base with Canonicalizer.
	Canon func(name string) string
}

// Result is the comparison of one predicted record with its gold record,
// or the micro sum of several (see Sum).
type Result struct {
	Doc           string `json:"doc"`
	Persons       PRF    `json:"persons"`
	Organizations PRF    `json:"organizations"`
	Locations     PRF    `json:"locations"`
	Countries     PRF    `json:"countries"`
	Entities      PRF    `json:"entities"` // micro over the four types above
	Rank          Ratio  `json:"rank_accuracy"`
	PersonCountry Ratio  `json:"person_country_accuracy"`
	Events        PRF    `json:"events"`
	MainEvents    Ratio  `json:"main_event_recall"`
	Participants  PRF    `json:"participants"` // over matched events
	Place         Ratio  `json:"place_accuracy"`
	Quantities    PRF    `json:"quantities"`
	// EventErrors counts event errors per type and class (see ErrorClasses).
	EventErrors EventErrors `json:"event_errors,omitempty"`

	Misses         []Item `json:"misses,omitempty"`          // gold records not found
	FalsePositives []Item `json:"false_positives,omitempty"` // predictions matching no gold record
	Mismatches     []Item `json:"mismatches,omitempty"`      // matched, but rank, country or place differs
}

// Item is one miss, false positive or mismatch, for the -v listing.
type Item struct {
	Kind     string `json:"kind"`            // person, organization, location, country, event, quantity, rank, country-of-person, place, participants
	Class    string `json:"class,omitempty"` // for events: one of ErrorClasses, or "near miss" for the prediction a miss was paired with
	Text     string `json:"text"`
	Evidence string `json:"evidence,omitempty"` // the predicted event's sentence
}

// Sum adds results up micro-wise under the name doc; item lists are not
// carried over.
func Sum(doc string, rs []*Result) *Result {
	t := &Result{Doc: doc}
	for _, r := range rs {
		t.Persons = t.Persons.Add(r.Persons)
		t.Organizations = t.Organizations.Add(r.Organizations)
		t.Locations = t.Locations.Add(r.Locations)
		t.Countries = t.Countries.Add(r.Countries)
		t.Entities = t.Entities.Add(r.Entities)
		t.Rank = t.Rank.Add(r.Rank)
		t.PersonCountry = t.PersonCountry.Add(r.PersonCountry)
		t.Events = t.Events.Add(r.Events)
		t.MainEvents = t.MainEvents.Add(r.MainEvents)
		t.Participants = t.Participants.Add(r.Participants)
		t.Place = t.Place.Add(r.Place)
		t.Quantities = t.Quantities.Add(r.Quantities)
		t.EventErrors = t.EventErrors.Add(r.EventErrors)
	}
	return t
}

// entity is a person, organisation or location seen through its names.
type entity struct {
	name    string
	aliases []string
}

// ref points at an entity of one type.
type ref struct {
	typ string
	i   int
}

// comparison holds what the entity matching found, for the event rules.
type comparison struct {
	opt        Options
	r          *Result
	predToGold map[string][]int // per type: predicted index → gold index or -1
	predNames  map[string][]ref // folded name or alias → predicted entities
	goldNames  map[string][]ref // folded name or alias → gold entities
}

// Compare scores pred against gold.
func Compare(pred, gold *Doc, opt Options) *Result {
	c := &comparison{opt: opt, r: &Result{Doc: gold.Doc}, predToGold: map[string][]int{},
		predNames: map[string][]ref{}, goldNames: map[string][]ref{}}
	if c.r.Doc == "" {
		c.r.Doc = pred.Doc
	}
	c.entities("person", persons(pred.Persons), persons(gold.Persons), &c.r.Persons)
	c.entities("organization", orgs(pred.Organizations), orgs(gold.Organizations), &c.r.Organizations)
	c.entities("location", locs(pred.Locations), locs(gold.Locations), &c.r.Locations)
	c.countries(pred.Countries, gold.Countries)
	c.r.Entities = c.r.Persons.Add(c.r.Organizations).Add(c.r.Locations).Add(c.r.Countries)
	c.personFacts(pred.Persons, gold.Persons)
	c.events(pred.Events, gold.Events)
	c.quantities(pred.Quantities, gold.Quantities)
	return c.r
}

func persons(ps []Person) []entity {
	out := make([]entity, len(ps))
	for i, p := range ps {
		out[i] = entity{p.Name, p.Aliases}
	}
	return out
}

func orgs(os []Organization) []entity {
	out := make([]entity, len(os))
	for i, o := range os {
		out[i] = entity{o.Name, o.Aliases}
	}
	return out
}

func locs(ls []Location) []entity {
	out := make([]entity, len(ls))
	for i, l := range ls {
		out[i] = entity{l.Name, l.Aliases}
	}
	return out
}

// entities matches one type of named entities and indexes their names for
// the participant and place rules.
func (c *comparison) entities(typ string, pred, gold []entity, out *PRF) {
	m := greedyNames(len(pred), len(gold), func(i, j int) int {
		return nameLevel(pred[i].name, pred[i].aliases, gold[j].name, gold[j].aliases)
	})
	c.predToGold[typ] = m
	found := make([]bool, len(gold))
	for i, j := range m {
		if j >= 0 {
			found[j] = true
			out.TP++
		} else {
			out.FP++
			c.r.FalsePositives = append(c.r.FalsePositives, Item{Kind: typ, Text: describe(pred[i])})
		}
		index(c.predNames, typ, i, pred[i])
	}
	for j, ok := range found {
		if !ok {
			out.FN++
			c.r.Misses = append(c.r.Misses, Item{Kind: typ, Text: describe(gold[j])})
		}
		index(c.goldNames, typ, j, gold[j])
	}
}

func index(names map[string][]ref, typ string, i int, e entity) {
	for _, n := range append([]string{e.name}, e.aliases...) {
		if k := fold.Key(n); k != "" {
			names[k] = append(names[k], ref{typ, i})
		}
	}
}

func describe(e entity) string {
	if len(e.aliases) == 0 {
		return e.name
	}
	return e.name + " (" + strings.Join(e.aliases, ", ") + ")"
}

// countries match by code, each code once.
func (c *comparison) countries(pred, gold []string) {
	want := map[string]bool{}
	for _, g := range gold {
		want[strings.ToUpper(strings.TrimSpace(g))] = true
	}
	got := map[string]bool{}
	for _, p := range pred {
		p = strings.ToUpper(strings.TrimSpace(p))
		if p == "" || got[p] {
			continue
		}
		got[p] = true
		if want[p] {
			c.r.Countries.TP++
		} else {
			c.r.Countries.FP++
			c.r.FalsePositives = append(c.r.FalsePositives, Item{Kind: "country", Text: p})
		}
	}
	for _, g := range sortedKeys(want) {
		if !got[g] {
			c.r.Countries.FN++
			c.r.Misses = append(c.r.Misses, Item{Kind: "country", Text: g})
		}
	}
}

func sortedKeys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// personFacts scores rank and country over matched persons. Ranks compare
// folded ("Senior Lieutenant General"), countries by code; null equals null.
func (c *comparison) personFacts(pred, gold []Person) {
	for i, j := range c.predToGold["person"] {
		if j < 0 {
			continue
		}
		p, g := pred[i], gold[j]
		c.r.Rank.Total++
		if fold.Key(str(p.Rank)) == fold.Key(str(g.Rank)) {
			c.r.Rank.Correct++
		} else {
			c.r.Mismatches = append(c.r.Mismatches, Item{Kind: "rank",
				Text: fmt.Sprintf("%s: got %s, want %s", g.Name, orNull(p.Rank), orNull(g.Rank))})
		}
		c.r.PersonCountry.Total++
		if strings.EqualFold(strings.TrimSpace(str(p.Country)), strings.TrimSpace(str(g.Country))) {
			c.r.PersonCountry.Correct++
		} else {
			c.r.Mismatches = append(c.r.Mismatches, Item{Kind: "country-of-person",
				Text: fmt.Sprintf("%s: got %s, want %s", g.Name, orNull(p.Country), orNull(g.Country))})
		}
	}
}

// errors returns the event error tally, made on first use.
func (r *Result) errors() EventErrors {
	if r.EventErrors == nil {
		r.EventErrors = EventErrors{}
	}
	return r.EventErrors
}

func orNull(p *string) string {
	if p == nil || *p == "" {
		return "null"
	}
	return *p
}
