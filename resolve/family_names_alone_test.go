package resolve_test

import (
	"fmt"
	"testing"

	"attache"
	"attache/resolve"
)

// TestFamilyNameAloneWithTitle: a report that names a minister only by
// his title and family word ("Minister Giang", "Vice-Minister Yoshida")
// is about the one known person of that country with that family word.
// Without a title or rank, of another country, a word of three letters,
// or a word two known persons of the country share, it stays apart.
func TestFamilyNameAloneWithTitle(t *testing.T) {
	k := defaultKB(t)
	p := func(name, country string) attache.Entity { return person(name, nil, "", country, nil, nil) }
	titled := func(name, country string) attache.Entity {
		return person(name, nil, "", country, []string{"Minister"}, nil)
	}
	for _, group := range [][]attache.Entity{
		{p("Phan Van Giang", "VN"), titled("Giang", "VN")},
		{p("Haruki Yoshida", "JP"), person("Yoshida", nil, "", "JP", []string{"Vice-Minister"}, nil)},
		{p("Boris Pistorius", "DE"), person("Pistorius", nil, "General", "DE", nil, nil)},
	} {
		ids := firstEntities(t, resolve.Build(k, oneArticleEach(group...)).Knowledge())
		if ids["n00"] != ids["n01"] {
			t.Errorf("%s: entities %v, want one", names(group), ids)
		}
	}
	for _, group := range [][]attache.Entity{
		{p("Phan Van Giang", "VN"), p("Giang", "VN")},
		{p("Phan Van Giang", "VN"), titled("Giang", "CN")},
		{p("Nguyen Van Nam", "VN"), titled("Nam", "VN")},
		{p("Nguyen Van Tuan", "VN"), p("Nguyen Duc Tuan", "VN"), titled("Tuan", "VN")},
	} {
		ids := firstEntities(t, resolve.Build(k, oneArticleEach(group...)).Knowledge())
		last := ids["n0"+string(rune('0'+len(group)-1))]
		for i := 0; i < len(group)-1; i++ {
			if ids["n0"+string(rune('0'+i))] == last {
				t.Errorf("%s: %s joins %s, want apart", names(group), group[len(group)-1].Name, group[i].Name)
			}
		}
	}
}

// TestFamilyNameAloneReportedFirst: a report that names a minister by his
// title and family name alone ("Philippine Secretary of National Defense
// Teodoro") taken before the one that names him in full ("Gilberto
// Teodoro Jr.") is the same person, shown by his full name. Not when the
// full name is another country's, when another person of the country
// with that family name is already known in full, or for a word of three
// letters.
func TestFamilyNameAloneReportedFirst(t *testing.T) {
	k := defaultKB(t)
	secretary := func(name, country string) attache.Entity {
		return person(name, nil, "", country, []string{"Secretary of National Defense"}, nil)
	}
	kn := resolve.Build(k, oneArticleEach(secretary("Teodoro", "PH"), personOf("Gilberto Teodoro Jr.", "PH"))).Knowledge()
	ids := firstEntities(t, kn)
	if ids["n00"] != ids["n01"] {
		t.Fatalf("Teodoro then Gilberto Teodoro Jr.: %v, want one entity", ids)
	}
	for _, e := range kn.Entities {
		if e.ID == ids["n00"] && e.Name != "Gilberto Teodoro Jr." {
			t.Errorf("entity named %q, want the full name", e.Name)
		}
	}
	for _, group := range [][]attache.Entity{
		{secretary("Teodoro", "PH"), personOf("Gilberto Teodoro Jr.", "US")},
		{personOf("Maria Teodoro", "PH"), secretary("Teodoro", "PH"), personOf("Gilberto Teodoro Jr.", "PH")},
		{secretary("Lam", "VN"), personOf("To Lam", "VN")},
	} {
		ids := firstEntities(t, resolve.Build(k, oneArticleEach(group...)).Knowledge())
		last := fmt.Sprintf("n%02d", len(group)-1)
		if ids[last] == ids[fmt.Sprintf("n%02d", len(group)-2)] {
			t.Errorf("%s: %s joined %s, want apart", names(group), group[len(group)-1].Name, group[len(group)-2].Name)
		}
	}
}
