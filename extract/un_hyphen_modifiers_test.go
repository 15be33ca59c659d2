package extract

import (
	"testing"

	"attache"
)

// TestUNHyphenModifiers covers "UN" joined by a hyphen to a lower-case
// word ("a UN-chartered flight", "UN-led operations"): it qualifies the
// words after it and names no body; and the mission in the DR Congo
// written with "UN Organization", which is the mission, not the UN.
func TestUNHyphenModifiers(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "The main body will leave Hanoi in April aboard a UN-chartered aircraft.",
			notTyp: attache.Organization, notName: "UN"},
		{text: "Nepal has joined UN-led operations in Lebanon since 1978, the army said.",
			notTyp: attache.Organization, notName: "UN"},
		// the body itself, named as one, stays
		{text: "South Korea first deployed the unit in 2013 at the request of the United Nations.",
			typ: attache.Organization, name: "United Nations"},
		{text: "The police unit left Dhaka on Tuesday to join the UN Organization Stabilization Mission in the DR Congo (MONUSCO).",
			typ: attache.Organization, name: "UN Organization Stabilization Mission in the DR Congo", notTyp: attache.Organization, notName: "UN Organization"},
	})
}
