package extract

// lexCat is a set of categories of the lexicon (kb.LexiconFile), one bit
// each, so that a token is looked up once for all of them.
type lexCat uint64

// The lexicon categories; kb/extra.go documents each.
const (
	cAbbrev       lexCat = 1 << iota // abbrev
	cAgency                          // agency
	cCountable                       // countable
	cDocword                         // docword
	cDomain                          // domain
	cEventword                       // eventword
	cFunction                        // function
	cHonorific                       // honorific
	cOrghead                         // orghead
	cOrgprefix                       // orgprefix
	cParticle                        // particle
	cPerson                          // person
	cPlacehead                       // placehead
	cPlaceword                       // placeword
	cPosthead                        // posthead
	cStop                            // stop
	cTitleword                       // titleword
	cVerb                            // verb
	cSuffix                          // suffix
	cVessel                          // vessel
	cNotcount                        // notcount
	cParty                           // party
	cFacility                        // facility
	cWar                             // war
	cUnithead                        // unithead
	cGeohead                         // geohead
	cSitehead                        // sitehead
	cMiddle                          // middle
	cGuestword                       // guestword
	cSitekind                        // sitekind
	cPostbody                        // postbody
	cStyle                           // style
	cStationword                     // stationword
	cPrefixname                      // prefixname
	cBodysite                        // bodysite
	cVenueword                       // venueword
	cSeated                          // seated
	cCodename                        // codename
	cCompanion                       // companion
	cLegalform                       // legalform
	cSession                         // session
	cUnitnoun                        // unitnoun
	cNameabbrev                      // nameabbrev
	cSiteverb                        // siteverb
	cGeneralbody                     // generalbody
	cEdition                         // edition
	cService                         // service
	cPlacefirst                      // placefirst
	cTrainingsite                    // trainingsite
	cHostword                        // hostword
	cPartitive                       // partitive
	cCountVerb                       // countverb
	cCiteverb                        // citeverb
	cFormation                       // formation
	cMemorial                        // memorial
	cCompass                         // compass
	cPostnominal                     // postnominal
	cPostlink                        // postlink
)

// lexCats maps the category names of the lexicon file to their bits.
var lexCats = map[string]lexCat{
	"abbrev":       cAbbrev,
	"agency":       cAgency,
	"countable":    cCountable,
	"docword":      cDocword,
	"domain":       cDomain,
	"eventword":    cEventword,
	"function":     cFunction,
	"honorific":    cHonorific,
	"orghead":      cOrghead,
	"orgprefix":    cOrgprefix,
	"particle":     cParticle,
	"person":       cPerson,
	"placehead":    cPlacehead,
	"placeword":    cPlaceword,
	"posthead":     cPosthead,
	"stop":         cStop,
	"titleword":    cTitleword,
	"verb":         cVerb,
	"suffix":       cSuffix,
	"vessel":       cVessel,
	"notcount":     cNotcount,
	"party":        cParty,
	"facility":     cFacility,
	"war":          cWar,
	"unithead":     cUnithead,
	"unitnoun":     cUnitnoun,
	"nameabbrev":   cNameabbrev,
	"siteverb":     cSiteverb,
	"generalbody":  cGeneralbody,
	"geohead":      cGeohead,
	"sitehead":     cSitehead,
	"middle":       cMiddle,
	"guestword":    cGuestword,
	"sitekind":     cSitekind,
	"postbody":     cPostbody,
	"style":        cStyle,
	"stationword":  cStationword,
	"prefixname":   cPrefixname,
	"bodysite":     cBodysite,
	"venueword":    cVenueword,
	"seated":       cSeated,
	"codename":     cCodename,
	"companion":    cCompanion,
	"legalform":    cLegalform,
	"session":      cSession,
	"edition":      cEdition,
	"service":      cService,
	"partitive":    cPartitive,
	"placefirst":   cPlacefirst,
	"trainingsite": cTrainingsite,
	"hostword":     cHostword,
	"countverb":    cCountVerb,
	"citeverb":     cCiteverb,
	"formation":    cFormation,
	"memorial":     cMemorial,
	"compass":      cCompass,
	"postnominal":  cPostnominal,
	"postlink":     cPostlink,
}

// lexLooked marks a category set of doc.textCats or doc.foldCats as
// looked up; it is no category (there are far fewer than 63).
const lexLooked lexCat = 1 << 63

// textIs is x.is(cat, d.toks[i].Text), the lookup made once per token.
func (d *doc) textIs(i int, cat lexCat) bool {
	c := d.textCats[i]
	if c == 0 {
		t := &d.toks[i]
		c = d.x.lex[t.Text] | lexLooked
		d.textCats[i] = c
		if t.Fold == t.Text {
			d.foldCats[i] = c // a word written as it folds: one lookup serves both
		}
	}
	return c&cat != 0
}

// foldIs is x.is(cat, d.toks[i].Fold), the lookup made once per token.
func (d *doc) foldIs(i int, cat lexCat) bool {
	c := d.foldCats[i]
	if c == 0 {
		t := &d.toks[i]
		c = d.x.lex[t.Fold] | lexLooked
		d.foldCats[i] = c
		if t.Fold == t.Text {
			d.textCats[i] = c // a word written as it folds: one lookup serves both
		}
	}
	return c&cat != 0
}
