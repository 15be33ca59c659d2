package events

import (
	"strings"
	"testing"

	"attache"
	txt "attache/extract/text"
)

// TestSceneVenues covers the place of the article's main scene: a venue
// named after "at" in the opening sentences is finer than the dateline's
// or the lead's city, and the opening ceremony of the occasion is held
// there too; a venue of another time or another kind of event is not.
func TestSceneVenues(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a venue named after the lead places the main talks, finer than the dateline",
		published: "2025-04-09",
		text: "LISBON, April 9 - Defence Minister Ana Castro held talks with her Estonian counterpart Tomas Ilves on Wednesday.\n\n" +
			"The two ministers also signed a plan of cooperation for 2026 at the Palacio Foz Hotel.",
		ents: []ent{person("Ana Castro", "PT"), person("Tomas Ilves", "EE"), loc("LISBON"), loc("Palacio Foz Hotel")},
		want: []want{{"meeting", "2025-04-09", "Palacio Foz Hotel", "Tomas Ilves", "main"}},
		not:  []want{{"meeting", "*", "LISBON", "-", ""}},
	}, {
		name: "the opening ceremony told without a place or a day is held where the exercise is",
		text: "Ruritanian and Elbonian troops opened the joint exercise Steel Bridge 2025 at the Karsk training area on Tuesday.\n\n" +
			"The opening ceremony was attended by General Ivo Marek and General Jan Wrona.",
		ents: []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "PL"), loc("Karsk training area")},
		want: []want{{"ceremony", "*", "Karsk training area", "Ivo Marek", ""}},
	}, {
		name:      "an exercise is not held at the camp of its opening ceremony",
		published: "2025-06-03",
		text: "The armies of Poland and Czechia on Tuesday opened their annual exercise Steel Bridge 2025 in Poland.\n\n" +
			"General Ivo Marek and General Jan Wrona led the opening ceremony at Camp Wolski.",
		ents: []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "PL"), country("PL", "Poland"), country("CZ", "Czechia"), loc("Camp Wolski")},
		not:  []want{{"exercise", "*", "Camp Wolski", "-", ""}},
	}, {
		name:      "a venue of another time places nothing",
		published: "2025-09-18",
		text: "General Omar Haddad received General Piet Kruger in Rabat on Wednesday.\n\n" +
			"The ministry had inaugurated a memorial at the Kasbah Museum in 2019.",
		ents: []ent{person("Omar Haddad", "MA"), person("Piet Kruger", "ZA"), loc("Rabat"), loc("Kasbah Museum")},
		want: []want{{"meeting", "2025-09-17", "Rabat", "Piet Kruger", "main"}},
	}, {
		name:      "a call told 'ahead of' the main meeting gives it no venue",
		published: "2026-05-20",
		text: "India and Ruritania held the 5th meeting of their Joint Defence Committee in New Delhi on Wednesday.\n\n" +
			"Ahead of the meeting, the Ruritanian delegation called on General Arun Rao at South Block.",
		ents: []ent{country("IN", "India"), loc("New Delhi"), person("Arun Rao", "IN"), loc("South Block")},
		want: []want{{"dialogue", "2026-05-20", "New Delhi", "IN", "main"}},
		not:  []want{{"dialogue", "*", "South Block", "-", ""}},
	}, {
		name:      "a signing told 'following' the talks gives them no venue",
		published: "2026-04-07",
		text: "General Omar Haddad held talks with General Piet Kruger in Rabat on Tuesday.\n\n" +
			"Following the talks, the two generals signed a training plan at the Royal Military Academy.",
		ents: []ent{person("Omar Haddad", "MA"), person("Piet Kruger", "ZA"), loc("Rabat"), loc("Royal Military Academy")},
		want: []want{{"meeting", "2026-04-07", "Rabat", "Piet Kruger", "main"}},
		not:  []want{{"meeting", "*", "Royal Military Academy", "-", ""}},
	}, {
		name:      "a body's seat followed by the site it stands in is placed at the site",
		published: "2025-11-04",
		text:      "Minister Ivo Marek received Jan Wrona at the Ministry of Defence in Tarvo Garrison on Tuesday.",
		ents:      []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "PL"), org("Ministry of Defence"), loc("Tarvo Garrison")},
		want:      []want{{"meeting", "2025-11-04", "Tarvo Garrison", "Jan Wrona", "main"}},
	}, {
		name:      "the headquarters of a body is placed in the city after it, whatever the body's name",
		published: "2025-04-28",
		text:      "MADRID - General Ivo Marek on Monday received General Jan Wrona at the headquarters of the Defence Staff of Ruritania in Madrid.",
		ents:      []ent{person("Ivo Marek", "ES"), person("Jan Wrona", "PL"), org("Defence Staff of Ruritania"), loc("Madrid"), loc("MADRID")},
		want:      []want{{"meeting", "2025-04-28", "Madrid", "Jan Wrona", "main"}},
		not:       []want{{"meeting", "*", "Defence Staff of Ruritania", "-", ""}},
	}, {
		name:      "the site a guest is welcomed to places the talks",
		published: "2025-08-26",
		text: "TALLINN - Defence Minister Tomas Ilves today welcomed his Portuguese counterpart Ana Castro to the Kadriorg Palace for talks.\n\n" +
			"The two ministers discussed air policing and cyber defence.",
		ents: []ent{person("Ana Castro", "PT"), person("Tomas Ilves", "EE"), loc("TALLINN"), loc("Kadriorg Palace")},
		want: []want{{"meeting", "2025-08-26", "Kadriorg Palace", "Ana Castro", "main"}},
	}, {
		name:      "the city of a title is where a person serves, not where the event is",
		published: "2025-11-04",
		text:      "Minister Ivo Marek received the Polish defence attaché in Prague, Colonel Jan Wrona, on Tuesday.",
		ents:      []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "PL"), loc("Prague")},
		not:       []want{{"meeting", "*", "Prague", "-", ""}},
	}, {
		name:      "a body's seat is in the city the sentence puts the guest in, not the dateline's",
		published: "2025-06-15",
		text: "Polish Navy chief visits Chile\n\n" +
			"WARSAW, June 15 - Chief of the Polish Navy Admiral Jan Wrona is on an official visit to Chile from June 16 to 19.\n\n" +
			"On arrival in Valparaiso on 16 June, the Admiral was accorded a ceremonial guard of honour at the Chilean Navy Headquarters.",
		ents: []ent{person("Jan Wrona", "PL"), locIn("WARSAW", "PL"), locIn("Valparaiso", "CL"), country("CL", "Chile"), orgOf("Chilean Navy Headquarters", "CL")},
		want: []want{{"ceremony", "*", "Valparaiso", "Jan Wrona", ""}},
		not:  []want{{"ceremony", "*", "WARSAW", "-", ""}},
	}, {
		name:      "a post after 'in the presence of' is still a post: its city is where the attaché serves",
		published: "2026-06-25",
		text:      "The exercise opened on Thursday at the Kalina Training Ground. The opening ceremony was reviewed by General Ivo Marek, in the presence of the Defence Attaché in Prague, Colonel Jan Wrona.",
		ents:      []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "PL"), loc("Kalina Training Ground"), loc("Prague")},
		not:       []want{{"ceremony", "*", "Prague", "-", ""}},
	}, {
		name:      "a post after 'in the company of' keeps its city out of the event",
		published: "2026-06-25",
		text:      "General Ivo Marek took part in a wreath-laying ceremony on Thursday, in the company of the Military Attaché in Warsaw, Colonel Jan Wrona.",
		ents:      []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "CZ"), loc("Warsaw")},
		not:       []want{{"ceremony", "*", "Warsaw", "-", ""}},
	}, {
		name:      "a venue in a sentence naming the first and last days of a forum",
		published: "2026-10-06",
		text:      "Ghana hosts naval security forum in Accra\n\nACCRA, Oct 6 - Ghana is hosting the second Gulf of Guinea Naval Forum, which opened on Tuesday at the Accra International Conference Centre and runs until Thursday.",
		ents:      []ent{loc("ACCRA", "Accra"), org("Gulf of Guinea Naval Forum"), loc("Accra International Conference Centre")},
		want:      []want{{"conference", "*", "Accra International Conference Centre", "Gulf of Guinea Naval Forum", ""}},
	}, {
		name:      "an exhibition opened at a venue on one day and closing on another",
		published: "2026-11-17",
		text:      "President opens defence exhibition in Lahore\n\nLAHORE, Nov 17 - The Punjab Defence Exhibition opened at the Expo Centre Lahore on Monday and will close on Thursday.",
		ents:      []ent{loc("LAHORE", "Lahore"), org("Punjab Defence Exhibition"), loc("Expo Centre Lahore")},
		want:      []want{{"exhibition", "*", "Expo Centre Lahore", "Punjab Defence Exhibition", ""}},
	}, {
		name:      "a title of a state written with 'of the', then the city it serves in",
		published: "2026-02-02",
		text:      "The opening ceremony was reviewed by Brigadier Arun Rao in the presence of the Defence Attaché of the Maldives in New Delhi, Colonel Ali Rasheed.",
		ents:      []ent{person("Arun Rao", "IN"), person("Ali Rasheed", "MV"), country("MV", "Maldives"), loc("New Delhi")},
		not:       []want{{"ceremony", "*", "New Delhi", "-", ""}},
	}, {
		name:      "an ambassador of a state of several words to a country",
		published: "2026-03-10",
		text:      "General Omar Saleh held talks with the Ambassador of the United Arab Emirates to Jordan, Hamad Al Mansoori, on Monday.",
		ents:      []ent{person("Omar Saleh", "JO"), person("Hamad Al Mansoori", "AE"), country("AE", "United Arab Emirates"), country("JO", "Jordan")},
		not:       []want{{"meeting", "*", "JO", "-", ""}},
	}})
}

