package sqlite_test

import (
	"attache/resolve"
	"attache/sqlite"
)

// The store offers resolution its two shortcuts: patched writes and one
// read of every article.
var (
	_ resolve.Patcher    = (*sqlite.DB)(nil)
	_ resolve.BulkReader = (*sqlite.DB)(nil)
)
