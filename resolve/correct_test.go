package resolve_test

import (
	"context"
	"testing"

	"attache"
)

// TestCorrectionsSurviveRebuild records corrections, rebuilds the
// knowledge base as reextract does (after replacing an extraction), and
// checks that they still hold; then undoes them.
func TestCorrectionsSurviveRebuild(t *testing.T) {
	ctx := context.Background()
	svc, db := openService(t)
	mustPut(t, db, svc, fixture()...)

	// Fomin and Shoigu wrongly merged, as an analyst test of merge.
	merge, err := svc.Correct(ctx, attache.Correction{Kind: attache.CorrectMerge, Entity: "Alexander Fomin", Target: "Sergey Shoigu", Note: "test"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Correct(ctx, attache.Correction{Kind: attache.CorrectRename, Entity: "Phan Van Giang", Value: "Phan Văn Giang (VN)"}); err != nil {
		t.Fatal(err)
	}
	check := func(when string, merged, renamed bool) {
		t.Helper()
		p, err := svc.EntityProfile(ctx, "Alexander Fomin")
		if err != nil {
			t.Fatalf("%s: %v", when, err)
		}
		if got := p.Entity.Name == "Sergey Shoigu"; got != merged {
			t.Errorf("%s: Fomin's profile is %q, merged=%v want %v", when, p.Entity.Name, got, merged)
		}
		g, err := svc.EntityProfile(ctx, "Gen. Phan Van Giang")
		if err != nil {
			t.Fatalf("%s: %v", when, err)
		}
		if got := g.Entity.Name == "Phan Văn Giang (VN)"; got != renamed {
			t.Errorf("%s: Giang is called %q, renamed=%v want %v", when, g.Entity.Name, got, renamed)
		}
	}
	check("after correcting", true, true)

	// Re-extraction: the stored extraction of a1 changes, the KB is rebuilt.
	st := reextractAndRebuild(t, db, svc, "a1")
	if st.Corrections != 2 || st.Skipped != 0 {
		t.Errorf("rebuild re-applied %d corrections, skipped %d; want 2, 0", st.Corrections, st.Skipped)
	}
	check("after rebuild", true, true)

	// Undo the latest (the rename), then the merge by id.
	if _, err := svc.Undo(ctx, ""); err != nil {
		t.Fatal(err)
	}
	check("after undoing the rename", true, false)
	if _, err := svc.Undo(ctx, merge.ID); err != nil {
		t.Fatal(err)
	}
	check("after undoing the merge", false, false)
	if _, err := svc.Undo(ctx, merge.ID); attache.ErrorCode(err) != attache.ECONFLICT {
		t.Errorf("second undo: %v, want ECONFLICT", err)
	}
	cs, err := svc.Corrections(ctx)
	if err != nil || len(cs) != 2 || !cs[0].Undone || cs[1].Note != "test" {
		t.Errorf("corrections %+v, %v", cs, err)
	}
}

func TestCorrectionErrors(t *testing.T) {
	ctx := context.Background()
	svc, db := openService(t)
	mustPut(t, db, svc, fixture()...)
	tests := []struct {
		c    attache.Correction
		code string
	}{
		{attache.Correction{Kind: "explode", Entity: "Shoigu"}, attache.EINVALID},
		{attache.Correction{Kind: attache.CorrectMerge, Entity: "Shoigu"}, attache.EINVALID},
		{attache.Correction{Kind: attache.CorrectMerge, Entity: "Shoigu", Target: "Nobody Known"}, attache.ENOTFOUND},
		{attache.Correction{Kind: attache.CorrectRetype, Entity: "Shoigu", Value: "ship"}, attache.EINVALID},
		{attache.Correction{Kind: attache.CorrectFactDelete, Target: "event:nope#9"}, attache.ENOTFOUND},
		{attache.Correction{Kind: attache.CorrectSplit, Entity: "Shoigu", Value: " | "}, attache.EINVALID},
		// A name or alias the entity is not written as is no change to make.
		{attache.Correction{Kind: attache.CorrectSplit, Entity: "Shoigu", Value: "Nobody Known"}, attache.ENOTFOUND},
		{attache.Correction{Kind: attache.CorrectAliasRemove, Entity: "Shoigu", Target: "Nobody Known"}, attache.ENOTFOUND},
	}
	for _, tt := range tests {
		if _, err := svc.Correct(ctx, tt.c); attache.ErrorCode(err) != tt.code {
			t.Errorf("%+v: %v, want %s", tt.c, err, tt.code)
		}
	}
	if cs, _ := svc.Corrections(ctx); len(cs) != 0 {
		t.Errorf("failed corrections were recorded: %+v", cs)
	}
}

func TestFactDeleteSplitAlias(t *testing.T) {
	ctx := context.Background()
	svc, db := openService(t)
	mustPut(t, db, svc, fixture()...)
	// Delete the 2025 meeting by the id of its report, confirm a post.
	if _, err := svc.Correct(ctx, attache.Correction{Kind: attache.CorrectFactDelete, Target: "event:a3#0"}); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Correct(ctx, attache.Correction{Kind: attache.CorrectFactConfirm,
		Target: "position:person:sergey-shoigu/post/secretary-of-the-security-council"}); err != nil {
		t.Fatal(err)
	}
	// Split "Gen. Phan Van Giang" (article a2) out, add and remove aliases.
	for _, c := range []attache.Correction{
		{Kind: attache.CorrectSplit, Entity: "Phan Van Giang", Value: "Gen. Phan Van Giang"},
		{Kind: attache.CorrectAliasAdd, Entity: "Sergey Shoigu", Target: "Sergei Shoigu"},
		{Kind: attache.CorrectAliasRemove, Entity: "Sergey Shoigu", Target: "Shoigu"},
	} {
		if _, err := svc.Correct(ctx, c); err != nil {
			t.Fatalf("%+v: %v", c, err)
		}
	}
	sp, err := svc.EntityProfile(ctx, "Sergei Shoigu")
	if err != nil {
		t.Fatal(err)
	}
	if len(sp.Events) != 0 {
		t.Errorf("Shoigu events %+v, want none after deleting the meeting", sp.Events)
	}
	confirmed := 0
	for _, p := range sp.Entity.Positions {
		if p.Confirmed {
			confirmed++
		}
	}
	if confirmed != 1 {
		t.Errorf("%d confirmed positions, want 1", confirmed)
	}
	for _, a := range sp.Entity.Aliases {
		if a == "Shoigu" {
			t.Errorf("alias Shoigu still there: %v", sp.Entity.Aliases)
		}
	}
	g, err := svc.EntityProfile(ctx, "Gen. Phan Van Giang")
	if err != nil {
		t.Fatal(err)
	}
	if g.Entity.Name != "Gen. Phan Van Giang" || articlesOf(g) != "a2" {
		t.Errorf("split entity %q with sources %s, want a2 only", g.Entity.Name, articlesOf(g))
	}
	p, err := svc.EntityProfile(ctx, "Phan Van Giang")
	if err != nil {
		t.Fatal(err)
	}
	if articlesOf(p) != "a3,a1" {
		t.Errorf("Giang keeps %s, want a3,a1", articlesOf(p))
	}
}
