package extract

import (
	"testing"

	"attache"
)

// TestFamilyNamesInCapitals covers a family name written in capitals to
// show the name order ("Defense Minister NAKATANI Gen", "General PHAN Van
// Giang"): after a rank, post or honorific and before a given name it is
// part of the person's name; an acronym after a post, before a rank or
// spelled as no family name is, is not a name.
func TestFamilyNamesInCapitals(t *testing.T) {
	runEntityCases(t, []entityCase{
		{text: "On June 3, Defense Minister TAKEDA Ryo held a video call with his Thai counterpart.",
			typ: attache.Person, name: "TAKEDA Ryo"},
		{text: "The talks were joined by General TRAN Van Minh, Chief of the General Staff.",
			typ: attache.Person, name: "TRAN Van Minh", notTyp: attache.Person, notName: "Van Minh"},
		{text: "State Minister Mr. OKADA Shin met Ms. PARK Ji-won in Tokyo on Friday.",
			typ: attache.Person, name: "PARK Ji-won"},
		// after a post the post list holds only in part ("Vice-Minister
		// of Defense" and the rest of its name)
		{text: "On May 5, Vice-Minister of Defense for International Affairs TAKEDA Ryo held talks in Hanoi.",
			typ: attache.Person, name: "TAKEDA Ryo", notTyp: attache.Person, notName: "Ryo"},
		// an acronym after a post stays an organisation
		{text: "The Secretary-General ASEAN Lim Jock Hoi opened the meeting in Jakarta.",
			typ: attache.Organization, name: "ASEAN", notTyp: attache.Person, notName: "ASEAN Lim Jock Hoi"},
		// an acronym unknown to the knowledge base after a post: before a
		// rank, or one no family name is spelled like
		{text: "Commander XAVCOM Admiral Ray Cole visited the port on Monday.",
			typ: attache.Person, name: "Ray Cole", notTyp: attache.Person, notName: "XAVCOM"},
		{text: "The Director QWDSA Ng Chee Wah spoke at the opening.",
			typ: attache.Person, name: "Ng Chee Wah", notTyp: attache.Person, notName: "QWDSA Ng Chee Wah"},
		// a capitalised dateline is no name
		{text: "HANOI — General Tran Van Minh received the delegation on Monday.",
			typ: attache.Person, name: "Tran Van Minh", notTyp: attache.Person, notName: "HANOI"},
	})
}
