package crawler

import (
	"context"
	"errors"
	"net"
	"net/http"
	"testing"
	"time"
)

func TestAddrPolicy(t *testing.T) {
	base := Config{}
	private := Config{AllowPrivate: true}
	named := Config{AllowPrivate: true, Resolve: map[string]string{"www.x.gov.cn:80": "169.254.10.2:8080"},
		AllowAddresses: []string{"fe80::1", "169.254.20.0/24"}}
	for _, tt := range []struct {
		cfg  Config
		ip   string
		want bool
	}{
		{base, "203.0.113.7", true},
		{base, "127.0.0.1", false},
		{base, "10.1.2.3", false},
		{private, "127.0.0.1", true},
		{private, "::1", true},
		{private, "10.1.2.3", true},
		{private, "192.168.1.1", true},
		{private, "fd00::5", true},
		{private, "169.254.169.254", false}, // cloud metadata
		{private, "fe80::1", false},
		{private, "0.0.0.0", false},
		{private, "::ffff:169.254.169.254", false},
		{private, "224.0.0.1", false},
		{named, "169.254.10.2", true}, // a resolve target
		{named, "fe80::1", true},      // named in allow_addresses
		{named, "169.254.20.9", true}, // in a named prefix
		{named, "169.254.169.254", false},
		{Config{Resolve: map[string]string{"a:80": "127.0.0.1:9000"}}, "127.0.0.1", true}, // named without allow_private
	} {
		if got := newAddrPolicy(tt.cfg).allows(net.ParseIP(tt.ip)); got != tt.want {
			t.Errorf("%+v %s: allows = %v, want %v", tt.cfg, tt.ip, got, tt.want)
		}
	}
}

// TestRedirectToMetadataRefused: with allow_private on (a loopback site), a
// redirect to the cloud metadata address is refused without a connection.
func TestRedirectToMetadataRefused(t *testing.T) {
	s := newTestSite(t)
	s.handlers["/a.html"] = func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
	}
	cfg := testConfig()
	cfg.Timeout = Duration{5 * time.Second}
	start := time.Now()
	_, err := NewFetcher(cfg, nil).Fetch(context.Background(), Request{URL: s.URL + "/a.html"}, nil)
	var fe *FetchError
	if !errors.As(err, &fe) || fe.Reason != ReasonForbiddenAddr {
		t.Fatalf("redirect to 169.254.169.254: %v", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %v: a connection was tried", d)
	}
}
