package crawler

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFetchRefusesPrivateAddresses(t *testing.T) {
	s := newTestSite(t)
	s.pages["/a.html"] = article("质量月", "x")
	cfg := testConfig()
	cfg.AllowPrivate = false
	_, err := NewFetcher(cfg, nil).Fetch(context.Background(), Request{URL: s.URL + "/a.html"}, nil)
	var fe *FetchError
	if !errors.As(err, &fe) || fe.Reason != ReasonForbiddenAddr || fe.Transient {
		t.Fatalf("loopback fetch: %v", err)
	}
	if s.hit("/a.html") != 0 {
		t.Fatal("request reached the server")
	}
}

func TestFetchConditional(t *testing.T) {
	s := newTestSite(t)
	s.pages["/a.html"] = article("质量月", "x")
	f := NewFetcher(testConfig(), nil)
	resp, err := f.Fetch(context.Background(), Request{URL: s.URL + "/a.html"}, nil)
	if err != nil || resp.Status != 200 {
		t.Fatal(resp, err)
	}
	again, err := f.Fetch(context.Background(), Request{URL: s.URL + "/a.html", ETag: resp.Header.Get("ETag")}, nil)
	if err != nil || again.Status != 304 {
		t.Fatalf("conditional fetch: %v %v", again.Status, err)
	}
}

// TestReadWARCTruncated reads a WARC whose last record was cut off, as a
// killed crawl leaves it: the complete records before it are read.
func TestReadWARCTruncated(t *testing.T) {
	s := newTestSite(t)
	s.pages["/a.html"] = article("质量月一", "x")
	s.pages["/b.html"] = article("质量月二", "y")
	dir := t.TempDir()
	ww, _ := NewWARCWriter(dir, "t", 0, nil)
	f := NewFetcher(testConfig(), ww)
	for _, p := range []string{"/a.html", "/b.html"} {
		if _, err := f.Fetch(context.Background(), Request{URL: s.URL + p}, nil); err != nil {
			t.Fatal(err)
		}
	}
	ww.Close()
	files, _ := filepath.Glob(filepath.Join(dir, "*.warc.gz"))
	data, _ := os.ReadFile(files[0])
	var urls []string
	read := func(b []byte) (WARCReport, error) {
		urls = nil
		return ReadWARC(context.Background(), bytes.NewReader(b), "x.warc.gz", func(p Fetched) error {
			urls = append(urls, p.URL)
			return nil
		})
	}
	if rep, err := read(data); err != nil || len(urls) != 2 || len(rep.Lost) != 0 {
		t.Fatalf("whole file: %v %v %+v", urls, err, rep.Lost)
	}
	if rep, err := read(data[:len(data)-40]); err != nil || len(urls) != 1 || len(rep.Lost) != 1 {
		t.Fatalf("truncated file: %v %v %+v", urls, err, rep.Lost)
	}
}

// TestOpenWARC indexes a crawl's WARC and reads its pages back by offset.
func TestOpenWARC(t *testing.T) {
	s := newTestSite(t)
	s.pages["/a.html"] = article("质量月一", "x")
	s.pages["/b.html"] = article("质量月二", "y")
	s.handlers["/c.css"] = func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/css")
		w.Write([]byte("body{}"))
	}
	dir := t.TempDir()
	ww, _ := NewWARCWriter(dir, "t", 0, nil)
	f := NewFetcher(testConfig(), ww)
	for _, p := range []string{"/a.html", "/c.css", "/missing.html", "/b.html"} {
		f.Fetch(context.Background(), Request{URL: s.URL + p}, nil)
	}
	ww.Close()
	files, _ := filepath.Glob(filepath.Join(dir, "*.warc.gz"))
	wf, err := OpenWARC(context.Background(), files[0])
	if err != nil || wf.Len() != 2 {
		t.Fatalf("OpenWARC: %d pages, %v", wf.Len(), err)
	}
	p, err := wf.Page(1)
	if err != nil || p.URL != s.URL+"/b.html" || !bytes.Contains(p.Body, []byte("质量月二")) || !strings.HasPrefix(p.Source, files[0]+"#") {
		t.Fatalf("page 1: %+v %v", p.Source, err)
	}
}

// TestWARCNamesNeverCollide opens two writers in the same second.
func TestWARCNamesNeverCollide(t *testing.T) {
	dir := t.TempDir()
	for i := 0; i < 2; i++ {
		ww, err := NewWARCWriter(dir, "same", 0, nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := ww.Write(Exchange{URL: "http://x.cn/", Request: []byte("GET / HTTP/1.1\r\n\r\n")}); err != nil {
			t.Fatalf("writer %d: %v", i, err)
		}
		ww.Close()
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "*.warc.gz")); len(files) != 2 {
		t.Errorf("files %v", files)
	}
}

