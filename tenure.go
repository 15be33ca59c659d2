package attache

// Tenure is one post an entity held, as the reports show it: the post's
// wordings folded into one (package tenure), with the first and last date
// it was reported and how many articles report it.
type Tenure struct {
	Post         string   `json:"post"`                   // canonical wording
	Organisation string   `json:"organisation,omitempty"` // the body the post belongs to
	First        string   `json:"first,omitempty"`        // earliest report date, "" when only undated reports
	Last         string   `json:"last,omitempty"`         // latest report date
	Sources      int      `json:"sources"`                // distinct articles reporting it
	Former       bool     `json:"former,omitempty"`       // the latest report says "former"
	Wordings     []string `json:"wordings"`               // every wording reported, as written
	Articles     []string `json:"articles"`               // the reporting articles, oldest first
	Facts        []string `json:"facts,omitempty"`        // position fact ids, for corrections
}

// RankStep is one rank in an entity's progression: the rank and the dates
// it was first and last reported.
type RankStep struct {
	Rank     string   `json:"rank"`
	First    string   `json:"first,omitempty"`
	Last     string   `json:"last,omitempty"`
	Sources  int      `json:"sources"`
	Articles []string `json:"articles"`
}
