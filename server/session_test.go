package server

import (
	"testing"
	"time"
)

// TestSessionsExpireAndEnd: a session id is random, lives for the
// cookie's lifetime and no longer, ends on sign-out, and the oldest
// session makes room when the table is full.
func TestSessionsExpireAndEnd(t *testing.T) {
	var ss sessions
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	id, s := ss.newSession(now)
	other, _ := ss.newSession(now)
	if len(id) != 64 || id == other || s.csrf == "" || s.csrf == id {
		t.Fatalf("session ids %q and %q, csrf %q: want two distinct random ids", id, other, s.csrf)
	}
	if _, ok := ss.lookup(id, now.Add(cookieLifetime-time.Second)); !ok {
		t.Error("session gone before the cookie's lifetime")
	}
	if _, ok := ss.lookup(id, now.Add(cookieLifetime+time.Second)); ok {
		t.Error("session still live after the cookie's lifetime")
	}
	ss.end(other)
	if _, ok := ss.lookup(other, now); ok {
		t.Error("session still live after sign-out")
	}
	if _, ok := ss.lookup("not-a-session", now); ok {
		t.Error("an unknown id is a session")
	}

	var full sessions
	first, _ := full.newSession(now)
	for i := 1; i < maxSessions; i++ {
		full.newSession(now.Add(time.Duration(i) * time.Millisecond))
	}
	last, _ := full.newSession(now.Add(time.Hour))
	if _, ok := full.lookup(first, now.Add(time.Hour)); ok {
		t.Error("the oldest session kept when the table is full")
	}
	if _, ok := full.lookup(last, now.Add(time.Hour)); !ok || len(full.m) != maxSessions {
		t.Errorf("newest session missing or %d sessions kept, want %d", len(full.m), maxSessions)
	}
}
