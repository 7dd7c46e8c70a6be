package crawler

import (
	"net/url"
	"testing"
)

func TestCanonicalize(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"HTTP://WWW.Example.GOV.cn:80/a/../b/./c.html#top", "http://www.example.gov.cn/b/c.html"},
		{"https://x.cn:443", "https://x.cn/"},
		{"http://x.cn/list?b=2&a=1", "http://x.cn/list?a=1&b=2"},
		{"http://x.cn/list?a=1&b=2", "http://x.cn/list?a=1&b=2"},
		{"http://x.cn/p?utm_source=wx&id=7&utm_medium=x", "http://x.cn/p?id=7"},
		{"http://x.cn/p?utm_source=wx", "http://x.cn/p"},
		{"http://x.cn/p?", "http://x.cn/p"},
		{"http://x.cn/dir/", "http://x.cn/dir/"},
		{"http://x.cn/%e4%b8%ad.html", "http://x.cn/%E4%B8%AD.html"},
		{"http://x.cn/中.html", "http://x.cn/%E4%B8%AD.html"},
		{"http://x.cn/p?q=%e4%b8%ad", "http://x.cn/p?q=%E4%B8%AD"},
		{"http://user:pw@x.cn/", "http://x.cn/"},
		{"http://127.0.0.1:8080/a", "http://127.0.0.1:8080/a"},
		{"http://[::1]:8080/a", "http://[::1]:8080/a"},
	}
	for _, tt := range tests {
		got, err := Canonicalize(tt.in)
		if err != nil {
			t.Errorf("Canonicalize(%q): %v", tt.in, err)
			continue
		}
		if got != tt.want {
			t.Errorf("Canonicalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, bad := range []string{"mailto:a@b.cn", "javascript:void(0)", "ftp://x.cn/", "http://", "/relative", "http://a b/"} {
		if got, err := Canonicalize(bad); err == nil {
			t.Errorf("Canonicalize(%q) = %q, want error", bad, got)
		}
	}
}

func TestResolve(t *testing.T) {
	base, _ := url.Parse("http://x.cn/news/index_2.html")
	tests := []struct{ ref, want string }{
		{"./202409/t20240901_1.html", "http://x.cn/news/202409/t20240901_1.html"},
		{"../a.html", "http://x.cn/a.html"},
		{"index_3.html#p", "http://x.cn/news/index_3.html"},
		{"//y.cn/b", "http://y.cn/b"},
	}
	for _, tt := range tests {
		if got, err := Resolve(base, tt.ref); err != nil || got != tt.want {
			t.Errorf("Resolve(%q) = %q, %v, want %q", tt.ref, got, err, tt.want)
		}
	}
}

// FuzzCanonicalize checks that canonical URLs are fixed points, so the
// frontier never holds two spellings of one page.
func FuzzCanonicalize(f *testing.F) {
	for _, s := range []string{"http://x.cn/a?b=1&a=2#f", "HTTPS://X.CN:443/./a/../b", "http://x.cn/%zz", "http://x.cn/p?utm_x=1&;&=", "http://[::1]:80/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := Canonicalize(s)
		if err != nil {
			return
		}
		c2, err := Canonicalize(c)
		if err != nil {
			t.Fatalf("canonical %q of %q does not parse: %v", c, s, err)
		}
		if c2 != c {
			t.Fatalf("not idempotent: %q → %q → %q", s, c, c2)
		}
		if HostOf(c) == "" {
			t.Fatalf("no host in %q", c)
		}
	})
}
