package extract

import (
	"testing"

	"attache"
)

// TestBodiesAfterCommanding checks that the word joining a post to the
// body it heads ("Flag Officer Commanding", "General Officer Commanding")
// is no part of the body's name.
func TestBodiesAfterCommanding(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "Rear Admiral Kiran Rao, Flag Officer Commanding Southern Fleet, received the ship.",
			typ: attache.Organization, name: "Southern Fleet", notTyp: attache.Organization, notName: "Commanding Southern Fleet"},
		{text: "The Flag Officer Commanding Eastern Naval Command, Rear Admiral Ade Okon, opened the drill.",
			typ: attache.Organization, name: "Eastern Naval Command", notTyp: attache.Organization, notName: "Commanding Eastern Naval Command"},
		{text: "Major General Ibrahim Sani, General Officer Commanding Northern Division, met the elders.",
			typ: attache.Organization, name: "Northern Division", notTyp: attache.Organization, notName: "Commanding Northern Division"},
	})
}
