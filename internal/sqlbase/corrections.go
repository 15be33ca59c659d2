package sqlbase

import (
	"math"
	"strconv"

	"attache"
)

// CorrectionPage checks a page of the corrections' log (newest first,
// limit corrections after the correction after) and returns the seq the
// page's corrections come below: the seq of after, or the largest seq
// when the page is the first.
func CorrectionPage(after string, limit int) (before int64, err error) {
	if limit < 1 {
		return 0, attache.Errorf(attache.EINVALID, "a page of corrections needs a limit of 1 or more, got %d", limit)
	}
	if after == "" {
		return math.MaxInt64, nil
	}
	seq, err := strconv.ParseInt(after, 10, 64)
	if err != nil || seq < 1 {
		return 0, attache.Errorf(attache.EINVALID, "bad page cursor: %q is not a correction's id", after)
	}
	return seq, nil
}
