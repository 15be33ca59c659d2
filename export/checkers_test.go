package export_test

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// The outside checkers (Python modules from Debian, the npm package of
// FollowTheMoney) run only in tests. Without them a test skips with how
// to install them; under CI=true (.ci/run installs them) it fails.

// needTool skips or fails t when check fails, saying how to install.
func needTool(t *testing.T, what, install string, check func() error) {
	t.Helper()
	if err := check(); err != nil {
		msg := what + " is not installed (" + err.Error() + "): " + install
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
}

// needPython needs python3 and, if module is not "", that module.
func needPython(t *testing.T, module, debian string) {
	t.Helper()
	what, install := "python3", "apt-get install -y python3"
	if module != "" {
		what, install = "Python module "+module, "apt-get install -y "+debian
	}
	needTool(t, what, install, func() error {
		cmd := exec.Command("python3", "-c", "import sys\nif len(sys.argv) > 1: __import__(sys.argv[1])", module)
		if module == "" {
			cmd = exec.Command("python3", "-c", "pass")
		}
		out, err := cmd.CombinedOutput()
		if err != nil {
			return errorString(strings.TrimSpace(lastLine(string(out))) + " " + err.Error())
		}
		return nil
	})
}

// runPython runs script with args and returns its standard output; it
// fails t with the script's errors.
func runPython(t *testing.T, script string, args ...string) string {
	t.Helper()
	var out, errb bytes.Buffer
	cmd := exec.Command("python3", append([]string{"-c", script}, args...)...)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("python checker: %v\n%s", err, errb.String())
	}
	return out.String()
}

type errorString string

func (e errorString) Error() string { return string(e) }

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}
