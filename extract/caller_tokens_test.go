package extract

import (
	"context"
	"reflect"
	"testing"

	"attache/extract/text"
)

// TestCallerTokensGiveTheSameRecord checks that an extraction over tokens
// the caller made (ExtractTokensContext, as `attache extract` does while
// the knowledge loads) is the record Extract makes of the same text, events
// included (their words and dates are prepared on another goroutine).
func TestCallerTokensGiveTheSameRecord(t *testing.T) {
	x := mustExtractor(t)
	for _, tc := range []struct{ name, text, published string }{
		{"reception", "Hanoi (VNA) – Deputy Minister of National Defence Senior Lieutenant General Hoang Xuan Chien received a delegation of the Lao People's Army in Hanoi on May 5.\nThe two sides agreed to hold the 3rd border defence friendship exchange in 2026.", "2025-05-06"},
		{"undated visit", "General Ahmad Rahman, Chief of the Armed Forces, paid a courtesy call on the Minister of Defence in Jakarta from March 3 to 5. A 58-member medical team left for the mission the previous day.", ""},
		{"no sentence end", "on May 5, on May 5, on May 5, the Ministry of National Defence of the Ministry of National Defence of ", ""},
		{"blank", "  \n ", ""},
		{"empty", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := x.Extract("a.txt", tc.text, tc.published)
			got, err := x.ExtractTokensContext(context.Background(), "a.txt", tc.text, tc.published, text.Tokenize(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("with the caller's tokens:\n%+v\nwant Extract's:\n%+v", got, want)
			}
			if tc.name == "reception" && len(want.Events) == 0 {
				t.Errorf("no event found in %q: the comparison says nothing of events", tc.text)
			}
		})
	}
}

// TestCancelledExtractionWaitsForItsHelpers checks that an extraction given
// up at each check between stages returns no record and leaves nothing
// running that reads its tokens once they are back in the pool (under
// -race a late reader is reported).
func TestCancelledExtractionWaitsForItsHelpers(t *testing.T) {
	x := mustExtractor(t)
	s := "Hanoi (VNA) – Deputy Minister of National Defence Senior Lieutenant General Hoang Xuan Chien received a delegation of the Lao People's Army in Hanoi on May 5."
	for checks := 0; checks < 4; checks++ {
		ctx := &doneAfter{Context: context.Background(), left: checks}
		if out, err := x.ExtractTokensContext(ctx, "a.txt", s, "", text.Tokenize(s)); err == nil || out != nil {
			t.Fatalf("extraction done after %d checks gave %v, %v; want nil and the context's error", checks, out, err)
		}
		// the pooled token arrays are reused at once
		if got := x.Extract("b.txt", s, "2025-05-06"); len(got.Entities) == 0 || len(got.Events) == 0 {
			t.Errorf("after an extraction done after %d checks: %d entities, %d events; want some of each", checks, len(got.Entities), len(got.Events))
		}
	}
}

// doneAfter is a context that turns done once Err has been asked left times.
type doneAfter struct {
	context.Context
	left int
}

func (c *doneAfter) Err() error {
	if c.left == 0 {
		return context.Canceled
	}
	c.left--
	return nil
}
