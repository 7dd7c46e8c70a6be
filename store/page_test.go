package store

import "testing"

func TestCanonicalURL(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"http://Example.GOV.cn", "http://example.gov.cn/"},
		{"https://example.gov.cn:443/a/b.html#x", "https://example.gov.cn/a/b.html"},
		{"http://example.gov.cn:8080/a?b=2&a=1&utm_source=wx", "http://example.gov.cn:8080/a?a=1&b=2"},
		{" http://example.gov.cn/a ", "http://example.gov.cn/a"},
		{"/relative/path.html", ""},
		{"ftp://example.gov.cn/x", ""},
		{"", ""},
	} {
		if got := CanonicalURL(c.in); got != c.want {
			t.Errorf("CanonicalURL(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func FuzzCanonicalURL(f *testing.F) {
	for _, s := range []string{"http://Example.gov.cn", "https://a.gov.cn:443/x?b=1&a=2#f", "http://a/b?utm_source=x", "//x", "http://[::1]:80/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := CanonicalURL(s)
		if c == "" {
			return
		}
		if again := CanonicalURL(c); again != c {
			t.Fatalf("CanonicalURL not idempotent: %q -> %q -> %q", s, c, again)
		}
	})
}
