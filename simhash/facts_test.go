package simhash

import (
	"errors"
	"testing"

	"attache"
)

const (
	original = `The Defence Minister of Atlantis, General Maria Okoro, received Rear Admiral Tomas Lindqvist of the Nordland Navy in Port Sable on May 4. The two sides agreed to expand cooperation in search and rescue and to hold the 3rd maritime dialogue in 2026. Okoro said Atlantis valued the partnership and thanked Nordland for training 40 officers.`
	// the same agency template, another meeting
	sameTemplate = `The Defence Minister of Atlantis, General Maria Okoro, received Brigadier General Ana Varga of the Hesperia Army in Port Sable on June 19. The two sides agreed to expand cooperation in search and rescue and to hold the 5th maritime dialogue in 2027. Okoro said Atlantis valued the partnership and thanked Hesperia for training 25 officers.`
	// the original re-published with a few words changed
	republished = `The Defence Minister of Atlantis, General Maria Okoro, hosted Rear Admiral Tomas Lindqvist of the Nordland Navy in Port Sable on May 4. The two sides agreed to broaden collaboration in search and rescue and to hold the 3rd maritime dialogue in 2026. Okoro stated Atlantis valued the partnership and thanked Nordland for training 40 officers.`
	// the same agency, people and words, another day: a second meeting
	anotherDay = `The Defence Minister of Atlantis, General Maria Okoro, received Rear Admiral Tomas Lindqvist of the Nordland Navy in Port Sable on June 9. The two sides agreed to expand cooperation in search and rescue and to hold the 3rd maritime dialogue in 2026. Okoro said Atlantis valued the partnership and thanked Nordland for training 40 officers.`
	// the same people, another original in other words
	followUp = `Rear Admiral Tomas Lindqvist of the Nordland Navy ended his visit to Atlantis on May 6 with a stop at the naval school in Port Sable, where he watched cadets train. General Maria Okoro saw him off, and the two navies will meet again in 2026.`
)

func TestFacts(t *testing.T) {
	f := Facts("General Nguyen Văn An met 40 officers in Hà Nội; general NGUYEN van an")
	// General, Nguyen, Van, An, 40, Ha, Noi (folded, so the second spelling adds nothing)
	if len(f) != 7 {
		t.Errorf("Facts found %d words, want 7", len(f))
	}
	if a := Agreement(Facts(original), Facts(original)); a != 1 {
		t.Errorf("a text agrees with itself at %v", a)
	}
	if a := Agreement(nil, nil); a != 1 {
		t.Errorf("two empty sets agree at %v", a)
	}
}

func TestSameStory(t *testing.T) {
	for _, tc := range []struct {
		name string
		b    string
		want bool
	}{
		{"republished", republished, true},
		{"same template", sameTemplate, false},
		{"follow-up", followUp, false},
		{"another day", anotherDay, false},
	} {
		if got := SameStory(original, tc.b); got != tc.want {
			t.Errorf("%s: SameStory = %v (fingerprints %d bits apart, facts agree at %.2f)", tc.name, got,
				Distance(Fingerprint(original), Fingerprint(tc.b)), Agreement(Facts(original), Facts(tc.b)))
		}
	}
}

func TestIndexReadsStoredTexts(t *testing.T) {
	stored := []attache.Fingerprint{{ID: "s", SimHash: Fingerprint(original)}}
	texts := func(id string) (string, error) {
		if id == "s" {
			return original, nil
		}
		return "", errors.New("not found")
	}
	x := NewIndex(stored, Threshold)
	x.SetTexts(texts)
	if v, _ := x.AddText("t", Fingerprint(sameTemplate), sameTemplate); v != New {
		t.Errorf("a report from the same template as a stored one: %v, want New", v)
	}
	if v, first := x.AddText("r", Fingerprint(republished), republished); v != NearDuplicate || first != "s" {
		t.Errorf("a re-publication of a stored report: %v %q, want NearDuplicate of s", v, first)
	}
	// Without texts, the index falls back to fingerprints alone.
	y := NewIndex(stored, Threshold)
	h := Fingerprint(original) ^ 0b111
	if v, _ := y.AddText("z", h, republished); v != NearDuplicate {
		t.Errorf("fingerprint 3 bits away, no stored text: %v, want NearDuplicate", v)
	}
	x.Remove("t")
	if v, _ := x.AddText("t", Fingerprint(sameTemplate), sameTemplate); v != New {
		t.Errorf("after Remove: %v", v)
	}
}
