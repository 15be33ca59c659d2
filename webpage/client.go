package webpage

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	neturl "net/url"
	"syscall"
	"time"
)

// ErrNotPublic is returned when a URL leads to an address that is not on
// the public internet: loopback, private (RFC 1918, unique local IPv6),
// link-local (cloud metadata services live there), shared (RFC 6598),
// unspecified or multicast.
var ErrNotPublic = errors.New("not a public address")

// PublicClient returns an http.Client with the given timeout that
// connects only to public addresses. The check is made on the address
// actually dialled, after name resolution and at every redirect, so
// neither a name that resolves to 127.0.0.1 nor a redirect to a private
// address gets through. Through an HTTP proxy, the target's name is
// resolved and checked before the request goes to the proxy.
func PublicClient(timeout time.Duration) *http.Client {
	d := &net.Dialer{Timeout: 10 * time.Second, Control: func(network, address string, _ syscall.RawConn) error {
		return checkPublic(address)
	}}
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.DialContext = d.DialContext
	tr.Proxy = func(r *http.Request) (*neturl.URL, error) { return publicProxy(r) }
	return &http.Client{Timeout: timeout, Transport: tr}
}

// checkPublic refuses a dialled host:port whose IP is not public.
func checkPublic(address string) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		host = address
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return fmt.Errorf("%s: %w", host, ErrNotPublic)
	}
	if !isPublic(ip) {
		return fmt.Errorf("%s: %w", ip, ErrNotPublic)
	}
	return nil
}

// sharedSpace is RFC 6598's carrier-grade NAT range, private in effect.
var sharedSpace = netip.MustParsePrefix("100.64.0.0/10")

func isPublic(ip netip.Addr) bool {
	ip = ip.Unmap()
	return ip.IsGlobalUnicast() && !ip.IsPrivate() && !sharedSpace.Contains(ip)
}

// publicProxy returns the environment's proxy for r, after checking that
// r's host resolves only to public addresses (the proxy, not this
// process, would dial it).
func publicProxy(r *http.Request) (*neturl.URL, error) {
	p, err := http.ProxyFromEnvironment(r)
	if err != nil || p == nil {
		return p, err
	}
	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
	defer cancel()
	host := r.URL.Hostname()
	addrs, err := net.DefaultResolver.LookupNetIP(ctx, "ip", host)
	if err != nil {
		return nil, err
	}
	for _, a := range addrs {
		if !isPublic(a) {
			return nil, fmt.Errorf("%s (%s): %w", host, a, ErrNotPublic)
		}
	}
	return p, nil
}
