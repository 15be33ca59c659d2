package server

import "attache"

// typeColours gives each event type one colour on every page: timeline
// marks, map dots and chart bars. They are Paul Tol's colour-blind-safe
// "muted" scheme and its companions, in the order of attache.EventTypes;
// a type the vocabulary does not list yet gets grey.
var typeColours = []string{
	"#332288", // meeting: indigo
	"#88CCEE", // visit: cyan
	"#44AA99", // dialogue: teal
	"#117733", // conference: green
	"#999933", // agreement: olive
	"#DDCC77", // deployment: sand
	"#CC6677", // exercise: rose
	"#882255", // ceremony: wine
	"#AA4499", // exhibition: purple
	"#6699CC", // invitation: blue
	"#000000", // statement: black
	"#EE7733", // decision: orange
}

// otherColour is for values without a colour of their own.
const otherColour = "#BBBBBB"

// typeColour returns the colour of event type t.
func typeColour(t string) string {
	for i, x := range attache.EventTypes {
		if string(x) == t && i < len(typeColours) {
			return typeColours[i]
		}
	}
	return otherColour
}

// seriesColour gives the i-th series of a chart whose series are not
// event types (missions) a colour of the same palette.
func seriesColour(i int) string {
	return typeColours[i%len(typeColours)]
}
