//go:build !race

// Package raceflag tells whether the race detector is built in. Tests
// that bound allocations use it: a race build allocates more than the
// program itself does (the instrumented runtime; sync.Pool, for one,
// drops items at random there), so the bytes such a test counts are not
// the program's.
package raceflag

// Enabled is true in a build with the race detector.
const Enabled = false
