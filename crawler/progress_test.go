package crawler

import (
	"context"
	"strings"
	"testing"
)

// TestProgress crawls a small site and checks the snapshot a display reads:
// totals and one line per host.
func TestProgress(t *testing.T) {
	s := newTestSite(t)
	s.pages["/news/index.html"] = listPage(1, 0, "/news/t20240901_1.html", "质量月活动启动仪式", "2024-09-01")
	s.pages["/news/t20240901_1.html"] = article("质量月", "x")
	cfg := testConfig()
	cfg.HostRate = 10
	src := Sources{Crawl: cfg, Sites: []Site{{Name: "s", Start: []string{s.URL + "/news/index.html"}}}}
	c, _ := New(src, NewMemoryFrontier(), newMemorySink(), nil, Options{})
	if _, err := c.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	p := c.Progress()
	host := strings.TrimPrefix(s.URL, "http://")
	if p.Requests < 2 || p.Stored < 1 || len(p.Hosts) != 1 || p.Hosts[0].Host != host || p.Hosts[0].Done < 2 {
		t.Errorf("progress %+v", p)
	}
}
