package crawler

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func misbehavingSite(t *testing.T) *testSite {
	s := newTestSite(t)
	s.misbehave()
	s.pages["/news/index.html"] = listPage(3, 0,
		"/news/a1.html", "2024年质量月活动启动", "2024-09-01",
		"./a2.html#comments", "质量月：企业开放日", "2024-09-03",
		"/news/art.html?id=1&x=2", "安全生产月宣传咨询日", "2024-06-16",
		"/news/art.html?x=2&id=1&utm_source=wx", "安全生产月宣传咨询日", "2024-06-16",
		"/private/p1.html", "质量月内部通知", "2024-09-05",
		"/bad/moved.html", "质量月（已迁移）", "2024-09-06",
	)
	s.pages["/news/index_1.html"] = listPage(3, 1,
		"/news/a3.html", "质量月知识竞赛", "2024年9月10日",
		"/news/off.html", "县领导调研春耕生产", "2024-09-11",
		"/bad/500.html", "质量月（服务器错误）", "2024-09-12",
		"/bad/flaky.html", "质量月（偶尔出错）", "2024-09-12",
		"/bad/429.html", "质量月（限流）", "2024-09-12",
		"/bad/hang.html", "质量月（超时）", "2024-09-12",
		"/bad/drip.html", "质量月（慢速）", "2024-09-12",
	)
	s.gbk["/news/index_1.html"] = true
	s.pages["/news/index_2.html"] = listPage(3, 2,
		"/news/a4.html", "质量月总结", "2024-09-30",
		"/news/old.html", "2019年质量月", "2019-09-01",
		"/bad/truncated.html", "质量月（截断）", "2024-09-12",
		"/bad/loop1.html", "质量月（重定向循环）", "2024-09-12",
		"/bad/bomb.html", "质量月（压缩炸弹）", "2024-09-12",
		"/bad/huge.html", "质量月（超大页面）", "2024-09-12",
		"/bad/challenge.html", "质量月（反爬虫）", "2024-09-12",
	)
	for _, p := range []string{"a1", "a2", "a4", "off", "old"} {
		s.pages["/news/"+p+".html"] = article("质量月 "+p, "正文 "+p)
	}
	s.pages["/news/art.html"] = article("安全生产月宣传咨询日", "正文")
	s.pages["/news/a3.html"] = article("质量月知识竞赛", "全县八个部门参加。")
	s.gbk["/news/a3.html"] = true
	s.pages["/private/p1.html"] = article("内部", "不应抓取")
	return s
}

func siteSources(s *testSite, extra func(*Site)) Sources {
	site := Site{Name: "county", Start: []string{s.URL + "/news/index.html"}, Articles: "ul.list",
		Keywords: "质量月|安全生产月", Since: "2020-01-01", Region: "某县"}
	if extra != nil {
		extra(&site)
	}
	src := Sources{Crawl: testConfig(), Sites: []Site{site}}
	src.Crawl.HostParallel = 4
	if err := src.Sites[0].check(); err != nil {
		panic(err)
	}
	return src
}

