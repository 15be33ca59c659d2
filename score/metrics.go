package score

import "encoding/json"

// PRF counts true positives, false positives and false negatives.
type PRF struct {
	TP, FP, FN int
}

// Empty reports whether there was nothing to find and nothing predicted.
func (c PRF) Empty() bool { return c.TP+c.FP+c.FN == 0 }

// P is the precision. With nothing predicted it is 1 when there was also
// nothing to find (a perfect empty answer) and 0 otherwise.
func (c PRF) P() float64 { return ratio(c.TP, c.TP+c.FP, c.FN == 0) }

// R is the recall. With nothing to find it is 1 when nothing was predicted
// and 0 otherwise.
func (c PRF) R() float64 { return ratio(c.TP, c.TP+c.FN, c.FP == 0) }

// F1 is the harmonic mean of P and R.
func (c PRF) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Add returns the sum of two counts (micro aggregation).
func (c PRF) Add(o PRF) PRF { return PRF{c.TP + o.TP, c.FP + o.FP, c.FN + o.FN} }

// MarshalJSON writes the counts with the derived figures.
func (c PRF) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		TP        int     `json:"tp"`
		FP        int     `json:"fp"`
		FN        int     `json:"fn"`
		Precision float64 `json:"precision"`
		Recall    float64 `json:"recall"`
		F1        float64 `json:"f1"`
	}{c.TP, c.FP, c.FN, c.P(), c.R(), c.F1()})
}

// Ratio is an accuracy: Correct out of Total.
type Ratio struct {
	Correct, Total int
}

// Value is Correct/Total, 1 when Total is 0 (nothing was wrong).
func (r Ratio) Value() float64 { return ratio(r.Correct, r.Total, true) }

// Add returns the sum of two ratios (micro aggregation).
func (r Ratio) Add(o Ratio) Ratio { return Ratio{r.Correct + o.Correct, r.Total + o.Total} }

// MarshalJSON writes the counts with the value.
func (r Ratio) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Correct int     `json:"correct"`
		Total   int     `json:"total"`
		Value   float64 `json:"value"`
	}{r.Correct, r.Total, r.Value()})
}

func ratio(n, d int, emptyIsPerfect bool) float64 {
	if d == 0 {
		if emptyIsPerfect {
			return 1
		}
		return 0
	}
	return float64(n) / float64(d)
}
