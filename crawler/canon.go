package crawler

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"path"
	"sort"
	"strings"

	"golang.org/x/net/idna"
)

// ErrBadURL is returned for URLs the crawler cannot fetch (not http(s), no host).
var ErrBadURL = errors.New("crawler: bad url")

// Canonicalize returns the canonical form of raw: the frontier's key for a
// URL and the store's key for a document (store calls this function; it is
// the one owner of the rule). Lower-case scheme and host (IDNA to ASCII), no
// user info, default port or fragment, dot segments resolved, percent
// escapes upper-cased, "/" for an empty path, query parameters sorted and
// tracking parameters (utm_*, spm) dropped. Two URLs that differ only
// in those respects name the same page.
func Canonicalize(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrBadURL, err)
	}
	return canonicalURL(u)
}

// Resolve resolves ref against base and canonicalizes the result.
func Resolve(base *url.URL, ref string) (string, error) {
	ref = strings.TrimSpace(ref)
	r, err := url.Parse(ref)
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrBadURL, err)
	}
	if base != nil {
		r = base.ResolveReference(r)
	}
	return canonicalURL(r)
}

func canonicalURL(u *url.URL) (string, error) {
	c := *u
	c.Scheme = strings.ToLower(c.Scheme)
	if c.Scheme != "http" && c.Scheme != "https" {
		return "", fmt.Errorf("%w: scheme %q", ErrBadURL, c.Scheme)
	}
	if c.Opaque != "" || c.Host == "" {
		return "", fmt.Errorf("%w: no host in %q", ErrBadURL, u.String())
	}
	c.User = nil
	c.Fragment, c.RawFragment = "", ""
	host := strings.ToLower(c.Hostname())
	host = strings.TrimSuffix(host, ".")
	if !strings.Contains(host, ":") {
		h, err := idna.Lookup.ToASCII(host)
		if err != nil || !validHost(h) {
			return "", fmt.Errorf("%w: bad host %q", ErrBadURL, c.Host)
		}
		host = h
	} else if net.ParseIP(host) == nil {
		return "", fmt.Errorf("%w: bad host %q", ErrBadURL, c.Host)
	}
	port := c.Port()
	if (c.Scheme == "http" && port == "80") || (c.Scheme == "https" && port == "443") {
		port = ""
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	if port != "" {
		host += ":" + port
	}
	c.Host = host
	p := normalizeEscapes(c.EscapedPath())
	if p == "" {
		p = "/"
	}
	trailing := strings.HasSuffix(p, "/")
	clean := path.Clean("/" + p)
	if trailing && clean != "/" {
		clean += "/"
	}
	decoded, err := url.PathUnescape(clean)
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrBadURL, err)
	}
	c.Path, c.RawPath = decoded, clean
	c.RawQuery = canonicalQuery(c.RawQuery)
	c.ForceQuery = false
	return c.String(), nil
}

// trackingParams are query parameters (besides utm_*) that never change what
// a page says: share-link tags. ("from" is not one: CMSs use it for real parameters.)
var trackingParams = map[string]bool{"spm": true}

// canonicalQuery sorts the parameters of a raw query by key then value
// (keeping each pair's original escaping) and drops tracking parameters and
// empty pairs.
func canonicalQuery(raw string) string {
	if raw == "" {
		return ""
	}
	pairs := strings.FieldsFunc(raw, func(r rune) bool { return r == '&' || r == ';' })
	kept := pairs[:0]
	for _, p := range pairs {
		k, _, _ := strings.Cut(p, "=")
		if dk, err := url.QueryUnescape(k); err == nil {
			k = dk
		}
		if lk := strings.ToLower(k); k == "" || strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
			continue
		}
		kept = append(kept, normalizeEscapes(p))
	}
	sort.Strings(kept)
	return strings.Join(kept, "&")
}

// normalizeEscapes upper-cases percent escapes and escapes bytes that
// url.URL.String would otherwise leave ambiguous, so that equal queries
// compare equal.
func normalizeEscapes(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			b.WriteByte('%')
			b.WriteString(strings.ToUpper(s[i+1 : i+3]))
			i += 2
		case c <= ' ' || c >= 0x7f || c == '%' || c == '#' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`' || c == '{' || c == '|' || c == '}':
			fmt.Fprintf(&b, "%%%02X", c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// validHost accepts dot-separated labels of letters, digits, '-' and '_'.
func validHost(h string) bool {
	if h == "" || len(h) > 253 {
		return false
	}
	for _, label := range strings.Split(h, ".") {
		if label == "" || len(label) > 63 {
			return false
		}
		for i := 0; i < len(label); i++ {
			c := label[i]
			if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '_') {
				return false
			}
		}
	}
	return true
}

func isHex(c byte) bool {
	return ('0' <= c && c <= '9') || ('a' <= c && c <= 'f') || ('A' <= c && c <= 'F')
}

// HostOf returns the host:port key of a canonical URL, the unit of politeness.
func HostOf(canonical string) string {
	u, err := url.Parse(canonical)
	if err != nil {
		return ""
	}
	return u.Host
}