// TestLongSentencesAreCut checks that a text which never ends a sentence
// is read in pieces of bounded length covering it all, so that the work
// per trigger stays bounded.
func TestLongSentencesAreCut(t *testing.T) {
	text := strings.Repeat("the Ministry of W and the W Army signed a deal. ", 400)
	toks := txt.Tokenize(text)
	spans := boundSentences([]attache.Span{{Start: 0, End: len(text)}}, toks)
	if len(spans) < 2 {
		t.Fatalf("got %d spans, want the sentence cut", len(spans))
	}
	at := 0
	k := 0
	for _, sp := range spans {
		if sp.Start != at || sp.End <= sp.Start {
			t.Fatalf("span %v does not follow %d", sp, at)
		}
		at = sp.End
		n := 0
		for k < len(toks) && toks[k].End <= sp.End {
			k, n = k+1, n+1
		}
		if n > maxSentenceTokens {
			t.Errorf("span %v holds %d tokens, more than %d", sp, n, maxSentenceTokens)
		}
	}
	if at != len(text) {
		t.Errorf("spans end at %d, want %d", at, len(text))
	}
	short := []attache.Span{{Start: 0, End: 10}}
	if got := boundSentences(short, txt.Tokenize("Hello you.")); len(got) != 1 || got[0] != short[0] {
		t.Errorf("a short sentence changed: %v", got)
	}
}
