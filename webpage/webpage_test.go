package webpage

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<p>One.</p><p>Two <b>bold</b>.</p>", "One.\n\nTwo bold."},
		{"<p>a<br>b</p>", "a\nb"},
		{"<script>alert(1)</script><style>p{}</style><p>kept</p><noscript>no</noscript>", "kept"},
		{"plain &amp; simple", "plain & simple"},
		{"<div>  lots \n of   space </div>", "lots of space"},
		{"<iframe src=x>frame</iframe><svg><text>t</text></svg>", ""},
	}
	for _, tt := range tests {
		if got := Text(tt.in); got != tt.want {
			t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestExtractFallsBackToBody(t *testing.T) {
	p, err := Extract([]byte("<html><head><title>T</title><script>x()</script></head><body>Short note.</body></html>"), "")
	if err != nil || p.Text != "Short note." || p.Title != "T" {
		t.Errorf("Extract = %+v, %v", p, err)
	}
	if _, err := Extract([]byte("<html><body><script>x()</script></body></html>"), ""); err == nil {
		t.Error("page without text: no error")
	}
}

func TestFetch(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/ok":
			w.Header().Set("Content-Type", "text/plain")
			w.Write([]byte("hello"))
		case "/big":
			w.Write([]byte(strings.Repeat("x", 5000)))
		case "/redirect":
			http.Redirect(w, r, "/ok", http.StatusFound)
		default:
			http.Error(w, "no", http.StatusForbidden)
		}
	}))
	defer srv.Close()
	ctx := context.Background()
	f, err := Fetch(ctx, srv.Client(), srv.URL+"/redirect", 100)
	if err != nil || string(f.Body) != "hello" || f.URL != srv.URL+"/ok" || f.ContentType != "text/plain" {
		t.Errorf("Fetch = %+v, %v", f, err)
	}
	if _, err := Fetch(ctx, srv.Client(), srv.URL+"/big", 100); !errors.Is(err, ErrTooLarge) {
		t.Errorf("big: %v", err)
	}
	if _, err := Fetch(ctx, srv.Client(), srv.URL+"/denied", 100); err == nil || !strings.Contains(err.Error(), "403") {
		t.Errorf("denied: %v", err)
	}
}
