package resolve

import (
	"attache"
)

// setCountry gives entity e the country named by value (a code or a
// name) and moves the events e takes part in from its old country to the
// new one: the old country leaves an event unless another participant
// holds it.
func (b *Builder) setCountry(e *attache.KBEntity, value string) error {
	if e.Type == attache.Country {
		return attache.Errorf(attache.EINVALID, "%q is a country: its code is what it is, merge or rename it instead", e.Name)
	}
	code, ok := b.countryCode(value)
	if !ok {
		return attache.Errorf(attache.EINVALID, "no country %q", value)
	}
	old := e.Country
	if old == code {
		return nil
	}
	e.Country = code
	for _, ev := range b.events {
		if !contains(ev.Participants, e.ID) {
			continue
		}
		b.touchEvent(ev)
		b.dropCountryOf(ev, old)
		ev.Countries = appendNew(ev.Countries, code)
	}
	return nil
}

// setRank gives person e the rank value, as the analyst wrote it. The
// ranks reported by articles stay in the positions, where a wrong one can
// be deleted as a fact.
func setRank(e *attache.KBEntity, value string) error {
	if e.Type != attache.Person {
		return attache.Errorf(attache.EINVALID, "%q is a %s: only persons have ranks", e.Name, e.Type)
	}
	e.Rank = value
	return nil
}
