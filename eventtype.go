package attache

// EventType is the kind of an event, from EXTRACTION.md's vocabulary.
// Event.Type (one article's extraction) is still a plain string while the
// extractor's rules are rewritten; the knowledge base and its queries use
// EventType.
type EventType string

// The event types of EXTRACTION.md.
const (
	EventMeeting    EventType = "meeting"
	EventVisit      EventType = "visit"
	EventDialogue   EventType = "dialogue"
	EventConference EventType = "conference"
	EventAgreement  EventType = "agreement"
	EventDeployment EventType = "deployment"
	EventExercise   EventType = "exercise"
	EventCeremony   EventType = "ceremony"
	EventExhibition EventType = "exhibition"
	EventInvitation EventType = "invitation"
	EventStatement  EventType = "statement"
	EventDecision   EventType = "decision"
)

// EventTypes lists the event types in EXTRACTION.md's order.
var EventTypes = []EventType{EventMeeting, EventVisit, EventDialogue, EventConference, EventAgreement,
	EventDeployment, EventExercise, EventCeremony, EventExhibition, EventInvitation, EventStatement, EventDecision}

// Valid reports whether t is one of EventTypes.
func (t EventType) Valid() bool {
	for _, x := range EventTypes {
		if x == t {
			return true
		}
	}
	return false
}
