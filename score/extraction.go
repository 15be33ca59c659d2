package score

import (
	"fmt"

	"attache"
)

// Extraction turns a gold record back into the extractor's shape, the
// inverse of FromExtraction: entities numbered e1, e2, ... in the order
// persons, organisations, locations, countries (a country entity is named
// by its code), nulls as empty strings, extras kept. Tests use it to store
// gold records as if they had been extracted.
func (d *Doc) Extraction() *attache.Extraction {
	x := &attache.Extraction{Doc: d.Doc, Published: str(d.Published)}
	add := func(e attache.Entity) {
		e.ID = fmt.Sprintf("e%d", len(x.Entities)+1)
		x.Entities = append(x.Entities, e)
	}
	for _, p := range d.Persons {
		add(attache.Entity{Type: attache.Person, Name: p.Name, Aliases: p.Aliases, Rank: str(p.Rank),
			Titles: p.Titles, Former: p.Former, Country: str(p.Country), Mentions: p.Mentions})
	}
	for _, o := range d.Organizations {
		add(attache.Entity{Type: attache.Organization, Name: o.Name, Aliases: o.Aliases, Country: str(o.Country), Mentions: o.Mentions})
	}
	for _, l := range d.Locations {
		add(attache.Entity{Type: attache.Location, Name: l.Name, Aliases: l.Aliases, Country: str(l.Country), Mentions: l.Mentions})
	}
	for _, c := range d.Countries {
		add(attache.Entity{Type: attache.Country, Name: c, Country: c})
	}
	for _, e := range d.Events {
		x.Events = append(x.Events, attache.Event{Type: e.Type, Name: e.Name, Date: str(e.Date), Place: str(e.Place),
			Participants: e.Participants, Salience: e.Salience, Cameo: e.Cameo, Plover: e.Plover,
			Mission: e.Mission, Unit: e.Unit, Rotation: e.Rotation, Personnel: e.Personnel, Women: e.Women,
			Scheduled: e.Scheduled, Evidence: e.Evidence, Start: e.Start, End: e.End, Confidence: e.Confidence})
	}
	for _, q := range d.Quantities {
		x.Quantities = append(x.Quantities, attache.Quantity{Value: q.Value, Unit: q.Unit, Start: q.Start, End: q.End})
	}
	return x
}
