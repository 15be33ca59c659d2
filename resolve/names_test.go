package resolve_test

import (
	"fmt"
	"testing"

	"attache"
	"attache/resolve"
)

// entityOf returns the knowledge-base entity id each article's first
// entity was linked to.
func firstEntities(t *testing.T, k *attache.Knowledge) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, l := range k.Links {
		if l.EntityIdx == 0 {
			out[l.ArticleID] = l.EntityID
		}
	}
	return out
}

// oneArticleEach builds one article per entity, all the same day.
func oneArticleEach(es ...attache.Entity) []*attache.Article {
	var as []*attache.Article
	for i, e := range es {
		as = append(as, article(fmt.Sprintf("n%02d", i), "2024-07-30", []attache.Entity{e}, nil))
	}
	return as
}

func TestNamesThatVaryAreOnePerson(t *testing.T) {
	k := defaultKB(t)
	p := personOf
	place := func(name, country string) attache.Entity {
		return attache.Entity{Type: attache.Location, Name: name, Country: country}
	}
	for _, group := range [][]attache.Entity{
		{p("Sergei Shoigu", "RU"), p("Sergey Shoigu", "RU"), p("Sergei K. Shoigu", "")},
		{p("Alexander Vasilyevich Fomin", "RU"), p("Alexander Fomin", "RU"), p("Aleksandr Fomin", "RU")},
		{p("Lloyd J. Austin III", "US"), p("Lloyd Austin III", "US"), p("Lloyd Austin", "US")},
		{p("Gilberto C. Teodoro Jr.", "PH"), p("Gilberto Teodoro", "PH"), p("Gilberto Teodoro", "US")},
		{p("Ferdinand R. Marcos Jr.", "PH"), p("Ferdinand Marcos Jr.", "JP")},
		{p("Hoang Xuan Chien", "VN"), p("Sen. Lt. Gen. Hoàng Xuân Chiến", "RU")},
		{p("Yuri Ivanovich Petrov", "RU"), p("Yury Petrov", "RU")},
		{p("Aleksey Krivoruchko", "RU"), p("Alexei Krivoruchko", "RU")},
		{p("Maksim Ivanovich Oreshkin", "RU"), p("Maxim Oreshkin", "RU")},
		{p("Ihor Levchenko", "UA"), p("Igor Levchenko", "UA")},
		{p("Abdallah Mahmud Rahimi", "JO"), p("Abdullah Mahmoud Rahimi", "JO")},
		{p("Mohammad Rafiqul Islam", "BD"), p("Major General Muhammad Rafiqul Islam", "BD")},
		{p("Kim Jong Un", "KP"), p("Kim Jong-un", "KP")},
		{p("Minoru Kihara", "JP"), p("Kihara Minoru", "JP")},
		{p("Shin Won-sik", "KR"), p("Shin Wonsik", "KR")},
		{p("Ahn Gyu-back", "KR"), p("Ahn Kyu-back", "KR"), p("Ahn Gyu-baek", "KR")},
		{p("Kim Myung-soo", "KR"), p("Kim Myeong-su", "KR"), p("Kim Myung Soo", "KR")},
		{p("Abdel Fattah al-Sisi", "EG"), p("Abdel Fattah El-Sisi", "EG"), p("Abdul Fattah Al Sisi", "EG")},
		{p("Khalid bin Salman Al Saud", "SA"), p("Khaled bin Salman Al-Saud", "SA")},
		{p("Samdech Pichey Sena Tea Banh", "KH"), p("Tea Banh", "KH")},
		{p("Sergei Shoigu", "RU"), p("Sergey Shoygu", "RU"), p("Serguei Shoigou", "RU")},
		{p("Aleksandr Khodakovsky", "UA"), p("Alexandr Hodakovskiy", "UA")},
		{p("Sjafrie Sjamsoeddin", "ID"), p("Syafrie Syamsuddin", "ID")},
		{p("Djoko Susanto", "ID"), p("Joko Susanto", "ID"), p("Djoko Soesanto", "ID")},
		{p("General Tan Sri Mohd Nizam Jaffar", "MY"), p("Mohammad Nizam Jaffar", "MY")},
		{p("Yang Berhormat Dato' Seri Utama Haji Mohamad bin Haji Hasan", "MY"), p("Mohamad Hasan", "MY")},
		{p("No Kwang Chol", "KP"), p("No Kwang-chol", "KP"), p("No Gwang-cheol", "KP")},
		{p("Datuk Seri Mohamed Khaled Nordin", "MY"), p("Dato' Seri Khaled Nordin", "MY")},
		{p("Lieutenant General (Ret.) Prabowo Subianto", "ID"), p("Prabowo Subianto", "ID")},
		{p("His Excellency Dr. Tan See Leng", "SG"), p("Tan See Leng", "SG")},
		{p("Hishammuddin bin Hussein", "MY"), p("Datuk Seri Hishammuddin Hussein", "MY")},
		{p("Gen Nakatani", "JP"), p("Gen Nakatani", "JP"), p("Defense Minister Gen Nakatani", "JP")},
		{place("Hanoi", "VN"), place("Hà Nội", "VN"), place("HANOI", ""), place("Ha Noi", "VN")},
	} {
		kn := resolve.Build(k, oneArticleEach(group...)).Knowledge()
		ids := firstEntities(t, kn)
		want := ids["n00"]
		for id, got := range ids {
			if got != want {
				t.Errorf("%s (%s): entity %s, want %s of %q", id, names(group), got, want, group[0].Name)
			}
		}
	}
}

