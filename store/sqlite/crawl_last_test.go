package sqlite

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/ccorpus/ccorpus/crawler"
)

type discardSink struct{}

func (discardSink) Put(context.Context, crawler.Fetched) error { return nil }

// TestRestartRespectsLastRequest: a crawl started right after another on
// the same database spaces its first request (robots.txt, before which the
// host's Crawl-delay is not known) by the host's configured interval from
// the previous run's last request, read from the fetch log, as the server
// sees it.
func TestRestartRespectsLastRequest(t *testing.T) {
	const delay = 250 * time.Millisecond // host_rate 4
	var mu sync.Mutex
	var times []time.Time
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		times = append(times, time.Now())
		mu.Unlock()
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nAllow: /\n")
		case "/news/index.html":
			fmt.Fprint(w, `<html><head><meta charset="utf-8"></head><body><ul><li><a href="/news/t20240901_1.html">质量月活动</a><span>2024-09-01</span></li></ul></body></html>`)
		default:
			fmt.Fprint(w, `<!DOCTYPE html><html><head><meta charset="utf-8"><title>质量月</title></head><body><p>质量月</p></body></html>`)
		}
	}))
	defer srv.Close()
	db := mustOpen(t)
	db.Now = time.Now
	src := crawler.Sources{
		Crawl: crawler.Config{UserAgent: "ccorpus-test/1.0", HostRate: 4, AllowPrivate: true,
			Timeout: crawler.Duration{Duration: 2 * time.Second}},
		Sites: []crawler.Site{{Name: "s", Start: []string{srv.URL + "/news/index.html"}}},
	}
	crawl := func() {
		c, err := crawler.New(src, db.CrawlFrontier(), discardSink{}, nil, crawler.Options{Recheck: true})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.Run(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	crawl()
	mu.Lock()
	first := len(times)
	mu.Unlock()
	if first < 3 {
		t.Fatalf("first run made %d requests", first)
	}
	crawl()
	mu.Lock()
	defer mu.Unlock()
	if len(times) <= first {
		t.Fatal("second run made no request")
	}
	if gap := times[first].Sub(times[first-1]); gap < delay*95/100 {
		t.Fatalf("the restarted crawl's first request came %v after the previous run's last; the host interval is %v", gap, delay)
	}
}
