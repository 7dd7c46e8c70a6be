package crawler

import (
	"bytes"
	"compress/gzip"
	"net/url"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func TestExtractLinks(t *testing.T) {
	base, _ := url.Parse("http://x.gov.cn/zwdt/index.html")
	html := `<html><head><base href="http://x.gov.cn/zwdt/"></head><body>
<div class="nav"><a href="/">首页</a></div>
<ul class="list">
<li><a href="./202409/t20240902_11.html" title="质量月">质量月活动启动仪式</a><span>2024-09-02</span></li>
<li><a href="./202409/t20240903_12.html#x">全县开展质量月宣传</a></li>
<li><a href="javascript:void(0)">打印</a></li>
<li><a href="./202409/t20240902_11.html">重复</a></li>
</ul><a href="index_1.html">下一页</a></body></html>`
	links := ExtractLinks(html, base, "ul.list")
	if len(links) != 2 {
		t.Fatalf("links %+v", links)
	}
	if links[0].URL != "http://x.gov.cn/zwdt/202409/t20240902_11.html" || links[0].Date != "2024-09-02" || links[0].Text != "质量月活动启动仪式" {
		t.Errorf("first link %+v", links[0])
	}
	if links[1].Date != "2024-09-03" { // from the URL
		t.Errorf("date from URL: %+v", links[1])
	}
	if !LooksLikeArticle(links[0]) || LooksLikeArticle(Link{URL: "http://x.gov.cn/zwdt/index_1.html", Text: "第二页的新闻列表"}) {
		t.Error("LooksLikeArticle")
	}
	if next := NextLinks(html, base, ""); len(next) != 1 || next[0] != "http://x.gov.cn/zwdt/index_1.html" {
		t.Errorf("next %v", next)
	}
}

func TestPagination(t *testing.T) {
	if n := PageCount(`<script>createPageHTML(12, 0, "index", "html");</script>`); n != 12 {
		t.Errorf("PageCount = %d", n)
	}
	if n := PageCount(`var countPage = 7//共多少页`); n != 7 {
		t.Errorf("countPage = %d", n)
	}
	for _, tt := range []struct {
		start, tmpl string
		n           int
		want        string
	}{
		{"http://x.cn/news/index.html", "index_{n}.html", 2, "http://x.cn/news/index_2.html"},
		{"http://x.cn/news/", "index_{n}.html", 1, "http://x.cn/news/index_1.html"},
		{"http://x.cn/list?cat=3&page=1", "?page={n}", 2, "http://x.cn/list?cat=3&page=2"},
	} {
		if got, err := PageURL(tt.start, tt.tmpl, tt.n); err != nil || got != tt.want {
			t.Errorf("PageURL(%q, %q, %d) = %q, %v", tt.start, tt.tmpl, tt.n, got, err)
		}
	}
}

func TestPageText(t *testing.T) {
	page := `<html><head><meta charset="gb2312"></head><body>质量月</body></html>`
	gbk, _ := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(page))
	for _, tt := range []struct {
		name  string
		raw   []byte
		ct    string
		force string
	}{
		{"gbk with lying header", gbk, "text/html; charset=utf-8", ""},
		{"gbk without meta or header", bytes.Replace(gbk, []byte("gb2312"), []byte("xxxxxx"), 1), "", ""},
		{"utf-8 with lying meta", []byte(page), "text/html; charset=gbk", ""},
		{"forced", gbk, "", "gbk"},
	} {
		if got := pageText(tt.raw, tt.ct, tt.force); !strings.Contains(got, "质量月") {
			t.Errorf("%s: %q", tt.name, got)
		}
	}
}

func TestParseSitemapAndFeed(t *testing.T) {
	base, _ := url.Parse("http://x.cn/sitemap.xml")
	xml := `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>http://x.cn/a.html?b=1&amp;a=2</loc><lastmod>2024-09-01T08:00:00+08:00</lastmod></url><url><loc>/b.html</loc></url></urlset>`
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(xml))
	zw.Close()
	for _, body := range [][]byte{[]byte(xml), gz.Bytes()} {
		sm, err := ParseSitemap(body, base, 1<<20)
		if err != nil || len(sm.Pages) != 2 || sm.Pages[0].URL != "http://x.cn/a.html?a=2&b=1" || sm.Pages[0].Date != "2024-09-01" {
			t.Errorf("sitemap: %+v %v", sm, err)
		}
	}
	idx := `<sitemapindex><sitemap><loc>http://x.cn/s1.xml.gz</loc></sitemap></sitemapindex>`
	if sm, err := ParseSitemap([]byte(idx), base, 1<<20); err != nil || len(sm.Children) != 1 {
		t.Errorf("index: %+v %v", sm, err)
	}
	if _, err := ParseSitemap(gzipBomb(4<<20), base, 1<<20); err == nil {
		t.Error("sitemap gzip bomb accepted")
	}
	rss := `<rss version="2.0"><channel><title>t</title><item><title>质量月启动</title><link>http://x.cn/n/1.html</link>
<pubDate>Mon, 02 Sep 2024 07:30:00 +0800</pubDate></item></channel></rss>`
	links, err := ParseFeed([]byte(rss), base)
	if err != nil || len(links) != 1 || links[0].Date != "2024-09-02" || links[0].Text != "质量月启动" {
		t.Errorf("feed: %+v %v", links, err)
	}
}

