package events

import (
	"fmt"
	"io/fs"
	"strings"
)

// placeWords are the word lists of data/args.tsv: the words the place
// rules read, and the words of armed forces (args.go).
type placeWords struct {
	posted      wordSet // title words a place completes ("attaché in Bangkok")
	seat        wordSet // words of a body's seat, placed by the site after it ("Ministry of Defence in X")
	opening     wordSet // the parts of an occasion that happen where it does ("opening ceremony")
	sceneWords  wordSet // words that tell where the main scene happens ("held", "signed")
	otherTime   wordSet // sentence openings that move to another time ("Earlier")
	force       wordSet // words of an armed force's name ("Navy", "Army", "Corps")
	elsewhen    wordSet // words that move a sentence to another time anywhere ("had", "previous")
	ahead       wordSet // words that put a clause in the future ("will", "scheduled")
	many        wordSet // words of an occasion of many states ("multinational")
	attend      wordSet // words that introduce who merely attends ("attended by")
	present     wordSet // words of being present at talks ("Also present were X", "X was also present")
	holdVerb    wordSet // verbs of holding a meeting ("hold", "host", "convene")
	toCome      wordSet // words before a verb that put it to come ("to", "will", "would")
	nextOne     wordSet // words of an edition still to come ("next", "upcoming")
	coChair     wordSet // words of co-chairing, whose persons run a mechanism's edition
	postHead    wordSet // lower-case heads of a post before a name ("the president of the agency, X")
	witness     wordSet // words before "of" naming who witnesses ("in the presence of")
	sides       wordSet // nouns of the two states as a subject ("the two countries", "the parties")
	proxy       wordSet // words before "of" naming whom an actor stands for ("on behalf of")
	tour        wordSet // words of touring an expo ("showed him the exhibition")
	join        wordSet // words of taking part in an expo ("take part", "participation")
	open        wordSet // verbs of opening an expo, whose subject takes part ("opened")
	invite      wordSet // words of inviting, whose object is an invitee, not an exhibitor
	organise    wordSet // words before "by" naming who organises a show ("organised by")
	showNoun    wordSet // nouns that refer back to a show ("The four-day event, organised by")
	remote      wordSet // words of talks held at a distance ("via video link", "online")
	press       wordSet // words of a statement made to the press ("told reporters")
	arrival     wordSet // words that bring guests to a site ("arrived at", "docked at")
	built       wordSet // words of making or stationing a thing ("built in X")
	whichLead   wordSet // words before "which" that turn to another thing ("of which")
	based       wordSet // words of where a unit will serve ("stationed in")
	departure   wordSet // words of troops leaving a site ("departed from")
	aux         wordSet // forms of "be" between "and" and a verb of leaving ("and is to leave")
	placeHead   wordSet // nouns before a place's name that say what it is ("in the capital Ankara")
	sendOff     wordSet // words of a ceremony seeing troops off ("seen off", "send-off", "farewell")
	outbound    wordSet // words before "for" or "to" that make it the troops' destination ("bound for")
	destNoun    wordSet // nouns after "for" or "to" that make it the troops' destination ("for the UN mission in X")
	mission     wordSet // words of a mission's name, which sends no troops ("Mission", "Interim")
	newsBody    wordSet // words of a news body's name, which reports an event and acts in none ("News")
	unBody      wordSet // opening words of a UN body's name ("un", "united nations")
	relief      wordSet // words of one unit relieving another ("replace", "relieved by")
	relative    wordSet // words opening a relative clause ("which", "whose")
	forceNoun   wordSet // common nouns of armed forces after demonyms ("the Chinese and Egyptian air forces")
	source      wordSet // verbs of a body reporting what others did ("the JCS said")
	backRef     wordSet // words opening a phrase that points back at an event ("Before the talks,")
	phone       wordSet // words of talks by telephone ("phone", "telephone")
	siteBack    wordSet // kinds of site "the" points back at ("at the airport")
	unnamed     wordSet // nouns of a party left unnamed after its demonym ("his Thai counterpart", "the Thai side")
	unnamedOf   wordSet // words of a field between a state's possessive and its post ("Korea's defence minister")
	campus      wordSet // words of a body that teaches or builds in a town ("academy", "shipyard")
	here        wordSet // words pointing at the dateline's city ("arrived here")
	subjectGap  wordSet // words that end a verb's subject before the verb ("France's Naval Group under a contract")
	byOwner     wordSet // words of another phrase whose "by" names no signatory ("a visit to Hanoi by X")
	siteOf      wordSet // kinds of site a body owns ("at a training ground of the army")
	vessel      wordSet // words of ships, whose visit is a port call ("frigates")
	hostState   wordSet // verbs making a state an event's host ("Peru hosted UNITAS")
	bond        wordSet // nouns of a tie or field, which has no place ("an MoU on defence cooperation at X")
	chamber     wordSet // words of a body that votes where it sits ("the National Assembly approved")
	groupPost   wordSet // noun=word: what a group noun asks of a person's post ("ministers=minister")
	guest       wordSet // words that refer back to the story's visitor ("his guest", "the visiting general")
	congrats    wordSet // verbs of congratulating, whose object took the post congratulated on
	crew        wordSet // words besides vessel that speak of visiting ships or navies ("the two navies")
	forumNoun   wordSet // common nouns that name a forum again ("the forum", "the summit")
	sessionNoun wordSet // nouns of a forum's sessions ("the plenary session")
	cityBack    wordSet // nouns pointing back at the city last named ("in the port city")
	cityHere    wordSet // nouns that, after "in the", point at the dateline's city ("in the capital")
	siteNoun    wordSet // common nouns of a site a trip takes in ("a military hospital near X")
	party       wordSet // words of a trip's whole party as a subject ("the delegation", "they")
}