func TestDistinctPeopleSharingNamePartsStayApart(t *testing.T) {
	k := defaultKB(t)
	p := func(name string) attache.Entity { return person(name, nil, "Colonel", "VN", nil, nil) }
	for _, order := range [][]string{
		{"Pham Van Minh", "Pham Duc Minh", "Pham Minh"},
		{"Pham Minh", "Pham Van Minh", "Pham Duc Minh"},
	} {
		kn := resolve.Build(k, oneArticleEach(p(order[0]), p(order[1]), p(order[2]))).Knowledge()
		ids := firstEntities(t, kn)
		van, duc := "", ""
		for i, name := range order {
			switch name {
			case "Pham Van Minh":
				van = ids[fmt.Sprintf("n%02d", i)]
			case "Pham Duc Minh":
				duc = ids[fmt.Sprintf("n%02d", i)]
			}
		}
		if van == duc {
			t.Errorf("order %v: Pham Van Minh and Pham Duc Minh are one entity %s", order, van)
		}
	}
}

// TestKoreanSyllablesKeepPeopleApart: reading each syllable in one
// romanization joins only the same syllables: two Kims with other given
// names stay two people.
func TestKoreanSyllablesKeepPeopleApart(t *testing.T) {
	k := defaultKB(t)
	p := func(name string) attache.Entity { return person(name, nil, "", "KR", nil, nil) }
	ids := firstEntities(t, resolve.Build(k, oneArticleEach(p("Kim Myung-soo"), p("Kim Seon-ho"), p("Kim Myung-ho"))).Knowledge())
	if ids["n00"] == ids["n01"] || ids["n00"] == ids["n02"] || ids["n01"] == ids["n02"] {
		t.Errorf("Kim Myung-soo, Kim Seon-ho and Kim Myung-ho: %v, want three entities", ids)
	}
}

// TestParticleBeforeOneWordNeverLinks: "Al-Sisi" read without its
// particle is one word, and "Al Gore" keeps his given name.
func TestParticleBeforeOneWordNeverLinks(t *testing.T) {
	k := defaultKB(t)
	p := func(name string) attache.Entity { return person(name, nil, "", "EG", nil, nil) }
	ids := firstEntities(t, resolve.Build(k, oneArticleEach(p("al-Sisi"), p("El-Sisi"), p("Al Gore"), p("Al Gore"))).Knowledge())
	if ids["n00"] == ids["n01"] {
		t.Errorf("al-Sisi and El-Sisi in two articles: %v, want two entities (one word links none)", ids)
	}
	if ids["n02"] != ids["n03"] {
		t.Errorf("Al Gore in two articles: %v, want one entity", ids)
	}
}

