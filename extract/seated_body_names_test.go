package extract

import (
	"testing"

	"attache"
)

// TestSeatedBodyNames checks that the name of a body serving abroad goes
// on with its seat: "in" a place or state, or "to" an international body;
// the state it serves stays its country, and the seat's state is still
// named by the article.
func TestSeatedBodyNames(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "Colonel Le Van Tam joined the Permanent Mission of Vietnam to the United Nations in New York.",
			typ: attache.Organization, name: "Permanent Mission of Vietnam to the United Nations", notTyp: attache.Organization, notName: "Permanent Mission of Vietnam"},
		{text: "The crew was welcomed by the High Commission of India in Mauritius on Monday.",
			typ: attache.Organization, name: "High Commission of India in Mauritius", notTyp: attache.Organization, notName: "High Commission of India"},
		{text: "Officials of the Embassy of Japan in Vietnam attended the ceremony.",
			typ: attache.Country, name: "VN", notTyp: attache.Organization, notName: "Embassy of Japan"},
		// a mission sent somewhere is no seat
		{text: "India sent a Mission to Vietnam in May.",
			typ: attache.Country, name: "VN", notTyp: attache.Organization, notName: "Mission to Vietnam"},
	})
	x := mustExtractor(t)
	got := x.Extract("t", "Officials of the Embassy of Japan in Vietnam attended the ceremony.", "")
	if e := find(got, attache.Organization, "Embassy of Japan in Vietnam"); e == nil || e.Country != "JP" {
		t.Errorf("want the embassy serving JP, got %v", e)
	}
}
