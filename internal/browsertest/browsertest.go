// Package browsertest drives headless Chromium from tests (through
// chromedp): start a browser with a throw-away profile, run actions, save
// screenshots as test artifacts.
//
// Chromium is Debian's "chromium" package. Without it, tests fail when
// CI=true and are skipped elsewhere.
package browsertest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Chromium returns the path of the chromium binary, failing the test on
// CI and skipping it elsewhere when there is none.
func Chromium(t testing.TB) string {
	t.Helper()
	for _, p := range []string{"/usr/bin/chromium", "chromium", "chromium-browser"} {
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium is not installed (apt-get install -y chromium); the browser tests need it on CI")
	}
	t.Skip("chromium not installed; skipping the browser tests")
	return ""
}

// New starts headless Chromium with a temp user-data-dir, no background
// networking and no sandbox (containers), and returns a context to run
// actions in. Everything stops when the test ends.
func New(t testing.TB) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(Chromium(t)),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelB := chromedp.NewContext(actx)
	tctx, cancelT := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(func() { cancelT(); cancelB(); cancelA() })
	return tctx
}

// Artifacts is where screenshots go: $ATTACHE_ARTIFACTS (created if
// needed), or a temp dir of the test.
func Artifacts(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("ATTACHE_ARTIFACTS")
	if dir == "" {
		return t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// Screenshot saves the whole page as dir/name.png.
func Screenshot(t testing.TB, ctx context.Context, dir, name string) {
	t.Helper()
	png := Must(t, ctx, "screenshot "+name, chromedp.FullScreenshot(100))
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// Must runs one action and fails the test, naming the step, if it fails.
func Must[T any](t testing.TB, ctx context.Context, what string, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return v
}

// ClickLoaded waits until the page has finished loading and holds an
// element matching css, then clicks it from inside the page. Right after
// a form post and its redirect, a node found by id can belong to a
// document that is being replaced; a click from script cannot go stale.
func ClickLoaded(t testing.TB, ctx context.Context, what, css string) {
	t.Helper()
	q, err := json.Marshal(css)
	if err != nil {
		t.Fatal(err)
	}
	ready := fmt.Sprintf(`document.readyState === "complete" && document.querySelector(%s) !== null`, q)
	for range 400 {
		// While the previous page is still being replaced, evaluating can
		// fail ("inspected target navigated or closed"): try again.
		loaded, err := chromedp.Run(ctx, chromedp.Evaluate[bool](ready))
		if err == nil && loaded {
			Must(t, ctx, what, chromedp.Evaluate[bool](fmt.Sprintf(`document.querySelector(%s).click(), true`, q)))
			return
		}
		if ctx.Err() != nil {
			t.Fatalf("%s: %v", what, ctx.Err())
		}
		Must(t, ctx, what, chromedp.Sleep(25*time.Millisecond))
	}
	t.Fatalf("%s: no %s on the page", what, css)
}
