// Package discovertest serves invented government sites, one per CMS
// family and shape, for the tests of discovery and of the commands that
// use it.
package discovertest

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// The invented sites are all served by one httptest server and told apart
// by the Host header (a client reaches them through crawl's resolve
// setting). Every page is made up here; each site knows its articles, so a
// test can count what a crawl of the discovered blocks finds.

// Site is one invented site.
type Site struct {
	Host     string
	Articles []string // every article URL
	robots   string
	pages    map[string]string // path?query → HTML
	redirect map[string]string // path → Location
	gbk      bool              // bodies GBK-encoded while the header says UTF-8
}

func (s *Site) add(path, html string) { s.pages[path] = html }

func (s *Site) article(path, title string, n int, container string) {
	s.Articles = append(s.Articles, "http://"+s.Host+path)
	s.add(path, articleHTML(title, n, container, s.gbk))
}

// Web is the server of every invented site.
type Web struct {
	*httptest.Server
	Sites map[string]*Site // by host name

	mu   sync.Mutex
	hits map[string]int
}

// Hits is the number of requests a host received.
func (w *Web) Hits(host string) int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.hits[host]
}

func (w *Web) ServeHTTP(rw http.ResponseWriter, r *http.Request) {
	host, _, _ := strings.Cut(r.Host, ":")
	w.mu.Lock()
	w.hits[host]++
	w.mu.Unlock()
	s := w.Sites[host]
	if s == nil {
		http.NotFound(rw, r)
		return
	}
	if r.URL.Path == "/robots.txt" {
		if s.robots == "" {
			http.NotFound(rw, r)
			return
		}
		fmt.Fprint(rw, s.robots)
		return
	}
	if to, ok := s.redirect[r.URL.Path]; ok {
		http.Redirect(rw, r, to, http.StatusFound)
		return
	}
	key := r.URL.Path
	if r.URL.RawQuery != "" {
		key += "?" + r.URL.RawQuery
	}
	body, ok := s.pages[key]
	if !ok {
		http.NotFound(rw, r)
		return
	}
	if strings.HasSuffix(r.URL.Path, ".xml") {
		rw.Header().Set("Content-Type", "application/xml")
		fmt.Fprint(rw, body)
		return
	}
	rw.Header().Set("Content-Type", "text/html; charset=utf-8")
	if s.gbk {
		b, err := simplifiedchinese.GBK.NewEncoder().String(body)
		if err != nil {
			http.Error(rw, err.Error(), 500)
			return
		}
		body = b
	}
	fmt.Fprint(rw, body)
}

// NewWeb serves every invented site until the test ends.
func NewWeb(t testing.TB) *Web {
	w := &Web{Sites: map[string]*Site{}, hits: map[string]int{}}
	for _, build := range []func() *Site{trsSite, hanwebSite, jiyueSite, wordpressSite, deepSite, sitemapSite, jsSite, gbkSite, redirectSite, blockedSite} {
		s := build()
		w.Sites[s.Host] = s
	}
	w.Server = httptest.NewServer(w)
	t.Cleanup(w.Close)
	return w
}

// Hosts are the names of the invented sites, sorted.
func (w *Web) Hosts() []string {
	var out []string
	for h := range w.Sites {
		out = append(out, h)
	}
	sort.Strings(out)
	return out
}

// Resolve maps every invented host (port 80) to the server, for crawl's resolve setting.
func (w *Web) Resolve() map[string]string {
	addr := strings.TrimPrefix(w.URL, "http://")
	m := map[string]string{}
	for _, h := range w.Hosts() {
		m[h+":80"] = addr
	}
	return m
}

func newSite(host string) *Site {
	return &Site{Host: host, robots: "User-agent: *\nDisallow: /admin/\n", pages: map[string]string{}, redirect: map[string]string{}}
}

