package query

import (
	"context"

	"attache"
	"attache/eventname"
)

// Every event the read side returns carries its title (KBEvent.Label),
// written here once for the UI, the API and the CLI alike.

// LabelEvents fills the title of each event of evs.
func LabelEvents(evs []attache.KBEvent) {
	for i := range evs {
		evs[i].Label = eventname.Event(evs[i])
	}
}

// LabelProfile fills the titles of a profile's events.
func LabelProfile(p *attache.Profile) {
	if p != nil {
		LabelEvents(p.Events)
	}
}

// LabelDossier fills the titles of a dossier's events, agreements and
// series.
func LabelDossier(d *attache.Dossier) {
	if d == nil {
		return
	}
	LabelEvents(d.Events)
	LabelEvents(d.Agreements)
	for _, s := range d.Series {
		LabelEvents(s.Events)
	}
}

// Relations returns the resolver's dossier of two countries with its
// events titled. See attache.Reader.
func (s *Service) Relations(ctx context.Context, a, b string) (*attache.Dossier, error) {
	d, err := s.Knowledge.Relations(ctx, a, b)
	if err != nil {
		return nil, err
	}
	LabelDossier(d)
	return d, nil
}