// TestLooseSpellingNeedsTheCountry: a name that matches only when
// transliterations are read loosely joins a person of the same country,
// never one of another country or of none.
func TestLooseSpellingNeedsTheCountry(t *testing.T) {
	k := defaultKB(t)
	ids := firstEntities(t, resolve.Build(k, oneArticleEach(
		person("Nikolai Shoygu", nil, "", "RU", nil, nil),
		person("Nikolai Shoigu", nil, "", "KZ", nil, nil),
		person("Nikolai Shoigu", nil, "", "", nil, nil),
		person("Nikolai Shoigou", nil, "", "RU", nil, nil))).Knowledge())
	if ids["n00"] == ids["n01"] || ids["n00"] == ids["n02"] {
		t.Errorf("loose spellings of other or no country joined: %v", ids)
	}
	if ids["n00"] != ids["n03"] {
		t.Errorf("Nikolai Shoygu and Nikolai Shoigou of RU: %v, want one entity", ids)
	}
}

// TestRankBeforeOneWordNeverLinks: "Gen. Brown" is a general known by one
// word, who links no articles, though "Gen Nakatani" is a given name and
// a surname.
func TestRankBeforeOneWordNeverLinks(t *testing.T) {
	k := defaultKB(t)
	p := func(name string) attache.Entity { return person(name, nil, "", "US", nil, nil) }
	ids := firstEntities(t, resolve.Build(k, oneArticleEach(p("Gen. Brown"), p("Gen. Brown"), p("General Brown"))).Knowledge())
	if ids["n00"] == ids["n01"] || ids["n00"] == ids["n02"] {
		t.Errorf("generals called Brown in three articles: %v, want three entities", ids)
	}
}

func TestCountryFromBestEvidence(t *testing.T) {
	k := defaultKB(t)
	// One report with a post says PH; two passing mentions guess US from
	// the article. The post weighs more than one guess, and the guesses
	// never split the person.
	titled := person("Gilberto Teodoro", nil, "", "PH", []string{"Secretary of National Defense"}, nil)
	guess := person("Gilberto C. Teodoro Jr.", nil, "", "US", nil, nil)
	for _, as := range [][]*attache.Article{
		oneArticleEach(guess, titled),
		oneArticleEach(titled, guess),
	} {
		kn := resolve.Build(k, as).Knowledge()
		if len(kn.Entities) != 1 || kn.Entities[0].Country != "PH" {
			t.Errorf("entities %+v, want one Teodoro with country PH", kn.Entities)
		}
	}
}

func names(es []attache.Entity) string {
	s := ""
	for i, e := range es {
		if i > 0 {
			s += " | "
		}
		s += e.Name
	}
	return s
}

func TestCountryNeedsMoreThanOneGuess(t *testing.T) {
	k := defaultKB(t)
	cases := []struct {
		name string
		es   []attache.Entity
		want string
	}{
		{"one passing mention", []attache.Entity{person("Li Hongzhong", nil, "", "CN", nil, nil)}, ""},
		{"two passing mentions agree", []attache.Entity{person("Li Hongzhong", nil, "", "CN", nil, nil), person("Li Hongzhong", nil, "", "CN", nil, nil)}, "CN"},
		{"a post naming the country beats two guessed", []attache.Entity{
			person("Gilberto Teodoro", nil, "", "US", []string{"Secretary"}, nil),
			person("Gilberto Teodoro", nil, "", "US", []string{"Secretary"}, nil),
			person("Gilberto Teodoro", nil, "", "PH", []string{"Philippine Defense Secretary"}, nil),
		}, "PH"},
	}
	for _, c := range cases {
		kn := resolve.Build(k, oneArticleEach(c.es...)).Knowledge()
		if len(kn.Entities) != 1 || kn.Entities[0].Country != c.want {
			t.Errorf("%s: entities %+v, want one with country %q", c.name, kn.Entities, c.want)
		}
	}
}
