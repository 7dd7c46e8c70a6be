package crawler

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// testSite is an httptest server that behaves like a county government news
// section and misbehaves on purpose on some URLs. It records every request.
type testSite struct {
	*httptest.Server
	mu       sync.Mutex
	hits     map[string]int
	times    []time.Time
	robots   string
	pages    map[string]string // path → HTML (UTF-8 unless in gbk)
	gbk      map[string]bool   // served GBK-encoded while the header claims UTF-8
	handlers map[string]http.HandlerFunc
}

func article(title, body string) string {
	return fmt.Sprintf(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head>
<body><div class="nav"><a href="/news/index.html">新闻</a></div><h1>%s</h1><div class="content"><p>%s</p></div></body></html>`, title, title, body)
}

func listPage(total, cur int, items ...string) string {
	var b strings.Builder
	b.WriteString(`<html><head><meta charset="utf-8"><title>工作动态</title></head><body><ul class="list">`)
	for i := 0; i+2 < len(items)+1; i += 3 {
		fmt.Fprintf(&b, `<li><a href="%s">%s</a><span>%s</span></li>`, items[i], items[i+1], items[i+2])
	}
	fmt.Fprintf(&b, `</ul><script>createPageHTML(%d, %d, "index", "html");</script></body></html>`, total, cur)
	return b.String()
}

func newTestSite(t testing.TB) *testSite {
	s := &testSite{
		hits:     map[string]int{},
		robots:   "User-agent: *\nDisallow: /private/\nCrawl-delay: 0.01\n",
		pages:    map[string]string{},
		gbk:      map[string]bool{},
		handlers: map[string]http.HandlerFunc{},
	}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

func (s *testSite) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.hits[r.URL.RequestURI()]++
	s.times = append(s.times, time.Now())
	h, hok := s.handlers[r.URL.Path]
	page, pok := s.pages[r.URL.Path]
	gbk := s.gbk[r.URL.Path]
	robots := s.robots
	s.mu.Unlock()
	switch {
	case r.URL.Path == "/robots.txt":
		fmt.Fprint(w, robots)
	case hok:
		h(w, r)
	case pok:
		body := []byte(page)
		if gbk {
			body, _ = simplifiedchinese.GBK.NewEncoder().Bytes([]byte(strings.Replace(page, `charset="utf-8"`, `charset="gbk"`, 1)))
		}
		etag := fmt.Sprintf(`"%x"`, len(body))
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "text/html; charset=utf-8") // a lie for GBK pages
		w.Write(body)
	default:
		http.NotFound(w, r)
	}
}

func (s *testSite) hit(uri string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[uri]
}

// misbehave installs the failure cases on paths under /bad/.
func (s *testSite) misbehave() {
	var flaky, limited int
	var mu sync.Mutex
	s.handlers["/bad/500.html"] = func(w http.ResponseWriter, r *http.Request) { http.Error(w, "oops", 500) }
	s.handlers["/bad/flaky.html"] = func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		flaky++
		n := flaky
		mu.Unlock()
		if n == 1 {
			http.Error(w, "busy", 502)
			return
		}
		fmt.Fprint(w, article("质量月活动在全县展开", "第二次才成功。"))
	}
	s.handlers["/bad/429.html"] = func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		limited++
		n := limited
		mu.Unlock()
		if n == 1 {
			w.Header().Set("Retry-After", "1")
			http.Error(w, "slow down", 429)
			return
		}
		fmt.Fprint(w, article("质量月限流之后", "等待之后成功。"))
	}
	s.handlers["/bad/hang.html"] = func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	}
	s.handlers["/bad/drip.html"] = func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for i := 0; i < 100; i++ {
			if _, err := w.Write([]byte("<p>质量月")); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
				return
			case <-time.After(50 * time.Millisecond):
			}
		}
	}
	s.handlers["/bad/truncated.html"] = func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "5000")
		w.Write([]byte("<html><body>质量月"))
		if hj, ok := w.(http.Hijacker); ok {
			conn, _, _ := hj.Hijack()
			conn.Close()
		}
	}
	s.handlers["/bad/loop1.html"] = func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/bad/loop2.html", 302) }
	s.handlers["/bad/loop2.html"] = func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/bad/loop1.html", 301) }
	s.handlers["/bad/moved.html"] = func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/news/a1.html?from=moved", 301) }
	bomb := gzipBomb(8 << 20)
	s.handlers["/bad/bomb.html"] = func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Type", "text/html")
		w.Write(bomb)
	}
	s.handlers["/bad/huge.html"] = func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := bytes.Repeat([]byte("<p>质量月</p>"), 1<<12)
		for sent := 0; sent < 100<<20; sent += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	}
	s.handlers["/bad/challenge.html"] = func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(521)
		fmt.Fprint(w, `<html><script>var x=3+4;document.cookie="__jsl_clearance="+x;location.reload()</script></html>`)
	}
}

// gzipBomb is n zero bytes gzipped (a few KB on the wire).
func gzipBomb(n int) []byte {
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	zw.Write(make([]byte, n))
	zw.Close()
	return b.Bytes()
}

// memorySink keeps pages by URL: a Put replaces (idempotent by URL).
type memorySink struct {
	mu    sync.Mutex
	pages map[string]Fetched
	puts  int
}

func newMemorySink() *memorySink { return &memorySink{pages: map[string]Fetched{}} }

func (m *memorySink) Put(ctx context.Context, p Fetched) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.pages[p.URL] = p
	m.puts++
	return nil
}

func (m *memorySink) urls() map[string]bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := map[string]bool{}
	for u := range m.pages {
		out[u] = true
	}
	return out
}

// testConfig is a fast, loopback-allowed configuration.
func testConfig() Config {
	return Config{
		UserAgent:    "ccorpus-test/1.0",
		Contact:      "mailto:test@example.org",
		HostRate:     500,
		Timeout:      Duration{time.Second},
		MaxBody:      1 << 20,
		MaxInflated:  2 << 20,
		MaxTries:     3,
		Backoff:      Duration{20 * time.Millisecond},
		MaxWait:      Duration{3 * time.Second},
		HostFailures: 100,
		HostPause:    Duration{50 * time.Millisecond},
		AllowPrivate: true,
	}
}
