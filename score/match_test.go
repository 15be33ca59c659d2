package score

import "testing"

func sp(s string) *string { return &s }

func TestDatesCompatible(t *testing.T) {
	tests := []struct {
		a, b *string
		want bool
	}{
		{nil, nil, true},
		{nil, sp("2024"), false},
		{sp("2024-12-26"), nil, false},
		{sp("2024-12-26"), sp("2024-12-26"), true},
		{sp("2024-12"), sp("2024-12-26"), true},
		{sp("2024-12-26"), sp("2024-12"), true},
		{sp("2024"), sp("2024-12-26"), true},
		{sp("2024"), sp("2024-12"), true},
		{sp("2024-11"), sp("2024-12-26"), false},
		{sp("2023"), sp("2024-12"), false},
		{sp("2024-12-25"), sp("2024-12-26"), false},
		{sp("2025-12-08/2025-12-10"), sp("2025-12-09"), true},
		{sp("2025-12-09"), sp("2025-12-08/2025-12-10"), true},
		{sp("2025-12-08/2025-12-10"), sp("2025-12-10"), true},
		{sp("2025-12-08/2025-12-10"), sp("2025-12-11"), false},
		{sp("2025-12-08/2025-12-10"), sp("2025-12"), true},                // the month contains the range
		{sp("2025-12-08/2025-12-10"), sp("2025-12-09/2025-12-10"), true},  // range inside range
		{sp("2025-12-08/2025-12-10"), sp("2025-12-09/2025-12-12"), false}, // overlap is not containment
		{sp("2025-12/2026-01"), sp("2026-01-05"), true},
		{sp("2025-12-08/2025-12-10"), sp("2025-12-08/2025-12-10"), true},
		{sp("2024-02-30"), sp("2024-02"), false}, // not a date
		{sp("soon"), sp("soon"), true},           // unreadable: equal strings only
		{sp("soon"), sp("2024"), false},
	}
	for _, tt := range tests {
		if got := DatesCompatible(tt.a, tt.b); got != tt.want {
			t.Errorf("DatesCompatible(%s, %s) = %v, want %v", orNull(tt.a), orNull(tt.b), got, tt.want)
		}
	}
}

func TestNamesMatch(t *testing.T) {
	tests := []struct {
		pName    string
		pAliases []string
		gName    string
		gAliases []string
		want     bool
	}{
		{"Việt Nam", nil, "Viet Nam", nil, true},
		{"Hà Nội", nil, "Ha Noi", nil, true},
		{"Đà Nẵng", nil, "Da Nang", nil, true},
		{"Phan Văn Giang", nil, "Phan Van Giang", nil, true},
		{"the United Nations", nil, "United Nations", nil, true},
		{"The United Nations", nil, "united nations", nil, true},
		{"Level-2 Field Hospital Rotation 6", nil, "level-2 field hospital rotation 6", nil, true},
		{"Level2 Field Hospital Rotation 6", nil, "Level-2 Field Hospital Rotation 6", nil, true}, // punctuation removed without a space
		{"Level 2 Field Hospital Rotation 6", nil, "Level-2 Field Hospital Rotation 6", nil, false},
		{"ASEAN Defence Ministers' Meeting Plus", nil, "ASEAN Defence Ministers Meeting Plus", nil, true},
		{"  Sergey   Shoigu ", nil, "Sergey Shoigu", nil, true},
		{"UNMISS", nil, "UN Mission in South Sudan", []string{"UNMISS"}, true},                 // predicted name is a gold alias
		{"UN Mission in South Sudan", []string{"UNMISS"}, "UNMISS", nil, true},                 // predicted alias is the gold name
		{"UNMISS", []string{"UN Mission"}, "UN Mission in South Sudan", []string{"UN"}, false}, // alias against alias does not count
		{"Giang", nil, "Phan Van Giang", nil, false},
		{"Vietnam", nil, "Viet Nam", nil, false}, // folding does not know spellings
		{"—", nil, "-", nil, false},              // names that fold to nothing never match
	}
	for _, tt := range tests {
		if got := NamesMatch(tt.pName, tt.pAliases, tt.gName, tt.gAliases); got != tt.want {
			t.Errorf("NamesMatch(%q %q, %q %q) = %v, want %v", tt.pName, tt.pAliases, tt.gName, tt.gAliases, got, tt.want)
		}
	}
}

func TestQuantitiesMatch(t *testing.T) {
	tests := []struct {
		a, b Quantity
		want bool
	}{
		{Quantity{Value: 184, Unit: "soldiers"}, Quantity{Value: 184, Unit: "soldiers"}, true},
		{Quantity{Value: 250, Unit: "doctors"}, Quantity{Value: 250, Unit: "officers and doctors"}, true},
		{Quantity{Value: 22, Unit: "Military Locations"}, Quantity{Value: 22, Unit: "locations"}, true},
		{Quantity{Value: 21, Unit: "women"}, Quantity{Value: 8, Unit: "women"}, false},
		{Quantity{Value: 8, Unit: "woman"}, Quantity{Value: 8, Unit: "women"}, false},
		{Quantity{Value: 2, Unit: "officers."}, Quantity{Value: 2, Unit: "officers"}, true},
		{Quantity{Value: 2, Unit: ""}, Quantity{Value: 2, Unit: ""}, false},
	}
	for _, tt := range tests {
		if got := QuantitiesMatch(tt.a, tt.b); got != tt.want {
			t.Errorf("QuantitiesMatch(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