func TestCrawlMisbehavingSite(t *testing.T) {
	s := misbehavingSite(t)
	dir := t.TempDir()
	ww, err := NewWARCWriter(dir, "test", 0, map[string]string{"operator": "test"})
	if err != nil {
		t.Fatal(err)
	}
	front, sink := NewMemoryFrontier(), newMemorySink()
	c, err := New(siteSources(s, nil), front, sink, ww, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	start := time.Now()
	sum, err := c.Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("first run in %v", time.Since(start))
	ww.Close()

	u := func(p string) string { return s.URL + p }
	want := []string{u("/news/a1.html"), u("/news/a2.html"), u("/news/a3.html"), u("/news/a4.html"),
		u("/news/art.html?id=1&x=2"), u("/bad/flaky.html"), u("/bad/429.html"), u("/news/a1.html?from=moved")}
	got := sink.urls()
	for _, w := range want {
		if !got[w] {
			t.Errorf("not stored: %s", w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("stored %d pages, want %d: %v", len(got), len(want), got)
	}
	if sink.puts != len(want) {
		t.Errorf("%d puts for %d pages", sink.puts, len(want))
	}
	if p := sink.pages[u("/news/a3.html")]; !strings.Contains(p.ContentType(), "utf-8") || p.Status != 200 || len(p.Body) == 0 {
		t.Errorf("GBK page handed over as %q, status %d", p.ContentType(), p.Status)
	}

	reasons := map[string]string{}
	for _, f := range front.Log() {
		reasons[strings.TrimPrefix(f.URL, s.URL)] = f.Outcome + " " + f.Reason
	}
	for path, want := range map[string]string{
		"/bad/500.html":       "failed http-500",
		"/bad/hang.html":      "failed timeout",
		"/bad/drip.html":      "failed timeout",
		"/bad/truncated.html": "failed truncated",
		"/bad/loop1.html":     "failed redirect-loop",
		"/bad/bomb.html":      "failed inflated-too-large",
		"/bad/huge.html":      "failed too-large",
		"/bad/challenge.html": "blocked js-challenge",
		"/private/p1.html":    "skipped robots",
		"/news/off.html":      "skipped keywords",
		"/news/old.html":      "skipped date-window",
		"/bad/flaky.html":     "new ",
		"/bad/429.html":       "new ",
		"/news/index_2.html":  "new ",
	} {
		if reasons[path] != want {
			t.Errorf("%s: last log line %q, want %q", path, reasons[path], want)
		}
	}
	if n := s.hit("/bad/500.html"); n != 3 {
		t.Errorf("500 page fetched %d times, want 3 (max tries)", n)
	}
	if n := s.hit("/private/p1.html"); n != 0 {
		t.Errorf("robots-disallowed page fetched %d times", n)
	}
	if n := s.hit("/news/index_3.html"); n != 0 {
		t.Errorf("paged past the pager's count")
	}
	if sum.New != len(want) || sum.Failed["timeout"] != 2 || sum.Blocked["js-challenge"] != 1 || sum.Skipped["robots"] != 1 {
		t.Errorf("summary %+v", sum)
	}

	// The WARC holds every exchange and reads back as pages.
	files, _ := filepath.Glob(filepath.Join(dir, "*.warc.gz"))
	if len(files) != 1 {
		t.Fatalf("WARC files: %v", files)
	}
	pages := map[string]Fetched{}
	f, _ := os.Open(files[0])
	defer f.Close()
	if _, err := ReadWARC(ctx, f, files[0], func(p Fetched) error { pages[p.URL] = p; return nil }); err != nil {
		t.Fatal(err)
	}
	if p, ok := pages[u("/news/a3.html")]; !ok || string(p.Body) != string(sink.pages[u("/news/a3.html")].Body) {
		t.Errorf("a3 not in WARC as fetched (%d pages read)", len(pages))
	}

	// A second run fetches only what is new: list pages answer 304, done
	// articles are not fetched, failures are tried again.
	s.mu.Lock()
	s.pages["/news/index.html"] = strings.Replace(s.pages["/news/index.html"], `<ul class="list">`,
		`<ul class="list"><li><a href="/news/a5.html">质量月新稿</a><span>2024-10-01</span></li>`, 1)
	s.pages["/news/a5.html"] = article("质量月新稿", "新")
	s.mu.Unlock()
	c2, _ := New(siteSources(s, nil), front, sink, nil, Options{})
	sum2, err := c2.Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if sum2.New != 1 || !sink.urls()[u("/news/a5.html")] {
		t.Errorf("second run summary %+v", sum2)
	}
	if n := s.hit("/news/a1.html"); n != 1 {
		t.Errorf("done article fetched %d times", n)
	}
	// The first page had a new link, so the second was checked (304);
	// it had nothing new, so the third was not.
	if n := s.hit("/news/index_1.html"); n != 2 {
		t.Errorf("page 2 fetched %d times, want 2", n)
	}
	if n := s.hit("/news/index_2.html"); n != 1 {
		t.Errorf("page 3 fetched %d times, want 1", n)
	}
	if n := s.hit("/bad/500.html"); n != 6 {
		t.Errorf("failed page fetched %d times over two runs, want 6", n)
	}
}