// wordSet is a set of lower-case words. Most words asked of a set are
// in none: the lengths and first bytes of its words turn them away before
// the map is looked at.
type wordSet struct {
	words  map[string]bool
	lens   uint64    // bit n: a word of n bytes (63: of 63 or more)
	firsts [4]uint64 // bit b: a word whose first byte is b
}

// add puts word w, not empty, in the set.
func (w *wordSet) add(s string) {
	if w.words == nil {
		w.words = map[string]bool{}
	}
	w.words[s] = true
	w.lens |= 1 << min(len(s), 63)
	w.firsts[s[0]/64] |= 1 << (s[0] % 64)
}

func (w wordSet) has(s string) bool {
	if s == "" || w.lens&(1<<min(len(s), 63)) == 0 || w.firsts[s[0]/64]&(1<<(s[0]%64)) == 0 {
		return false
	}
	return w.words[s]
}

// opens reports whether name (lower case) is one of the entries of w or
// starts with one of them and a space: "un emergency force" opens with
// "un".
func (w wordSet) opens(name string) bool {
	for o := range w.words {
		if name == o || strings.HasPrefix(name, o+" ") {
			return true
		}
	}
	return false
}

// ArgsFile lists the words the argument rules read (see placeWords).
const ArgsFile = "args.tsv"

// loadPlaceWords reads ArgsFile from fsys, or from the embedded rules
// when fsys has none: a user's rule folder need not repeat it.
func loadPlaceWords(fsys fs.FS) (placeWords, error) {
	if _, err := fs.Stat(fsys, ArgsFile); err != nil {
		sub, serr := fs.Sub(embedded, "data")
		if serr != nil {
			return placeWords{}, serr
		}
		fsys = sub
	}
	var pw placeWords
	// each list of ArgsFile by its name there, and the field it fills: one
	// line each, so that new lists merge without touching their neighbours
	lists := map[string]*wordSet{
		"posted":       &pw.posted,
		"opening":      &pw.opening,
		"seat":         &pw.seat,
		"scene":        &pw.sceneWords,
		"othertime":    &pw.otherTime,
		"elsewhen":     &pw.elsewhen,
		"force":        &pw.force,
		"ahead":        &pw.ahead,
		"many":         &pw.many,
		"attend":       &pw.attend,
		"present":      &pw.present,
		"holdverb":     &pw.holdVerb,
		"tocome":       &pw.toCome,
		"nextone":      &pw.nextOne,
		"cochair":      &pw.coChair,
		"posthead":     &pw.postHead,
		"witness":      &pw.witness,
		"proxy":        &pw.proxy,
		"sides":        &pw.sides,
		"tour":         &pw.tour,
		"join":         &pw.join,
		"open":         &pw.open,
		"invite":       &pw.invite,
		"organise":     &pw.organise,
		"shownoun":     &pw.showNoun,
		"remote":       &pw.remote,
		"press":        &pw.press,
		"arrival":      &pw.arrival,
		"built":        &pw.built,
		"whichlead":    &pw.whichLead,
		"based":        &pw.based,
		"departure":    &pw.departure,
		"aux":          &pw.aux,
		"placehead":    &pw.placeHead,
		"sendoff":      &pw.sendOff,
		"outbound":     &pw.outbound,
		"destnoun":     &pw.destNoun,
		"mission":      &pw.mission,
		"newsbody":     &pw.newsBody,
		"unbody":       &pw.unBody,
		"relief":       &pw.relief,
		"relative":     &pw.relative,
		"forcenoun":    &pw.forceNoun,
		"source":       &pw.source,
		"backref":      &pw.backRef,
		"phone":        &pw.phone,
		"siteback":     &pw.siteBack,
		"unnamed":      &pw.unnamed,
		"unnamedfield": &pw.unnamedOf,
		"campus":       &pw.campus,
		"here":         &pw.here,
		"cityback":     &pw.cityBack,
		"cityhere":     &pw.cityHere,
		"subjectgap":   &pw.subjectGap,
		"byowner":      &pw.byOwner,
		"siteof":       &pw.siteOf,
		"vessel":       &pw.vessel,
		"hoststate":    &pw.hostState,
		"bond":         &pw.bond,
		"chamber":      &pw.chamber,
		"grouppost":    &pw.groupPost,
		"guest":        &pw.guest,
		"congrats":     &pw.congrats,
		"crew":         &pw.crew,
		"forumnoun":    &pw.forumNoun,
		"sessionnoun":  &pw.sessionNoun,
		"sitenoun":     &pw.siteNoun,
		"party":        &pw.party,
	}
	err := eachLine(fsys, ArgsFile, func(n int, c []string) error {
		if len(c) < 2 {
			return fmt.Errorf("want list<TAB>word|word")
		}
		set, ok := lists[c[0]]
		if !ok {
			return fmt.Errorf("unknown list %q", c[0])
		}
		for _, w := range strings.Split(c[1], "|") {
			if w = strings.ToLower(strings.TrimSpace(w)); w != "" {
				set.add(w)
			}
		}
		return nil
	})
	return pw, err
}
