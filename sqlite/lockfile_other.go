//go:build !unix

package sqlite

import "context"

// lockFile is a no-op where flock is missing: there, one process at a
// time should resolve into a database file.
func lockFile(ctx context.Context, path string) (func(), error) {
	return func() {}, nil
}