var places = []string{"东城区", "西山县", "南湖镇", "北岭乡", "青河县", "白石区", "金沙镇", "云台县"}
var topics = []string{"质量月", "安全生产月", "食品安全宣传周", "消费者权益日", "特种设备安全", "计量宣传", "标准化工作", "知识产权宣传周"}

func title(n int) string {
	return fmt.Sprintf("%s开展%s主题活动第%d期", places[n%len(places)], topics[(n/3)%len(topics)], n)
}

func date(n int) string { return fmt.Sprintf("2024-09-%02d", n%28+1) }

// articleHTML is a press release: a header with navigation, the title, a
// date line, the body in container, a related list and a footer.
func articleHTML(t string, n int, container string, gbk bool) string {
	cs := "utf-8"
	if gbk {
		cs = "gbk"
	}
	var body strings.Builder
	for i := 0; i < 4; i++ {
		fmt.Fprintf(&body, "<p>%s月%d日，%s市场监管局会同应急管理局在辖区组织开展%s系列活动，围绕企业主体责任落实、隐患排查治理和群众满意度提升等重点工作，共检查生产经营单位%d家，发放宣传资料%d份，现场解答群众咨询%d人次，督促整改问题%d处。</p>",
			strconv.Itoa(9), (n+i)%28+1, places[(n+i)%len(places)], topics[(n/3+i)%len(topics)], 20+n%17+i, 300+n*7+i, 40+n%23, 3+(n+i)%9)
	}
	return fmt.Sprintf(`<!DOCTYPE html><html><head><meta charset="%s"><title>%s</title></head><body>
<div class="header"><div class="nav"><a href="/">首页</a><a href="/about.html">机构概况</a></div></div>
<div class="main"><h1>%s</h1><div class="info">发布时间：%s 来源：%s市场监管局</div>
%s%s</div>
<div class="related"><h3>相关阅读</h3><ul><li><a href="/about.html">机构职能介绍</a></li></ul></div></div>
<div class="footer">主办单位：某某市人民政府办公室 地址：某某市人民路1号</div></body></html>`,
		cs, t, t, date(n), places[n%len(places)], container, body.String()+"</div>")
}

// listHTML is a list page: navigation, the items, and a pager tail.
func listHTML(nav, heading string, items []string, tail string, gbk bool) string {
	cs := "utf-8"
	if gbk {
		cs = "gbk"
	}
	return fmt.Sprintf(`<!DOCTYPE html><html><head><meta charset="%s"><title>%s</title></head><body>
<div class="nav">%s</div><div class="crumb">当前位置：<a href="/">首页</a> &gt; %s</div>
<div class="list"><ul>%s</ul></div>%s
<div class="footer"><a href="/sitemap.html">网站地图</a><a href="/contact.html">联系我们</a></div></body></html>`,
		cs, heading, nav, heading, strings.Join(items, "\n"), tail)
}

func item(href string, n int) string {
	return fmt.Sprintf(`<li><a href="%s" target="_blank" title="%s">%s</a><span>%s</span></li>`, href, title(n), title(n), date(n))
}

func homeHTML(nav, extra string, gbk bool) string {
	cs := "utf-8"
	if gbk {
		cs = "gbk"
	}
	return fmt.Sprintf(`<!DOCTYPE html><html><head><meta charset="%s"><title>某某市人民政府</title></head><body>
<div class="header"><div class="nav">%s</div></div>
<div class="banner"><img src="/banner.jpg" alt="banner"></div>%s
<div class="footer"><a href="/sitemap.html">网站地图</a><a href="/contact.html">联系我们</a> 主办单位：某某市人民政府办公室</div></body></html>`, cs, nav, extra)
}

// paged splits n articles into pages of per.
func paged(n, per int) [][]int {
	var out [][]int
	for i := 0; i < n; i += per {
		var p []int
		for j := i; j < n && j < i+per; j++ {
			p = append(p, j)
		}
		out = append(out, p)
	}
	return out
}
