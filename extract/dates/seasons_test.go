package dates

import "testing"

// TestSeasons covers seasons told relative to publication ("last summer",
// "this autumn", "next spring"): the year of that season, at year
// precision.
func TestSeasons(t *testing.T) {
	tests := []struct {
		name, text, published, want string
	}{
		{"last summer said in spring", "The two armies held the Eagle Assault exercise near Brest last summer.", "2026-03-10", "2025"},
		{"last summer said in autumn", "The frigate visited the port last summer.", "2025-10-02", "2025"},
		{"last summer said in July", "The drill last summer drew 600 troops.", "2025-07-15", "2024"},
		{"this autumn", "The two sides will hold a tactical exercise this autumn.", "2025-05-20", "2025"},
		{"next spring said in June", "The navies plan a joint patrol next spring.", "2025-06-01", "2026"},
		{"the past summer is no season date", "Troops trained over the past summer.", "2025-10-02", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lastOfKind(tt.text, tt.published, Relative)
			if got != tt.want {
				t.Errorf("season of %q = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
