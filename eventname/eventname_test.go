package eventname

import "testing"

func TestLabel(t *testing.T) {
	tests := []struct{ name, evidence, want string }{
		{"signed a Memorandum", "The two ministers signed a Memorandum of Understanding on logistics support in Hanoi on Monday.",
			"signing of a Memorandum of Understanding on logistics support"},
		{"sign vision statement", "They will sign a vision statement.", "signing of vision statement"},
		{"signed in", "The plan was signed in Jakarta.", "signing"},
		{"took office", "He took office in May.", "taking office"},
		{"appointment of", "The appointment of a new army chief was approved.", "appointment of a new army chief was approved"},
		{"appointment of", "", "appointment"},
		{"agreed to designate", "The two sides agreed to designate four more sites, officials said.", "agreement to designate four more sites"},
		{"held the 7th defence strategy dialogue", "", "the 7th defence strategy dialogue"},
		{"7th Defence Strategy Dialogue", "They held the 7th Defence Strategy Dialogue in Moscow.", "7th Defence Strategy Dialogue"},
		{"Exercise Pitch Black 2024", "", "Exercise Pitch Black 2024"},
		{"signed", "Both sides signed the 2023 cooperation plan, the ministry said.", "signing of the 2023 cooperation plan"},
		{"handed over", "The navy handed over two patrol vessels to the coast guard.", "handover of two patrol vessels to the coast guard"},
		{"", "anything", ""},
		{"announced that the United States would provide additional funding for the training of many more officers", "",
			"announcement that the United States would provide additional funding for…"},
	}
	for _, tt := range tests {
		if got := Label(tt.name, tt.evidence); got != tt.want {
			t.Errorf("Label(%q): %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestNominalsParse(t *testing.T) {
	if len(nominals) < 40 || nominals["signed"] != "signing of" || nominals["held"] != "" {
		t.Errorf("nominals.tsv read wrongly: %d forms", len(nominals))
	}
}
