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

// pythons are the interpreters tried in turn: the one on PATH (which may
// be a virtual environment's) and Debian's, where apt-get installs
// python3-networkx, python3-pyld and python3-jsonschema.
var pythons = []string{"python3", "/usr/bin/python3"}

// needPython returns a python3 that can import module ("" for none),
// or skips or fails t, saying which Debian package to install.
func needPython(t *testing.T, module, debian string) string {
	t.Helper()
	what, install := "python3", "apt-get install -y python3"
	if module != "" {
		what, install = "Python module "+module, "apt-get install -y "+debian
	}
	var found string
	needTool(t, what, install, func() error {
		var last error
		for _, py := range pythons {
			out, err := exec.Command(py, "-c", "import sys\nif sys.argv[1]: __import__(sys.argv[1])", module).CombinedOutput()
			if err == nil {
				found = py
				return nil
			}
			last = errorString(py + ": " + lastLine(string(out)))
		}
		return last
	})
	return found
}

// runPython runs script with py and args and returns its standard
// output; it fails t with the script's errors.
func runPython(t *testing.T, py, script string, args ...string) string {
	t.Helper()
	var out, errb bytes.Buffer
	cmd := exec.Command(py, append([]string{"-c", script}, args...)...)
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
