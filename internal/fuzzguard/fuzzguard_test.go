package fuzzguard

import (
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// TestStartStop: a call that returns in time disarms the guard.
func TestStartStop(t *testing.T) {
	stop := Start("quick", 1, time.Second)
	stop()
}

// TestStall: a call that overruns the limit crashes the process with a
// message naming it. The stall runs in a child process, as it would in a
// fuzzing worker.
func TestStall(t *testing.T) {
	if os.Getenv("FUZZGUARD_CHILD") == "1" {
		defer Start("stalling target", 42, 50*time.Millisecond)()
		time.Sleep(10 * time.Second)
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestStall$")
	cmd.Env = append(os.Environ(), "FUZZGUARD_CHILD=1")
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("child finished without the guard firing: %s", out)
	}
	if !strings.Contains(string(out), "fuzzguard: stalling target took longer than 50ms on an input of 42 bytes") {
		t.Errorf("child output does not name the stall: %s", out)
	}
}
