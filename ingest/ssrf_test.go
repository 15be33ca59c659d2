package ingest_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"attache/ingest"
)

// TestURLPrivateAddressRefused: URL ingest does not fetch loopback,
// private or link-local addresses (the server's API would otherwise let a
// token holder reach the machine's own services), unless allowed. The
// check is on the address dialled, so it holds for redirects and for
// names that resolve to such addresses alike.
func TestURLPrivateAddressRefused(t *testing.T) {
	page := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte(lead))
	}))
	defer page.Close()
	localhost := strings.Replace(page.URL, "127.0.0.1", "localhost", 1) // a name, resolved first
	for _, u := range []string{page.URL + "/a", localhost + "/a", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://[::1]:1/"} {
		res := withTimeout(t, 30*time.Second, &ingest.Service{Store: MustOpen(t)}, u)
		if res.Failed != 1 || len(res.Errors) != 1 || !strings.Contains(res.Errors[0].Err.Error(), "not a public address") {
			t.Errorf("%s: result %+v %v, want refused as not public", u, res, res.Errors)
		}
	}
	res := withTimeout(t, 30*time.Second, &ingest.Service{Store: MustOpen(t), AllowPrivateURLs: true}, page.URL+"/a")
	if res.New != 1 {
		t.Errorf("allowed: %+v %v", res, res.Errors)
	}
}