func TestRobots(t *testing.T) {
	r := ParseRobots(200, []byte("User-agent: *\nDisallow: /private/\nCrawl-delay: 2.5\n\nUser-agent: ccorpus\nDisallow: /nobots/\nCrawl-delay: 3\n"), "ccorpus/1.0 (+mailto:x)")
	if r.Allowed("http://x.cn/nobots/a") || !r.Allowed("http://x.cn/private/a") || r.CrawlDelay() != 3*time.Second {
		t.Errorf("own group not used: delay %v", r.CrawlDelay())
	}
	if ParseRobots(404, nil, "a").Allowed("http://x.cn/") == false {
		t.Error("404 robots should allow")
	}
	if ParseRobots(503, nil, "a").Allowed("http://x.cn/") {
		t.Error("503 robots should disallow")
	}
}

func FuzzExtractLinks(f *testing.F) {
	f.Add(`<ul><li><a href="/a/t20240901_1.html">质量月</a> 2024-09-01</li></ul><a href="index_1.html">下一页</a>`)
	f.Add(`<base href="//x"><a href=" http://[::1]:0/%zz#">x</a><a href="?utm_a=1">`)
	base, _ := url.Parse("http://x.gov.cn/news/index.html")
	f.Fuzz(func(t *testing.T, html string) {
		for _, l := range append(ExtractLinks(html, base, ""), ExtractLinks(html, base, "ul")...) {
			if c, err := Canonicalize(l.URL); err != nil || c != l.URL {
				t.Fatalf("link %q not canonical (%q, %v)", l.URL, c, err)
			}
			if l.Date != "" && len(l.Date) != 10 {
				t.Fatalf("bad date %q", l.Date)
			}
		}
		PageCount(html)
		NextLinks(html, base, "")
	})
}

func FuzzParseSitemap(f *testing.F) {
	f.Add([]byte(`<urlset><url><loc>http://x.cn/a</loc><lastmod>2024-01-02</lastmod></url></urlset>`))
	f.Add([]byte(`<sitemapindex><sitemap><loc>/s.xml</loc></sitemap></sitemapindex>`))
	f.Add(gzipBomb(1 << 10))
	base, _ := url.Parse("http://x.cn/sitemap.xml")
	f.Fuzz(func(t *testing.T, body []byte) {
		sm, err := ParseSitemap(body, base, 1<<16)
		if err != nil {
			return
		}
		for _, p := range sm.Pages {
			if c, err := Canonicalize(p.URL); err != nil || c != p.URL {
				t.Fatalf("page %q not canonical", p.URL)
			}
		}
	})
}

func FuzzParseRobots(f *testing.F) {
	f.Add([]byte("User-agent: *\nDisallow: /a\nAllow: /a/b\nCrawl-delay: 1.5\n"))
	f.Add([]byte("User-agent: ccorpus\nDisallow: /\nCrawl-delay: -1\n"))
	f.Fuzz(func(t *testing.T, body []byte) {
		r := ParseRobots(200, body, "ccorpus/1.0")
		r.Allowed("http://x.cn/a/b?c=d")
		if r.CrawlDelay() < 0 {
			t.Fatalf("negative crawl delay")
		}
	})
}

func TestIsPagerLink(t *testing.T) {
	for _, tt := range []struct {
		l    Link
		want bool
	}{
		{Link{URL: "http://x.cn/news/index_1.html", Text: "2"}, true},
		{Link{URL: "http://x.cn/news/list.jsp?page=3", Text: "3"}, true},
		{Link{URL: "http://x.cn/news/p.html?page=3", Text: "尾页"}, true},
		{Link{URL: "http://x.cn/news/p.html?page=2", Text: "下一页"}, true},
		{Link{URL: "http://x.cn/news/t20240901_1.html", Text: "2024年质量月活动启动"}, false},
		{Link{URL: "http://x.cn/news/t20240901_2.html", Text: ""}, false},
	} {
		if got := isPagerLink(tt.l); got != tt.want {
			t.Errorf("isPagerLink(%+v) = %v", tt.l, got)
		}
	}
}

func FuzzParseFeed(f *testing.F) {
	f.Add([]byte(`<rss version="2.0"><channel><item><title>质量月</title><link>/n/1.html</link><pubDate>Mon, 02 Sep 2024 07:30:00 +0800</pubDate></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>t</title><link href="http://x.cn/a"/><updated>2024-09-01T00:00:00Z</updated></entry></feed>`))
	base, _ := url.Parse("http://x.cn/rss.xml")
	f.Fuzz(func(t *testing.T, body []byte) {
		links, err := ParseFeed(body, base)
		if err != nil {
			return
		}
		for _, l := range links {
			if c, err := Canonicalize(l.URL); err != nil || c != l.URL {
				t.Fatalf("link %q not canonical", l.URL)
			}
		}
	})
}
