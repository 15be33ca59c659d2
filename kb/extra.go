package kb

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
)

// LexiconFile holds the word lists the entity extractor uses besides the
// gazetteers: one "category<TAB>word or phrase" a line. Categories:
//
//	abbrev     abbreviations that do not end a sentence ("Gen", "No", "Dr")
//	orghead    words that end an organisation name ("Ministry", "Army")
//	orgprefix  words that start one and take "of ..." ("Ministry", "Department")
//	placehead  words that end a place name ("Sea", "Square", "Museum")
//	placeword  lower-case words that follow a place name ("province", "city")
//	placefirst words that open a place name, the name after them
//	           ("Plaza San Martín", "Edificio Libertador", "Dataran
//	           Merdeka")
//	trainingsite words that end the name of a school or training site
//	           ("School", "Academy", "Node"), which is a place when an
//	           event is held at it (see hostword)
//	hostword   lower-case words of a clause that holds an event at a site:
//	           "exercise", "ceremony", "held", "opened"
//	honorific  words before a person's name ("Mr", "Madam", "Dr")
//	verb       verbs that follow a person's name ("said", "stressed")
//	stop       capitalised words that are never names ("The", "However")
//	particle   lower-case parts of personal names ("bin", "al", "van")
//	agency     news agencies, which are credits, not entities ("VNA")
//	citeverb   lower-case verbs after an agency's name that cite it as the
//	           source: "..., TASS reported.", "BelTA learned from ..."
//	person     nouns a count of people may end with ("soldiers", "officers")
//	partitive  countable nouns that take what they count after "of": "120
//	           units of military equipment", "ten pairs of provinces"
//	countverb  verbs between a noun and its count ("personnel numbering 450")
//	countable  other nouns a count may end with ("missions", "locations")
//	posthead   words that head a post ("Minister", "Director", "member")
//	titleword  words that qualify a post ("Deputy", "standing", "former")
//	function   capitalised function words that start no name ("The", "In")
//	eventword  words ending the names of events, not organisations ("Expo")
//	docword    words after an organisation naming its document ("UN Convention")
//	domain     words that end the "of ..." part of a post or organisation ("Defence")
//	suffix     generational suffixes that end a personal name ("Jr", "III")
//	postnominal  letters written after a name that are no part of it: a seat
//	           or an honour ("MP", "KC", "OBE"); a name in apposition may end
//	           with them before its comma
//	vessel     ship prefixes: the name after them is a ship's ("USS", "HMAS")
//	notcount   words after a number that show it counts no people or units:
//	           durations, measures, money, determiners ("weeks", "km", "the")
//	statepost  a post only one state has, after its ISO code and a space:
//	           "US Secretary of Defense"; a person holding it with no stated
//	           nationality serves that state
//	party      nouns that "the two ..." uses to refer back to parties already
//	           named, so that it is not a new count ("countries", "sides")
//	facility   words naming a site that is a place when one is "at" or "in"
//	           it ("Shipyard", "Headquarters", "Base", "airfield"); as a
//	           lower-case word after a name it stays in the place's name
//	           ("Kubinka airfield"), unlike "city" or "province"
//	war        words ending the name of a war, whose demonym names no state
//	           taking part in the article ("Korean War")
//	unithead   words that head an organisation's name only when a number
//	           follows them: "Military Zone 5", "Coast Guard Region 2"
//	compass    points of the compass that name a command's area with a
//	           service word before a unithead: "Eastern Naval Area",
//	           "Western Military Zone", a body like a numbered one
//	nameabbrev abbreviated given names written with a full stop inside a
//	           personal name: "Ma" (María) of "Jose Ma. Ambrosio Ezpeleta"
//	generalbody head words of bodies that "General" after them belongs
//	           to, not a rank: "Directorate General of Defence Strategy"
//	siteverb   lower-case verbs of going to a site, after which a name
//	           ending in a site head word is a place, as after "at":
//	           "toured Terendak Camp", "inspected the Bentong Camp"
//	unitnoun   lower-case nouns that make one proper word before them a
//	           unit's name: "the Hanbit unit", "the 22nd Dongmyeong unit"
//	sitehead   words ending the name of a site that is a place when one is "at"
//	           or "in" it, whatever proper name comes before: "at Bentong
//	           Camp", "at Bayintnaung Villa", "at Roesmin Nurjadin Air Force Base"
//	memorial   kind words of a museum, memorial or cemetery ("Museum",
//	           "Cemetery"); in lower case after a name ("the Otan
//	           Korgaushylar monument") the word stays in the site's name,
//	           and "of the" may join what it honours ("the Defenders of
//	           the Fatherland monument")
//	plainword  lower-case words any report of an event may use whatever it
//	           tells ("held", "marking", "with"): resolution compares the
//	           other lower-case words of two reports to tell their subject
//	remote     lower-case words of talks held at a distance ("phone",
//	           "video"): a call has no place, and another report's place
//	           for it is where that agency wrote from (resolve)
//	repeat     lower-case words that tell a contact as another one of the
//	           same pair ("met again", "a second meeting"): not the
//	           day-before contact another agency dates otherwise (resolve)
//	middle     middle names after which the next capitalised word ends the
//	           name even when it is also an English word: "Van" in "Nguyen
//	           Van An", "Thi" in "Tran Thi Ha"
//	geohead    words after a known place that name another place after it:
//	           "Melaka Strait", "Thu Duc City", "Saitama Prefecture"
//	modifier   bodies that are no mention when they qualify the words after
//	           them: "UN" in "UN peacekeeping missions", "UN Peace Medal"
//	guestword  words of a guest's act that take "on" or "to" after a
//	           person's description: "called on", "is on a visit to";
//	           the person is the guest, not of the host state
//	sitekind   lower-case site nouns after a kind word that end a site's
//	           name after a known place: "Otar training ground", "Halim
//	           Perdanakusuma air base"
//	postbody   heads of bodies that serve a post, named "of" that post:
//	           "Office of the Commander-in-Chief"
//	unitcode   endings of peacekeeping units' codes, which name a unit
//	           before a rotation number: "BAT" of "BANBAT-19", "CON" of
//	           "FIJICON 20"
//	style      rulers' styles that agencies write as part of the name:
//	           "Sultan Ibrahim", "Sheikh Tamim", "Crown Prince X"
//	stationword words between a service and a name that make a base's
//	           name: "Air Force Station Yelahanka", "Naval Station X"
//	prefixname common first names after which the next name is the
//	           short form agencies use: "Khaled" of "Mohamed Khaled Nordin"
//	bodysite   site words that name the body working there, not a place,
//	           unless the building's name follows in parentheses: "at
//	           Naval Headquarters" (the body), "at Air Headquarters (Vayu
//	           Bhawan)" (the place)
//	venueword  words before "Centre", "Center" or "Hall" that make the
//	           name a venue's, a place: "Convention Centre", "Exhibition
//	           Center"
//	seated     head words of bodies that serve in a place, whose name goes
//	           on with "in PLACE": "UN Mission in South
//	           Sudan", "ECOWAS Mission in The Gambia"
//	codename   words opening the code name of an exercise or operation,
//	           whose words name no place: "Exercise Bersama Lima"
//	companion  verbs before "by" or "with" and the companion of a
//	           person's delegation, who shares their state: "accompanied"
//	           (by), "travelled" (with), in lower case
//	legalform  a company's legal form written after its name, part of
//	           the name: "Ltd" of "Korea Aerospace Industries Ltd.", "JSC"
//	session    lower-case words after the name of a body that meets
//	           (capitalised head words: "Committee"), which make an
//	           ordinal before it count the body's meetings: "the 17th
//	           Regional Border Committee meeting" names the committee,
//	           "the 7th Infantry Division" keeps its number
//	official   a well-known official after the ISO code of the state they
//	           serve and a space: "VN Phan Van Giang"; a person so named
//	           with no stated nationality serves that state
//	nameform   a word of personal names that one state's naming makes
//	           distinctive, after its ISO code and a space: "VN Nguyen",
//	           "JP Kishi"; a person with no stated nationality whose name
//	           holds it serves that state when the article names the state
const LexiconFile = "lexicon.tsv"

