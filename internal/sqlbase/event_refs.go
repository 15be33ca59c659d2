package sqlbase

import (
	"strconv"
	"strings"
)

// EventReport reads the report a correction's ref may name an event by:
// "event:ARTICLE#N" is report N of article ARTICLE. ok is false for a ref
// of another form.
func EventReport(ref string) (article string, idx int, ok bool) {
	rest, isEvent := strings.CutPrefix(ref, "event:")
	art, n, found := strings.Cut(rest, "#")
	idx, err := strconv.Atoi(n)
	if !isEvent || !found || err != nil {
		return "", 0, false
	}
	return art, idx, true
}
