package text

import "testing"

// TestLatinFoldsAsDecomposed: a word folded letter by letter from the
// table folds as its NFD does, for every letter of the table alone, next
// to ASCII capitals and other accented letters, and for words the table
// does not cover (a combining mark written apart, Greek, Cyrillic).
func TestLatinFoldsAsDecomposed(t *testing.T) {
	words := []string{
		"Nguyễn", "Phạm", "Đặng", "Hà Nội", "İstanbul", "Gülşen", "Peña", "São", "Łódź", "Øresund", "STRAßE",
		"Ærø", "Þór", "e\u0301cole", "Se\u0301rgio", "Ελλάδα", "Москва", "Ǆemal", "ǅ", "ẞ", "Ḁx",
	}
	for _, rs := range [][2]rune{{latinLo, latinHi}, {latinAddLo, latinAddHi}} {
		for c := rs[0]; c <= rs[1]; c++ {
			words = append(words, string(c), "A"+string(c)+"b", string(c)+string(c+1)+"\u0323")
		}
	}
	var scratch []byte
	for _, w := range words {
		got := string(appendFold(nil, w, &scratch))
		want := string(foldDecomposed(nil, w, &scratch))
		if got != want {
			t.Errorf("fold of %q (%U) = %q, by NFD %q", w, []rune(w), got, want)
		}
	}
	if got := Fold("Nguyễn Đặng"); got != "nguyen dang" {
		t.Errorf(`Fold("Nguyễn Đặng") = %q, want "nguyen dang"`, got)
	}
}
