package resolve_test

import (
	"testing"

	"attache"
	"attache/fold"
	"attache/resolve"
)

// TestCorporaOnePerPersonAndPlace: on the sample and dev corpora, each
// real person and place written several ways is one entity, and no place
// keeps an all-capitals dateline as its name.
func TestCorporaOnePerPersonAndPlace(t *testing.T) {
	k := defaultKB(t)
	kn := resolve.Build(k, extracted(t, k, sampleAndDev(t))).Knowledge()
	for _, real := range []struct {
		typ   attache.EntityType
		forms []string
	}{
		{attache.Person, []string{"Gilberto Teodoro", "Gilberto C. Teodoro Jr.", "Gilberto Teodoro Jr."}},
		{attache.Person, []string{"Lloyd Austin", "Lloyd J. Austin III", "Lloyd Austin III"}},
		{attache.Person, []string{"Ferdinand R. Marcos Jr.", "Ferdinand Marcos Jr."}},
		{attache.Person, []string{"Phan Van Giang", "Phan Văn Giang"}},
		{attache.Location, []string{"Hanoi", "Hà Nội", "HANOI", "Ha Noi"}},
		{attache.Location, []string{"Manila", "MANILA"}},
		{attache.Location, []string{"Darwin", "DARWIN"}},
	} {
		forms := map[string]bool{}
		for _, f := range real.forms {
			forms[fold.Key(f)] = true
		}
		var ids []string
		for _, e := range kn.Entities {
			if e.Type != real.typ {
				continue
			}
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				if forms[fold.Key(n)] {
					ids = append(ids, e.ID)
					break
				}
			}
		}
		if len(ids) != 1 {
			t.Errorf("%s: entities %v, want one", real.forms[0], ids)
		}
	}
	for _, e := range kn.Entities {
		if e.Type == attache.Location && len(e.Aliases) > 0 && e.Name == upper(e.Name) && len(e.Name) > 3 {
			t.Errorf("place %s is named %q, a dateline, though also written %v", e.ID, e.Name, e.Aliases)
		}
	}
}

func upper(s string) string {
	out := []rune(s)
	for i, r := range out {
		if r >= 'a' && r <= 'z' {
			out[i] = r - 'a' + 'A'
		}
	}
	return string(out)
}
