package crawler

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"testing"
	"time"
)

// TestPacingOnTheWire crawls a host with a Crawl-delay whose articles are
// reached through two redirect hops, one of them failing once: the
// server's own request log shows every request (robots.txt, list, hops,
// retry) at least a Crawl-delay after the one before.
func TestPacingOnTheWire(t *testing.T) {
	const delay = 150 * time.Millisecond
	s := newTestSite(t)
	s.robots = "User-agent: *\nCrawl-delay: 0.15\n"
	var items []string
	var mu sync.Mutex
	failed := false
	for i := 0; i < 3; i++ {
		final := fmt.Sprintf("/news/t20240901_%d.html", i)
		hop1, hop2 := fmt.Sprintf("/go/%d", i), fmt.Sprintf("/go2/%d", i)
		s.pages[final] = article("质量月", fmt.Sprint(i))
		s.handlers[hop1] = func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, hop2, http.StatusFound) }
		s.handlers[hop2] = func(w http.ResponseWriter, r *http.Request) {
			mu.Lock()
			first := i == 1 && !failed
			failed = failed || i == 1
			mu.Unlock()
			if first {
				http.Error(w, "busy", http.StatusServiceUnavailable)
				return
			}
			http.Redirect(w, r, final, http.StatusMovedPermanently)
		}
		items = append(items, hop1, fmt.Sprintf("质量月活动第%d篇", i), "2024-09-01")
	}
	s.pages["/news/index.html"] = listPage(1, 0, items...)
	crawlFourAtOnce(t, s, testConfig(), 3)
	s.mu.Lock()
	defer s.mu.Unlock()
	// robots.txt, the list, three times two hops and the article, and the
	// retry of the chain whose second hop failed
	if len(s.times) != 13 {
		t.Fatalf("%d requests, want 13", len(s.times))
	}
	for i := 1; i < len(s.times); i++ {
		if gap := s.times[i].Sub(s.times[i-1]); gap < delay*95/100 {
			t.Errorf("request %d came %v after the one before; Crawl-delay is %v", i, gap, delay)
		}
	}
}

// TestPacerSpacesFromAnEarlierRequest: a request recorded by an earlier
// run holds the next one off for the host's interval.
func TestPacerSpacesFromAnEarlierRequest(t *testing.T) {
	p := newWirePacer(200 * time.Millisecond)
	p.sentAt("x.cn", time.Now())
	start := time.Now()
	p.wait(context.Background(), "x.cn")
	if d := time.Since(start); d < 190*time.Millisecond {
		t.Fatalf("waited %v after a request just made", d)
	}
	start = time.Now()
	p.wait(context.Background(), "y.cn")
	if d := time.Since(start); d > 50*time.Millisecond {
		t.Fatalf("another host waited %v", d)
	}
}

// TestPaceWaitOutsideTimeout: a request waiting for its host's turn on the
// wire is not yet sent, so the wait does not count against its timeout.
// Four articles reached through a redirect each, fetched four at once from
// a host with a Crawl-delay of 150 ms: a hop can wait 450 ms for its turn,
// longer than the 300 ms timeout, and must still go through at the first
// try.
func TestPaceWaitOutsideTimeout(t *testing.T) {
	s := newTestSite(t)
	s.robots = "User-agent: *\nCrawl-delay: 0.15\n"
	var items []string
	for i := 0; i < 4; i++ {
		final, hop := fmt.Sprintf("/news/t20240901_%d.html", i), fmt.Sprintf("/go/%d", i)
		s.pages[final] = article("质量月", fmt.Sprint(i))
		s.handlers[hop] = func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, final, http.StatusFound) }
		items = append(items, hop, fmt.Sprintf("质量月活动第%d篇", i), "2024-09-01")
	}
	s.pages["/news/index.html"] = listPage(1, 0, items...)
	cfg := testConfig()
	cfg.Timeout = Duration{300 * time.Millisecond}
	crawlFourAtOnce(t, s, cfg, 4)
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.times) != 10 { // robots.txt, the list, four hops and four articles: no retry
		t.Fatalf("%d requests, want 10 (a request timed out waiting for its turn?)", len(s.times))
	}
}

// crawlFourAtOnce crawls s from its list page with four workers and four
// requests in flight to the host, and checks that want articles are stored.
func crawlFourAtOnce(t *testing.T, s *testSite, cfg Config, want int) {
	t.Helper()
	cfg.Workers, cfg.HostParallel = 4, 4
	src := Sources{Crawl: cfg, Sites: []Site{{Name: "s", Start: []string{s.URL + "/news/index.html"}, Parallel: 4}}}
	sink := newMemorySink()
	c, _ := New(src, NewMemoryFrontier(), sink, nil, Options{})
	if _, err := c.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := len(sink.urls()); n != want {
		t.Fatalf("%d articles stored, want %d", n, want)
	}
}