// Lexicon maps each category of LexiconFile to its entries, from the
// embedded file followed by the same file in each extra directory.
type Lexicon map[string][]string

// LoadLexicon reads the embedded lexicon and the lexicon.tsv of each extra
// directory, if any. Errors name the file and line.
func LoadLexicon(extra ...fs.FS) (Lexicon, error) {
	srcs := []source{embeddedSource}
	for _, fsys := range extra {
		srcs = append(srcs, source{fsys: fsys})
	}
	return loadLexicon(srcs)
}

// LoadLexiconDir is LoadLexicon with user directories given by path, as
// LoadDir takes them; its errors carry the full path of the bad file.
func LoadLexiconDir(dirs ...string) (Lexicon, error) {
	srcs := []source{embeddedSource}
	for _, d := range dirs {
		srcs = append(srcs, source{fsys: os.DirFS(d), dir: d})
	}
	return loadLexicon(srcs)
}

func loadLexicon(srcs []source) (Lexicon, error) {
	lex := Lexicon{}
	for _, s := range srcs {
		f, err := s.open(LexiconFile)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		} else if err != nil {
			return nil, fmt.Errorf("kb: %s: %w", s.path(LexiconFile), err)
		}
		b, err := io.ReadAll(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("kb: %s: %w", s.path(LexiconFile), err)
		}
		for n, line := range strings.Split(string(b), "\n") {
			line = strings.TrimRight(line, "\r")
			if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
				continue
			}
			cat, word, ok := strings.Cut(line, "\t")
			if !ok || strings.TrimSpace(word) == "" {
				return nil, fmt.Errorf("kb: %s:%d: want category<TAB>word, got %q", s.path(LexiconFile), n+1, line)
			}
			lex[cat] = append(lex[cat], strings.TrimSpace(word))
		}
	}
	return lex, nil
}
