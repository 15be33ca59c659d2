package resolve_test

import (
	"testing"

	"attache"
	"attache/resolve"
)

// TestNameSpellingsAreOnePerson: a family name that is not the name's
// last word (Spanish double surnames: "Walter Enrique Astudillo Chávez"
// is "Walter Astudillo"), a Portuguese "Filho" after the name, and a long
// family name transliterated with another vowel or a silent letter
// ("Kholmukhamedov", "Khalmukhamedov"; Thai "Narkphanit", "Nakpanit";
// Turkish ş as s or sh: "Yaşar", "Yashar") are
// one person, in either order of the articles.
func TestNameSpellingsAreOnePerson(t *testing.T) {
	k := defaultKB(t)
	p := func(name, country string) attache.Entity { return person(name, nil, "", country, nil, nil) }
	for _, group := range [][]attache.Entity{
		{p("Walter Enrique Astudillo Chávez", "PE"), p("Walter Astudillo", "PE")},
		{p("Walter Astudillo", "PE"), p("Walter Enrique Astudillo Chávez", "PE")},
		{p("María Fernanda Ruiz Paredes", "CL"), p("María Ruiz", "CL"), p("Maria Fernanda Ruiz", "CL")},
		{p("José Múcio Monteiro", "BR"), p("José Mucio Monteiro Filho", "BR"), p("José Múcio", "BR")},
		{p("José Múcio", "BR"), p("José Mucio Monteiro Filho", "BR")},
		{p("Shukhrat Khalmukhamedov", "UZ"), p("Shukhrat Kholmukhamedov", "UZ"), p("Shukhrat Halmuhamedov", "UZ")},
		{p("Nattaphon Narkphanit", "TH"), p("Nattaphon Nakpanit", "TH")},
		{p("Nattaphon Nakpanit", "TH"), p("Nattaphon Narkphanit", "TH")},
		{p("Yaşar Güler", "TR"), p("Yashar Guler", "TR")},
		{p("Yashar Guler", "TR"), p("Yaşar Güler", "TR")},
	} {
		ids := firstEntities(t, resolve.Build(k, oneArticleEach(group...)).Knowledge())
		for id, got := range ids {
			if got != ids["n00"] {
				t.Errorf("%s (%s): entity %s, want %s of %q", id, names(group), got, ids["n00"], group[0].Name)
			}
		}
	}
}

// TestNearSpellingsOfOtherPeopleStayApart: a near spelling joins only a
// person of the same country and given name, with one long word spelled
// nearly the same (same first letter, one letter in five at most) and no
// second such person; a short name a letter apart is another name.
func TestNearSpellingsOfOtherPeopleStayApart(t *testing.T) {
	k := defaultKB(t)
	p := func(name, country string) attache.Entity { return person(name, nil, "", country, nil, nil) }
	for _, pair := range [][2]attache.Entity{
		{p("Shukhrat Kholmukhamedov", "UZ"), p("Shukhrat Khalmukhamedov", "KZ")},
		{p("Shukhrat Kholmukhamedov", "UZ"), p("Rustam Khalmukhamedov", "UZ")},
		{p("Nguyen Van Nam", "VN"), p("Nguyen Van Lam", "VN")},
		{p("Pham Hoang Thanh", "VN"), p("Pham Hoang Thang", "VN")},
		{p("Ruslan Zhaksylykov", "KZ"), p("Ruslan Shaksylykov", "KZ")},
		{p("Anan Suwannarat", "TH"), p("Anan Suwannakit", "TH")},
		{p("Yaşar Güler", "TR"), p("Yashar Guler", "AZ")},
		{p("Yaşar Güler", "TR"), p("Yashar Gular", "TR")},
	} {
		ids := firstEntities(t, resolve.Build(k, oneArticleEach(pair[0], pair[1])).Knowledge())
		if ids["n00"] == ids["n01"] {
			t.Errorf("%s and %s: one entity %s, want two", pair[0].Name, pair[1].Name, ids["n00"])
		}
	}
	// Two known people the short name nests in: it joins neither.
	ids := firstEntities(t, resolve.Build(k, oneArticleEach(
		p("Walter Enrique Astudillo Chávez", "PE"), p("Walter Astudillo Ríos", "PE"), p("Walter Astudillo", "PE"))).Knowledge())
	if ids["n02"] == ids["n00"] || ids["n02"] == ids["n01"] || ids["n00"] == ids["n01"] {
		t.Errorf("Walter Astudillo beside two Walter Astudillos: %v, want three entities", ids)
	}
}
