package crawler

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestCrawlDelaySlowsHost checks that robots.txt's Crawl-delay overrides a
// faster configured rate, measured on the server.
func TestCrawlDelaySlowsHost(t *testing.T) {
	s := newTestSite(t)
	s.robots = "User-agent: *\nCrawl-delay: 0.15\n"
	items := []string{}
	for i := 0; i < 5; i++ {
		p := fmt.Sprintf("/news/t20240901_%d.html", i)
		s.pages[p] = article("质量月", "x")
		items = append(items, p, fmt.Sprintf("质量月活动第%d篇", i), "2024-09-01")
	}
	s.pages["/news/index.html"] = listPage(1, 0, items...)
	src := Sources{Crawl: testConfig(), Sites: []Site{{Name: "s", Start: []string{s.URL + "/news/index.html"}}}}
	c, _ := New(src, NewMemoryFrontier(), newMemorySink(), nil, Options{})
	if _, err := c.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.times) != 7 {
		t.Fatalf("%d requests, want 7", len(s.times))
	}
	// Six intervals of 150ms (robots.txt, the list, five articles); a
	// single gap may look shorter when the request before it arrived late.
	// (robots.txt itself may arrive late while its connection opens).
	if span := s.times[6].Sub(s.times[1]); span < 5*150*time.Millisecond*95/100 {
		t.Errorf("6 requests within %v; Crawl-delay 150ms allows no less than 750ms", span)
	}
}

// TestFailingHostIsPaused checks that a host answering 500 to everything
// is paused and then given up for the run, instead of being hammered.
func TestFailingHostIsPaused(t *testing.T) {
	s := newTestSite(t)
	items := []string{}
	for i := 0; i < 30; i++ {
		p := fmt.Sprintf("/news/t20240901_%d.html", i)
		s.handlers[p] = func(w http.ResponseWriter, r *http.Request) { http.Error(w, "down", 500) }
		items = append(items, p, fmt.Sprintf("质量月活动第%d篇", i), "2024-09-01")
	}
	s.pages["/news/index.html"] = listPage(1, 0, items...)
	cfg := testConfig()
	cfg.HostFailures, cfg.HostPause, cfg.MaxTries = 3, Duration{100 * time.Millisecond}, 3
	src := Sources{Crawl: cfg, Sites: []Site{{Name: "s", Start: []string{s.URL + "/news/index.html"}}}}
	front := NewMemoryFrontier()
	c, _ := New(src, front, newMemorySink(), nil, Options{})
	start := time.Now()
	sum, err := c.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	s.mu.Lock()
	requests := len(s.times)
	s.mu.Unlock()
	// robots, list, then 3 failures before each of three pauses: 11 requests
	// at most, where 30 URLs × 3 tries would have made 92.
	if requests > 12 {
		t.Errorf("%d requests to a failing host", requests)
	}
	if sum.Failed[ReasonHostGivenUp] < 25 || sum.FailedTotal() != 30 {
		t.Errorf("summary %+v", sum)
	}
	if d := time.Since(start); d < 300*time.Millisecond {
		t.Errorf("run took %v: the pauses (100ms, 200ms) were not kept", d)
	}
}

// TestDeadlineThenResume stops a run at its deadline and lets the next run
// finish it.
func TestDeadlineThenResume(t *testing.T) {
	s := newTestSite(t)
	items := []string{}
	for i := 0; i < 10; i++ {
		p := fmt.Sprintf("/news/t20240901_%d.html", i)
		s.pages[p] = article("质量月", fmt.Sprint(i))
		items = append(items, p, fmt.Sprintf("质量月活动第%d篇", i), "2024-09-01")
	}
	s.pages["/news/index.html"] = listPage(1, 0, items...)
	cfg := testConfig()
	cfg.HostRate, cfg.Deadline = 20, Duration{250 * time.Millisecond}
	src := Sources{Crawl: cfg, Sites: []Site{{Name: "s", Start: []string{s.URL + "/news/index.html"}}}}
	front, sink := NewMemoryFrontier(), newMemorySink()
	c, _ := New(src, front, sink, nil, Options{})
	sum, err := c.Run(context.Background())
	if err != nil || !sum.Stopped || len(sink.urls()) >= 10 {
		for _, e := range front.Entries() {
			t.Log(e.URL, e.State)
		}
		t.Fatalf("first run: %+v, %d stored, %v", sum, len(sink.urls()), err)
	}
	src.Crawl.Deadline = Duration{}
	c, _ = New(src, front, sink, nil, Options{})
	sum, err = c.Run(context.Background())
	if err != nil || sum.Stopped || len(sink.urls()) != 10 {
		t.Fatalf("second run: %+v, %d stored, %v", sum, len(sink.urls()), err)
	}
	if sink.puts > 11 {
		t.Errorf("%d puts for 10 pages", sink.puts)
	}
}

// TestRecheck fetches stored articles again conditionally: an edited one
// is stored again and counted changed, the others are unchanged.
func TestRecheck(t *testing.T) {
	s := newTestSite(t)
	items := []string{}
	for i := 0; i < 4; i++ {
		p := fmt.Sprintf("/news/t20240901_%d.html", i)
		s.pages[p] = article("质量月", fmt.Sprint(i))
		items = append(items, p, fmt.Sprintf("质量月活动第%d篇", i), "2024-09-01")
	}
	s.pages["/news/index.html"] = listPage(1, 0, items...)
	src := Sources{Crawl: testConfig(), Sites: []Site{{Name: "s", Start: []string{s.URL + "/news/index.html"}}}}
	front, sink := NewMemoryFrontier(), newMemorySink()
	c, _ := New(src, front, sink, nil, Options{})
	if sum, err := c.Run(context.Background()); err != nil || sum.New != 4 {
		t.Fatalf("first run %+v %v", sum, err)
	}
	s.mu.Lock()
	s.pages["/news/t20240901_2.html"] = article("质量月", "更正后的正文")
	s.mu.Unlock()
	c, _ = New(src, front, sink, nil, Options{Recheck: true})
	sum, err := c.Run(context.Background())
	if err != nil || sum.Changed != 1 || sum.Unchanged != 4 || sum.New != 0 {
		t.Fatalf("recheck run %+v %v", sum, err)
	}
	if !strings.Contains(string(sink.pages[s.URL+"/news/t20240901_2.html"].Body), "更正后") || sink.puts != 5 {
		t.Errorf("edited page not stored again (%d puts)", sink.puts)
	}
}

// TestPrivateHostFailsAtOnce crawls a loopback site without allow_private:
// every URL fails as forbidden-address, with no retries and no request.
func TestPrivateHostFailsAtOnce(t *testing.T) {
	s := newTestSite(t)
	s.pages["/news/index.html"] = listPage(1, 0)
	cfg := testConfig()
	cfg.AllowPrivate = false
	src := Sources{Crawl: cfg, Sites: []Site{{Name: "s", Start: []string{s.URL + "/news/index.html"}}}}
	c, _ := New(src, NewMemoryFrontier(), newMemorySink(), nil, Options{})
	sum, err := c.Run(context.Background())
	if err != nil || sum.Failed[ReasonForbiddenAddr] != 1 || len(s.times) != 0 {
		t.Fatalf("%+v %v, %d requests", sum, err, len(s.times))
	}
}
