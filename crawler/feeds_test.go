package crawler

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"sort"
	"sync/atomic"
	"testing"
	"time"
)

// TestCrawlFeedAndSitemap discovers articles from an RSS feed and from a
// sitemap index whose child is gzipped, with the date window applied to
// the feed's and the sitemap's dates.
func TestCrawlFeedAndSitemap(t *testing.T) {
	s := newTestSite(t)
	s.handlers["/rss.xml"] = func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>动态</title>
<item><title>质量月启动</title><link>%s/f/1.html</link><pubDate>Sun, 01 Sep 2024 08:00:00 +0800</pubDate></item>
<item><title>质量月旧闻</title><link>%s/f/old.html</link><pubDate>Fri, 01 Sep 2017 08:00:00 +0800</pubDate></item>
</channel></rss>`, s.URL, s.URL)
	}
	s.handlers["/sitemap.xml"] = func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<sitemapindex><sitemap><loc>%s/sm/news.xml.gz</loc></sitemap></sitemapindex>`, s.URL)
	}
	s.handlers["/sm/news.xml.gz"] = func(w http.ResponseWriter, r *http.Request) {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		fmt.Fprintf(zw, `<urlset><url><loc>%s/s/1.html</loc><lastmod>2024-09-02</lastmod></url>
<url><loc>%s/s/2.html</loc><lastmod>2016-01-01</lastmod></url></urlset>`, s.URL, s.URL)
		zw.Close()
		w.Header().Set("Content-Type", "application/x-gzip")
		w.Write(b.Bytes())
	}
	for _, p := range []string{"/f/1.html", "/f/old.html", "/s/1.html", "/s/2.html"} {
		s.pages[p] = article("质量月", p)
	}
	site := Site{Name: "s", Feeds: []string{s.URL + "/rss.xml"}, Sitemaps: []string{s.URL + "/sitemap.xml"}, Since: "2020-01-01"}
	if err := site.check(); err != nil {
		t.Fatal(err)
	}
	sink := newMemorySink()
	c, _ := New(Sources{Crawl: testConfig(), Sites: []Site{site}}, NewMemoryFrontier(), sink, nil, Options{})
	sum, err := c.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	got := sink.urls()
	if len(got) != 2 || !got[s.URL+"/f/1.html"] || !got[s.URL+"/s/1.html"] || sum.Skipped[ReasonDateWindow] != 2 || sum.Lists != 3 {
		t.Errorf("stored %v, summary %+v", got, sum)
	}
}

// TestParallelAndGlobalLimits checks on the server side that a host never
// sees more requests in flight than its parallel setting, and that the
// global rate holds over all hosts.
func TestParallelAndGlobalLimits(t *testing.T) {
	var sites []Site
	var servers []*testSite
	peaks := make([]atomic.Int64, 3)
	for h := 0; h < 3; h++ {
		s := newTestSite(t)
		var inflight atomic.Int64
		peak := &peaks[h]
		items := []string{}
		for i := 0; i < 8; i++ {
			p := fmt.Sprintf("/news/t20240901_%d.html", i)
			s.handlers[p] = func(w http.ResponseWriter, r *http.Request) {
				n := inflight.Add(1)
				defer inflight.Add(-1)
				for old := peak.Load(); n > old && !peak.CompareAndSwap(old, n); old = peak.Load() {
				}
				time.Sleep(30 * time.Millisecond)
				fmt.Fprint(w, article("质量月", r.URL.Path))
			}
			items = append(items, p, fmt.Sprintf("质量月活动第%d篇", i), "2024-09-01")
		}
		s.pages["/news/index.html"] = listPage(1, 0, items...)
		servers = append(servers, s)
		site := Site{Name: fmt.Sprint(h), Start: []string{s.URL + "/news/index.html"}, Parallel: 2}
		if err := site.check(); err != nil {
			t.Fatal(err)
		}
		sites = append(sites, site)
	}
	cfg := testConfig()
	cfg.GlobalRate = 40
	c, _ := New(Sources{Crawl: cfg, Sites: sites}, NewMemoryFrontier(), newMemorySink(), nil, Options{})
	sum, err := c.Run(context.Background())
	if err != nil || sum.New != 24 {
		t.Fatalf("%+v %v", sum, err)
	}
	for h := range peaks {
		if p := peaks[h].Load(); p > 2 {
			t.Errorf("host %d: peak of %d requests in flight, over parallel = 2", h, p)
		}
	}
	var times []time.Time
	for _, s := range servers {
		s.mu.Lock()
		times = append(times, s.times...)
		s.mu.Unlock()
	}
	sort.Slice(times, func(i, j int) bool { return times[i].Before(times[j]) })
	n := len(times) // 3 × (robots.txt + list + 8 articles) = 30
	if rate := float64(n-1) / times[n-1].Sub(times[0]).Seconds(); n != 30 || rate > 40*1.1 {
		t.Errorf("%d requests at %.1f/s: over the global 40/s", n, rate)
	}
}
