package crawler

import (
	"context"
	"testing"
)

// TestPermalinkArticles: article URLs ending in a slash (WordPress
// permalinks) are crawled when the site's pattern names them, and are still
// taken for index pages without one.
func TestPermalinkArticles(t *testing.T) {
	s := newTestSite(t)
	s.pages["/news/index.html"] = listPage(1, 0,
		"/2024/09/01/quality-month/", "质量月活动启动仪式在城关广场举行", "2024-09-01",
		"/category/news/", "新闻", "")
	s.pages["/2024/09/01/quality-month/"] = article("质量月活动启动仪式", "九月一日，质量月活动启动。")
	s.pages["/category/news/"] = listPage(1, 0)
	for _, tt := range []struct {
		pattern string
		want    bool
	}{{`/\d{4}/\d{2}/\d{2}/[^/]+/$`, true}, {"", false}} {
		cfg := testConfig()
		site := Site{Name: "wp", Start: []string{s.URL + "/news/index.html"}, Articles: "ul.list", Pattern: tt.pattern}
		sink := newMemorySink()
		c, err := New(Sources{Crawl: cfg, Sites: []Site{site}}, NewMemoryFrontier(), sink, nil, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.Run(context.Background()); err != nil {
			t.Fatal(err)
		}
		got := sink.urls()
		if got[s.URL+"/2024/09/01/quality-month/"] != tt.want || got[s.URL+"/category/news/"] {
			t.Errorf("pattern %q: stored %v", tt.pattern, got)
		}
	}
}
