//go:build !unix

package scaling

import "time"

// cpuTime falls back to the clock where getrusage is missing.
func cpuTime() time.Duration { return time.Duration(time.Now().UnixNano()) }
