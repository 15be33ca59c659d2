package extract

import (
	"testing"

	"attache"
)

// TestMultinationalForces checks standing multinational forces and
// missions named by their short forms, and archives as bodies.
func TestMultinationalForces(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "Kenya leads the Multinational Security Support (MSS) mission in Haiti.",
			typ: attache.Organization, name: "Multinational Security Support"},
		{text: "Engineers of the Combined Peace Force Southern Cross trained in Mendoza.",
			typ: attache.Organization, name: "Combined Peace Force Southern Cross", notTyp: attache.Organization, notName: "Combined Peace Force"},
		{text: "The files were transferred from the Australian War Archives last year.",
			typ: attache.Organization, name: "Australian War Archives"},
	})
}
