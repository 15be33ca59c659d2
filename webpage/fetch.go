package webpage

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"
)

// DefaultTimeout bounds a whole fetch: connection, headers and body.
const DefaultTimeout = 30 * time.Second

// ErrTooLarge is returned by Fetch for a body over the size limit.
var ErrTooLarge = errors.New("over the size limit")

// Fetched is a downloaded resource.
type Fetched struct {
	URL         string // final URL, after redirects
	ContentType string // the Content-Type header, "" when absent
	Body        []byte
}

// Fetch downloads an http(s) URL with client (nil: a client with
// DefaultTimeout), reading at most maxSize bytes of body. Only status 200
// is accepted.
func Fetch(ctx context.Context, client *http.Client, rawURL string, maxSize int64) (*Fetched, error) {
	if client == nil {
		client = &http.Client{Timeout: DefaultTimeout}
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, fmt.Errorf("bad url: %w", err)
	}
	req.Header.Set("User-Agent", "attache")
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("unreachable: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("unreachable: HTTP status %s", resp.Status)
	}
	if resp.ContentLength > maxSize {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, resp.ContentLength, maxSize)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxSize+1))
	if err != nil {
		return nil, fmt.Errorf("read body: %w", err)
	}
	if int64(len(body)) > maxSize {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, maxSize)
	}
	return &Fetched{URL: resp.Request.URL.String(), ContentType: resp.Header.Get("Content-Type"), Body: body}, nil
}
