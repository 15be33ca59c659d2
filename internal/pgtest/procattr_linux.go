package pgtest

import (
	"os/user"
	"strconv"
	"syscall"
)

// procAttr runs a server program as u (when not nil), and has the kernel
// stop it (SIGQUIT: immediate shutdown) if the test process dies first.
func procAttr(u *user.User) *syscall.SysProcAttr {
	attr := &syscall.SysProcAttr{Pdeathsig: syscall.SIGQUIT}
	if u != nil {
		uid, _ := strconv.ParseUint(u.Uid, 10, 32)
		gid, _ := strconv.ParseUint(u.Gid, 10, 32)
		attr.Credential = &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
	}
	return attr
}
