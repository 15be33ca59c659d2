package extract

import (
	"testing"

	"attache"
)

// TestPostsOfStates checks that the state a post belongs to ("Chief of
// Naval Staff of Pakistan") stays a country and is no organisation.
func TestPostsOfStates(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "Ali met the Chief of Naval Staff of Pakistan, Admiral Naveed Ashraf, in Jakarta.",
			typ: attache.Country, name: "PK", notTyp: attache.Organization, notName: "Pakistan"},
		{text: "Hu met the Chief of Navy of New Zealand, Rear Admiral Garin Golding, in Qingdao.",
			typ: attache.Person, name: "Garin Golding", notTyp: attache.Organization, notName: "New Zealand"},
		// a body after the post is still one
		{text: "He met the Chief of Staff of the Egyptian Armed Forces in Cairo.",
			typ: attache.Organization, name: "Egyptian Armed Forces"},
	})
}