// FuzzReadWARC reads arbitrary bytes as a WARC: plain records, gzip
// members and damage of every kind. It never fails, and what it reports
// lies inside the file.
func FuzzReadWARC(f *testing.F) {
	rec := "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: http://x.cn/a\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n"
	http := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body>质量月</body></html>"
	one := fmt.Sprintf(rec, len(http), http)
	f.Add([]byte(one))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 5\r\n\r\nabc"))
	f.Add(gzipMembers(one, one))
	f.Add(gzipMembers(one + one))
	f.Add(append(gzipMembers(one), "garbage"...))
	f.Fuzz(func(t *testing.T, b []byte) {
		pages := 0
		rep, err := ReadWARC(context.Background(), bytes.NewReader(b), "f.warc", func(p Fetched) error {
			if len(p.Body) > maxWARCPage {
				t.Fatalf("page of %d bytes", len(p.Body))
			}
			pages++
			return nil
		})
		if err != nil {
			t.Fatalf("error %v", err)
		}
		if rep.Pages != pages || pages+len(rep.Refused) > rep.Records {
			t.Fatalf("report %+v for %d pages", rep, pages)
		}
		for _, l := range rep.Lost {
			if l.Offset < 0 || l.Offset > int64(len(b)) || l.Inner < 0 {
				t.Fatalf("loss %+v outside %d bytes", l, len(b))
			}
		}
	})
}

// gzipMembers compresses each part as its own gzip member.
func gzipMembers(parts ...string) []byte {
	var out bytes.Buffer
	for _, p := range parts {
		zw := gzip.NewWriter(&out)
		zw.Write([]byte(p))
		zw.Close()
	}
	return out.Bytes()
}

// TestCrawlRefusalSurvivesWARC: a body the server cut short is archived
// with WARC-Truncated, and reading the WARC back refuses it as the crawl did.
func TestCrawlRefusalSurvivesWARC(t *testing.T) {
	s := newTestSite(t)
	s.pages["/ok.html"] = article("质量月一", "x")
	s.handlers["/cut.html"] = func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", "5000")
		w.Write([]byte("<html><body><p>全市开展质量月"))
		w.(http.Flusher).Flush()
		conn, _, _ := w.(http.Hijacker).Hijack()
		conn.Close()
	}
	dir := t.TempDir()
	ww, _ := NewWARCWriter(dir, "t", 0, nil)
	f := NewFetcher(testConfig(), ww)
	for _, p := range []string{"/ok.html", "/cut.html"} {
		f.Fetch(context.Background(), Request{URL: s.URL + p}, nil)
	}
	ww.Close()
	files, _ := filepath.Glob(filepath.Join(dir, "*.warc.gz"))
	wf, err := OpenWARC(context.Background(), files[0])
	if err != nil || wf.Len() != 1 {
		t.Fatalf("OpenWARC: %d pages, %v", wf.Len(), err)
	}
	if r := wf.Report.Refused; len(r) != 1 || r[0].URL != s.URL+"/cut.html" || r[0].Reason != ReasonTruncated {
		t.Fatalf("refused %+v", r)
	}
}

// TestOpenPlainWARC reads an uncompressed WARC in the style of Common
// Crawl: warcinfo, request, a response whose payload was decoded but keeps
// its Content-Encoding header renamed, a revisit, and a non-HTML response.
func TestOpenPlainWARC(t *testing.T) {
	rec := func(typ, uri, ctype, block string) string {
		return fmt.Sprintf("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-09-02T01:02:03Z\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
			typ, uri, ctype, len(block), block)
	}
	page := "<html><head><title>质量月</title></head><body><p>全市开展质量月活动。</p></body></html>"
	var b strings.Builder
	b.WriteString(rec("warcinfo", "", "application/warc-fields", "software: test\r\n"))
	b.WriteString(rec("request", "http://x.gov.cn/a.html", "application/http; msgtype=request", "GET /a.html HTTP/1.1\r\nHost: x.gov.cn\r\n\r\n"))
	b.WriteString(rec("response", "http://x.gov.cn/a.html", "application/http; msgtype=response",
		"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\nX-Crawler-Content-Encoding: gzip\r\nContent-Length: "+fmt.Sprint(len(page))+"\r\n\r\n"+page))
	b.WriteString(rec("revisit", "http://x.gov.cn/a.html", "application/http; msgtype=response", "HTTP/1.1 200 OK\r\n\r\n"))
	b.WriteString(rec("response", "http://x.gov.cn/a.pdf", "application/http; msgtype=response", "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4"))
	path := filepath.Join(t.TempDir(), "cc.warc")
	os.WriteFile(path, []byte(b.String()), 0o644)
	wf, err := OpenWARC(context.Background(), path)
	if err != nil || wf.Len() != 1 {
		t.Fatalf("OpenWARC: %v, %d pages", err, wf.Len())
	}
	p, err := wf.Page(0)
	if err != nil || p.URL != "http://x.gov.cn/a.html" || string(p.Body) != page || p.FetchedAt.Year() != 2024 {
		t.Fatalf("page: %+v %v", p, err)
	}
}
