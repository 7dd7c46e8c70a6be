package discover

import (
	"regexp"
	"strings"
	"testing"

	"github.com/ccorpus/ccorpus/crawler"
)

func TestURLShape(t *testing.T) {
	for _, c := range []struct {
		url, want string
		numbered  bool
	}{
		{"http://a.gov.cn/xwzx/gzdt/202409/t20240915_123456.html", `/\d{6}/t\d{8}_\d+\.html$`, true},
		{"http://a.gov.cn/art/2024/9/15/art_1229_5678.html", `/\d{4}/\d{1,2}/\d{1,2}/art_\d+_\d+\.html$`, true},
		{"http://a.gov.cn/xwdt/content/post_4412.html", `/post_\d+\.html$`, true},
		{"http://a.gov.cn/gk/content_7412.htm", `/content_\d+\.htm$`, true},
		{"http://a.gov.cn/2024/09/15/some-slug.html", `/\d{4}/\d{1,2}/\d{1,2}/[^/]+\.html$`, true},
		{"http://a.gov.cn/zwdt/2024-09/15/88.html", `/\d{4}-\d+/\d{1,2}/\d+\.html$`, true},
		{"http://a.gov.cn/news/show.asp?id=17", `/[^/]+\.asp\?id=\d+$`, true},
		{"http://a.gov.cn/about/contact.html", `/[^/]+\.html$`, false},
		{"http://a.gov.cn/?p=12", `/\?p=\d+$`, true},
	} {
		got, num := urlShape(c.url)
		if got != c.want || num != c.numbered {
			t.Errorf("urlShape(%s) = %s %v, want %s %v", c.url, got, num, c.want, c.numbered)
			continue
		}
		if !regexp.MustCompile(got).MatchString(c.url) {
			t.Errorf("%s does not match its own shape %s", c.url, got)
		}
	}
}

func TestLearnShape(t *testing.T) {
	links := []crawler.Link{
		{URL: "http://a.gov.cn/gzdt/202409/t20240901_1.html", Text: "某某县开展质量月活动第一期"},
		{URL: "http://a.gov.cn/gzdt/202409/t20240902_2.html", Text: "某某县开展质量月活动第二期"},
		{URL: "http://a.gov.cn/gzdt/202408/t20240830_3.html", Text: "某某县开展质量月活动第三期"},
		{URL: "http://a.gov.cn/zt/2024/zlyzt.html", Text: "2024年质量月专题专栏入口"},
		{URL: "http://a.gov.cn/gzdt/index_1.html", Text: "下一页"},
		{URL: "http://a.gov.cn/about.html", Text: "关于"},
	}
	s, ok := learnShape(links, 3, true)
	if !ok || s.Pattern != `/\d{6}/t\d{8}_\d+\.html$` || s.Matched != 3 || s.Of != 4 || s.Family != "trs" {
		t.Errorf("learnShape = %+v %v", s, ok)
	}
	if _, ok := learnShape(links[:2], 3, true); ok {
		t.Error("two links make no pattern")
	}
	if got := joinPatterns([]string{"b$", "a$", "b$"}); got != "(?:a$|b$)" {
		t.Errorf("joinPatterns = %s", got)
	}
}

func TestDeriveTemplate(t *testing.T) {
	for _, c := range []struct {
		cur, next, tmpl string
		n               int
		ok              bool
	}{
		{"http://a.cn/gzdt/index.html", "http://a.cn/gzdt/index_1.html", "index_{n}.html", 1, true},
		{"http://a.cn/gzdt/", "http://a.cn/gzdt/index_2.shtml", "index_{n}.shtml", 2, true},
		{"http://a.cn/news/", "http://a.cn/news/?page=2", "?page={n}", 2, true},
		{"http://a.cn/list.jsp?cat=5", "http://a.cn/list.jsp?cat=5&pageNo=2", "?pageNo={n}", 2, true},
		{"http://a.cn/news/", "http://a.cn/news/page/2/", "/news/page/{n}/", 2, true},
		{"http://a.cn/news/", "http://a.cn/news/2024/t20240901_9.html", "", 0, false},
		{"http://a.cn/news/", "http://b.cn/news/?page=2", "", 0, false},
	} {
		tmpl, n, ok := deriveTemplate(c.cur, c.next)
		if tmpl != c.tmpl || n != c.n || ok != c.ok {
			t.Errorf("deriveTemplate(%s, %s) = %q %d %v, want %q %d %v", c.cur, c.next, tmpl, n, ok, c.tmpl, c.n, c.ok)
		}
	}
}

