//go:build !race

// Package raceflag tells whether the race detector is built in. Tests
// that bound allocations use it: under the race detector sync.Pool drops
// items on purpose and the runtime allocates for its own bookkeeping, so
// the bytes a test counts are not the program's.
package raceflag

// Enabled is true in a build with the race detector.
const Enabled = false
