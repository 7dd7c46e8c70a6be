// Package warctest writes WARC files for tests with the crawler's own
// writer, and damages them the ways real files come damaged: gzipped whole
// as one stream, a member corrupted, garbage after the end, cut short.
package warctest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ccorpus/ccorpus/crawler"
)

// Page is the exchange of a 200 HTML page with the given title and body.
func Page(url, title, body string) crawler.Exchange {
	html := fmt.Sprintf("<!doctype html><html><head><meta charset=utf-8><title>%s</title></head><body><h1>%s</h1><p>%s</p></body></html>", title, title, body)
	return Response(url, "200 OK", "Content-Type: text/html; charset=utf-8\r\n", []byte(html))
}

// Response is the exchange of a response with the given status, header
// lines (each ending in CRLF) and body as received.
func Response(url, status, header string, body []byte) crawler.Exchange {
	resp := fmt.Sprintf("HTTP/1.1 %s\r\n%sContent-Length: %d\r\n\r\n", status, header, len(body))
	return crawler.Exchange{
		URL:      url,
		Date:     time.Date(2024, 9, 2, 8, 0, 0, 0, time.UTC),
		IP:       "192.0.2.1",
		Request:  []byte("GET / HTTP/1.1\r\nHost: example.org\r\n\r\n"),
		Response: append([]byte(resp), body...),
		Payload:  body,
	}
}

// Write writes the exchanges to dir/name with crawler.WARCWriter (a gzip
// member per record, a warcinfo record first) and returns the file and the
// offset of each response record.
func Write(t testing.TB, dir, name string, xs ...crawler.Exchange) (string, []int64) {
	t.Helper()
	tmp := t.TempDir()
	ww, err := crawler.NewWARCWriter(tmp, "fixture", 0, map[string]string{"software": "warctest"})
	if err != nil {
		t.Fatal(err)
	}
	var offsets []int64
	for _, x := range xs {
		_, off, err := ww.Write(x)
		if err != nil {
			t.Fatal(err)
		}
		offsets = append(offsets, off)
	}
	if err := ww.Close(); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(tmp, "*.warc.gz"))
	if len(files) != 1 {
		t.Fatalf("warctest: %d files written", len(files))
	}
	path := filepath.Join(dir, name)
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, offsets
}

// Plain returns the uncompressed bytes of a gzip WARC.
func Plain(t testing.TB, gz []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(zr) // every member, one after another
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// OneStream returns a gzip WARC compressed again as one gzip stream
// holding every record, as `gzip file.warc` makes it.
func OneStream(t testing.TB, gz []byte) []byte {
	t.Helper()
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	zw.Write(Plain(t, gz))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// Corrupt returns b with n bytes from off replaced by others.
func Corrupt(b []byte, off, n int) []byte {
	c := bytes.Clone(b)
	for i := off; i < off+n && i < len(c); i++ {
		c[i] ^= 0x5a
	}
	return c
}