func TestDetectPagination(t *testing.T) {
	for _, c := range []struct {
		name, html, url string
		links           []crawler.Link
		want            Pagination
	}{
		{"trs", `<script>createPageHTML(7, 0, "index", "shtml");</script>`, "http://a.cn/gzdt/index.shtml", nil,
			Pagination{Template: "index_{n}.shtml", First: 1, Total: 7, Via: "createPageHTML", Next: "http://a.cn/gzdt/index_1.shtml"}},
		{"trs single page", `<script>createPageHTML(1, 0, "index", "html");</script>`, "http://a.cn/gzdt/", nil,
			Pagination{Total: 1, Via: "createPageHTML"}},
		{"hanweb", `<div id="88"><script type="text/xml"><datastore><recordset><record></record></recordset></datastore></script></div><script>perpage:20</script><totalrecord>45</totalrecord>`,
			"http://a.cn/col/col9/index.html", nil,
			Pagination{Template: "?uid=88&pageNum={n}", First: 2, Total: 3, Via: "hanweb", Next: "http://a.cn/col/col9/index.html?pageNum=2&uid=88"}},
		{"next link only", ``, "http://a.cn/news/", []crawler.Link{{URL: "http://a.cn/news/more.jsp", Text: "下一页"}},
			Pagination{Via: "next-link", Next: "http://a.cn/news/more.jsp"}},
		{"none", ``, "http://a.cn/news/", nil, Pagination{Via: "none"}},
	} {
		if got := detectPagination(c.html, c.url, c.links); got != c.want {
			t.Errorf("%s: %+v, want %+v", c.name, got, c.want)
		}
	}
}

func FuzzURLShape(f *testing.F) {
	for _, s := range []string{"http://a.cn/t20240901_1.html", "http://a.cn/?a=1&b=(2)", "http://a.cn/[x]/1.html"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		c, err := crawler.Canonicalize(raw)
		if err != nil {
			return
		}
		p, _ := urlShape(c)
		re, err := regexp.Compile(p)
		if err != nil {
			t.Fatalf("shape of %q is not a regexp: %q: %v", c, p, err)
		}
		if !re.MatchString(c) {
			t.Fatalf("%q does not match its shape %q", c, p)
		}
	})
}

func TestCommonContainer(t *testing.T) {
	page := func(body, side string) string {
		return `<html><body><div class="nav"><a href="/">首页</a><a href="/a">机构概况</a></div>` +
			`<div class="main"><div class="zw-text"><p>` + body + `</p></div><div class="side"><ul><li><a href="/x">` + side + `</a></li></ul></div></div></body></html>`
	}
	long := strings.Repeat("某某县市场监管局组织开展质量月活动，检查企业二十家。", 8)
	pages := []string{page(long, "相关阅读一则"), page(long+"又一段正文内容。", "相关阅读二则"), page(long, "相关阅读三则")}
	if got := commonContainer(pages, 100); got != "div.zw-text" {
		t.Errorf("commonContainer = %q, want div.zw-text", got)
	}
	if got := commonContainer(pages[:1], 100); got != "" {
		t.Errorf("one page gives %q, want none", got)
	}
	if got := commonContainer([]string{page("短", "x"), page("短", "y")}, 100); got != "" {
		t.Errorf("thin pages give %q, want none", got)
	}
}
