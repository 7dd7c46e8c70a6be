package store

import (
	"bytes"
	stdgzip "compress/gzip"
	"io"
	"strings"
	"testing"

	"github.com/ccorpus/ccorpus/crawler"
)

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

// TestDocumentKeyIsFrontierKey: the key a document is stored under is the
// key the crawler's frontier gives its URL, for the URL shapes on which the
// two used to disagree (dot segments, tracking parameters, escapes, IDN).
func TestDocumentKeyIsFrontierKey(t *testing.T) {
	for _, u := range []string{
		"http://Example.GOV.cn/a/./b/../c.html",
		"http://example.gov.cn/a?spm=1.2&id=3&from=timeline&utm_source=wx",
		"http://example.gov.cn/a?utm_medium=x&b=%e4%b8%ad&a=1",
		"http://例子.政务.cn/新闻/index.html",
		"https://example.gov.cn:443/x;y?b=1;a=2#top",
		"http://user:pw@example.gov.cn:80",
	} {
		frontier, err := crawler.Canonicalize(u)
		if err != nil {
			t.Fatalf("Canonicalize(%q): %v", u, err)
		}
		p := Page{URL: u}
		if got := p.Key(); got != frontier {
			t.Errorf("%q: document key %q, frontier key %q", u, got, frontier)
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

// TestRawReadableByStdlib: the raw bytes are compressed as gzip that the
// standard library reads back byte for byte (databases written by earlier
// versions used it to write them), and DecompressRaw reads the standard
// library's gzip.
func TestRawReadableByStdlib(t *testing.T) {
	raw := []byte(strings.Repeat("<p>示例市开展质量月活动。</p>\n", 200) + "\x00\xff")
	z, err := compressRaw(raw)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := stdgzip.NewReader(bytes.NewReader(z))
	if err != nil {
		t.Fatal(err)
	}
	back, err := io.ReadAll(zr)
	if err != nil || !bytes.Equal(back, raw) {
		t.Fatalf("compress/gzip read back %d bytes (%v), want %d", len(back), err, len(raw))
	}
	var buf bytes.Buffer
	zw := stdgzip.NewWriter(&buf)
	zw.Write(raw)
	zw.Close()
	got, err := DecompressRaw(RawCodec, buf.Bytes())
	if err != nil || !bytes.Equal(got, raw) {
		t.Fatalf("DecompressRaw of compress/gzip output: %d bytes (%v), want %d", len(got), err, len(raw))
	}
}
