//go:build !unix

package server

import "time"

// processCPU reports that the CPU time used is not known here.
func processCPU() (time.Duration, bool) { return 0, false }
