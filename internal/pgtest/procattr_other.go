//go:build !linux

package pgtest

import (
	"os/user"
	"syscall"
)

// procAttr: only Linux runs the server as another user (and stops it
// when the tests die); elsewhere, run the tests as an ordinary user.
func procAttr(u *user.User) *syscall.SysProcAttr { return nil }
