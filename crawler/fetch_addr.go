package crawler

import (
	"net"
	"net/netip"
	"strings"
)

// addrPolicy decides which addresses the fetcher may connect to: public
// ones always; with allow_private, loopback and private ranges (RFC 1918,
// unique local, carrier NAT) too; link-local addresses (169.254.0.0/16,
// fe80::/10, where cloud metadata services answer), unspecified and
// multicast addresses never, unless named one by one: a `resolve` target
// or an entry of allow_addresses (an address or a prefix).
type addrPolicy struct {
	private  bool
	named    map[netip.Addr]bool
	prefixes []netip.Prefix
}

func newAddrPolicy(cfg Config) addrPolicy {
	p := addrPolicy{private: cfg.AllowPrivate, named: map[netip.Addr]bool{}}
	for _, to := range cfg.Resolve {
		host := to
		if h, _, err := net.SplitHostPort(to); err == nil {
			host = h
		}
		if a, err := netip.ParseAddr(strings.Trim(host, "[]")); err == nil {
			p.named[a.Unmap()] = true
		}
	}
	for _, s := range cfg.AllowAddresses {
		if pre, err := netip.ParsePrefix(s); err == nil {
			p.prefixes = append(p.prefixes, pre.Masked())
		} else if a, err := netip.ParseAddr(s); err == nil {
			p.named[a.Unmap()] = true
		}
	}
	return p
}

// allows reports whether the fetcher may connect to ip.
func (p addrPolicy) allows(ip net.IP) bool {
	a, ok := netip.AddrFromSlice(ip)
	if !ok {
		return false
	}
	a = a.Unmap()
	if p.named[a] {
		return true
	}
	for _, pre := range p.prefixes {
		if pre.Contains(a) {
			return true
		}
	}
	if !forbiddenIP(ip) {
		return true
	}
	if !p.private || a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast() || a.IsUnspecified() ||
		a.IsMulticast() || a.IsInterfaceLocalMulticast() {
		return false
	}
	return a.IsLoopback() || a.IsPrivate() || isCarrierNAT(a)
}

func isCarrierNAT(a netip.Addr) bool {
	return netip.MustParsePrefix("100.64.0.0/10").Contains(a)
}
