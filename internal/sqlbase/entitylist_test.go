package sqlbase

import (
	"reflect"
	"testing"

	"attache"
)

func TestEntityCondsFoldsQueryAndCountry(t *testing.T) {
	var args []any
	w, err := EntityConds(numbered(&args), attache.KBEntityFilter{Type: attache.Person, Country: "vn", Query: "Phan Văn"})
	if err != nil {
		t.Fatal(err)
	}
	wantW := []string{`e.type = $1`, `e.country = $2`,
		`(strpos(e.key, $3) > 0 OR e.id IN (SELECT entity_id FROM kb_aliases WHERE strpos(key, $4) > 0))`}
	wantArgs := []any{"person", "VN", "phan van", "phan van"}
	if !reflect.DeepEqual(w, wantW) || !reflect.DeepEqual(args, wantArgs) {
		t.Errorf("got %q %q, want %q %q", w, args, wantW, wantArgs)
	}
}

func TestEntityCondsRefusesBadFilters(t *testing.T) {
	for _, f := range []attache.KBEntityFilter{{Limit: -1}, {Offset: -1}, {Type: "ship"}} {
		var args []any
		if _, err := EntityConds(numbered(&args), f); attache.ErrorCode(err) != attache.EINVALID {
			t.Errorf("%+v: got %v, want EINVALID", f, err)
		}
	}
}
