package kb

import "testing"

func TestLoadNameForms(t *testing.T) {
	nf, err := LoadNameForms()
	if err != nil {
		t.Fatal(err)
	}
	for variant, want := range map[string]string{"sergey": "sergei", "sergei": "sergei", "yury": "yuri",
		"alexei": "aleksei", "aleksey": "aleksei", "mohammad": "muhammad", "mohamed": "muhammad"} {
		if got := nf.Given[variant]; got != want {
			t.Errorf("given %q reads as %q, want %q", variant, got, want)
		}
	}
	if nf.Syllable["kyu"] != "gyu" || nf.Syllable["gyu"] != "gyu" {
		t.Errorf("syllable kyu reads as %q, gyu as %q, want gyu", nf.Syllable["kyu"], nf.Syllable["gyu"])
	}
	if !nf.Drop["ret"] || !nf.Drop["retd"] {
		t.Errorf("drop %v lacks ret, retd", nf.Drop)
	}
	if _, ok := nf.Given["giang"]; ok {
		t.Error("a name with no variants listed has a row")
	}
}
