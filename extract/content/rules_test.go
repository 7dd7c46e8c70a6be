package content

import (
	"github.com/ccorpus/ccorpus/normalize"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// textLine builds a line as the walker would for plain text; linked runes
// come first.
func textLine(s string, linked int) line {
	n := utf8.RuneCountInString(strings.ReplaceAll(s, " ", ""))
	p := 0
	for _, r := range s {
		if isSentencePunct(r) {
			p++
		}
	}
	return line{text: s, runes: n, linked: linked, punct: p, tag: atom.P}
}

func TestLineRules(t *testing.T) {
	tests := []struct {
		text   string
		linked int
		want   string
	}{
		{"您当前位置: 首页>>政务公开>>部门动态", 0, "breadcrumb"},
		{"当前位置：首页 > 新闻中心", 0, "breadcrumb"},
		{"【打印】【关闭】", 0, "share-print"},
		{"分享到：", 0, "share-print"},
		{"扫一扫在手机打开当前页", 0, "share-print"}, // normalize.IsToolBar, tried before qrcode,
		{"本网注明“来源:中国质量新闻网”的所有作品,版权均属于中国质量新闻网", 0, "copyright"},
		{"版权所有：示例市人民政府 网站标识码4400000000", 0, "copyright"},
		{"未经书面授权，不得转载或镜像", 0, "copyright"},
		{"上一篇：示例市召开质量工作会议", 0, "prev-next"},
		{"请输入验证码", 0, "comment-box"},
		{"讨论应以学习为目的。请勿发布不友善的内容，与人为善！", 0, "comment-box"},
		{"图片加载中", 0, "image-placeholder"},
		{"image.png", 0, "image-placeholder"},
		{"相关阅读", 0, "list-heading"},
		{"浏览次数：123", 0, "share-print"},
		{"帖子 12", 0, "counter"},
		{"只看该作者", 0, "forum-chrome"},
		{"积分", 0, "forum-chrome"},
		{"责任编辑：", 0, "empty-label"},
		{"阅读 (177万)", 0, "interaction"},
		{"+1", 0, "stray"},
		{"已编辑", 0, "button"},
		{"9 天 后", 0, "relative-time"},
		{"北野 @alimy", 0, "handle"},
		{"来自福建", 0, "handle"},
		{"问题标签： 后端相关", 0, "keywords"},
		{"再睡一夏 | 455 | 2024-01-03", 0, "byline"},
		{"播报", 0, "button"},
		{"正在加载...", 0, "button"},
		{"客栈小K | 扫地 | 6天前", 0, "relative-time"},
		{"发表于 2024-6-1 10:22", 0, "date-line"},
		{"2021-09-08 13:42:42", 0, "date-line"},
		{"示例市召开质量工作会议", 11, "link-line"},
		// Prose stays.
		{"9月15日，示例市市场监督管理局在市民广场举办“质量月”主题宣传活动。", 0, ""},
		{"（责编：郝帅、杨迪）", 0, ""},
		{"新华社发（刘满仓摄）", 0, ""},
		{"活动时间：2024年9月1日至9月30日", 0, ""},
		{"据了解，相关部门将开展质量提升行动，推动高质量发展。", 4, ""},
		{"大中小学生踊跃参加。", 0, ""},
		{"5.访客生成的短链接有效时长为24小时，如需长期有效可以登录后生成。", 0, ""},
		{"请 登录后发表观点", 0, "comment-box"},
		{"需要 登录 后方可回复, 如果你还没有账号请 注册新账号", 0, "comment-box"},
		{"报名网址：https://www.example.gov.cn/zlyhd", 30, ""},
	}
	row := textLine("索引号: | 11442000MB2C9091X4/2023-02124 | 分类: | 质量监管", 0)
	row.tag = atom.Tr
	if got := dropReason(&row); got != "xxgk-table" {
		t.Errorf("dropReason(metadata row) = %q, want xxgk-table", got)
	}
	schedule := textLine("1 | 质量开放日 | 9月20日", 0)
	schedule.tag = atom.Tr
	if got := dropReason(&schedule); got != "" {
		t.Errorf("dropReason(schedule row) = %q, want none", got)
	}
	for _, tt := range tests {
		l := textLine(tt.text, tt.linked)
		if got := dropReason(&l); got != tt.want {
			t.Errorf("dropReason(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func parseFragment(t *testing.T, s string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader("<html><body>" + s + "</body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	var find func(n *html.Node) *html.Node
	find = func(n *html.Node) *html.Node {
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode {
					return c
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if f := find(c); f != nil {
				return f
			}
		}
		return nil
	}
	return find(doc)
}

func TestChromeKind(t *testing.T) {
	tests := []struct {
		html string
		want int
	}{
		{`<div class="nav">x</div>`, chromeWeak},
		{`<div id="breadcrumb">x</div>`, chromeWeak},
		{`<div class="footer">x</div>`, chromeMid},
		{`<footer>x</footer>`, chromeMid},
		{`<div class="share-bar">x</div>`, chromeMid},
		{`<div class="detail__recommend">x</div>`, chromeStrong},
		{`<ul class="related-news">x</ul>`, chromeStrong},
		{`<div class="ui modal small report">x</div>`, chromeStrong},
		{`<div class="print:pt-0 px-4">x</div>`, chromeNone},
		{`<div class="print">x</div>`, chromeNone},
		{`<div class="TRS_Editor">x</div>`, chromeNone},
		{`<div class="article-content">x</div>`, chromeNone},
	}
	for _, tt := range tests {
		if got := chromeKind(parseFragment(t, tt.html)); got != tt.want {
			t.Errorf("chromeKind(%s) = %d, want %d", tt.html, got, tt.want)
		}
	}
}

func TestIsDataTable(t *testing.T) {
	tests := []struct {
		name string
		html string
		want bool
	}{
		{"schedule", `<table><tr><th>序号</th><th>活动</th></tr><tr><td>1</td><td>质量开放日</td></tr></table>`, true},
		{"one row", `<table><tr><td>用户</td><td>帖子内容</td></tr></table>`, false},
		{"nested layout", `<table><tr><td><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table></td><td>x</td></tr><tr><td>y</td><td>z</td></tr></table>`, false},
		{"cell with divs", `<table><tr><td><div>a</div></td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>`, false},
		{"long cell", `<table><tr><td>` + strings.Repeat("长", maxDataCellRunes+1) + `</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>`, false},
		{"single column", `<table><tr><td>a</td></tr><tr><td>b</td></tr></table>`, false},
	}
	for _, tt := range tests {
		if got := isDataTable(parseFragment(t, tt.html)); got != tt.want {
			t.Errorf("%s: isDataTable = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestTeasers(t *testing.T) {
	item := `<li><a href="/x">示例县召开安全生产月动员部署会议</a><p>会议要求，各部门要压实责任，确保安全。</p></li>`
	posts := `<div><a href="/u">小王</a><p>我们单位下周搞消防演练，正好用上。</p></div>`
	tests := []struct {
		name string
		html string
		want bool
	}{
		{"stream of teasers", "<ul>" + strings.Repeat(item, 4) + "</ul>", true},
		{"two teasers", "<ul>" + strings.Repeat(item, 2) + "</ul>", false},
		{"forum posts with user names", "<section>" + strings.Repeat(posts, 4) + "</section>", false},
	}
	for _, tt := range tests {
		root, _ := html.Parse(strings.NewReader("<html><body>" + tt.html + "</body></html>"))
		w := newWalker()
		w.walk(root, 0, false)
		w.markTeasers()
		got := false
		for _, l := range w.lines {
			if l.chrome != nil {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("%s: teasers marked = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestChromeLinesAgreeWithCleaning: a breadcrumb, tool-bar or copyright line
// is chrome to content extraction exactly when it is chrome to text-dump
// cleaning (normalize.DropChrome), since both ask normalize's predicates.
func TestChromeLinesAgreeWithCleaning(t *testing.T) {
	for _, s := range []string{
		"您当前的位置：首页 > 热点专题 > 图片头条", "首页/ 今日要闻/ 正文", "网站首页>>工作动态", "当前位置：首页",
		"【打印】【关闭】", "分享到：微信 微博", "字号：大 中 小", "字号变大| 字号变小", "返回顶部", "【纠错】",
		"版权所有 © 2024 某某市人民政府", "京ICP备12345678号", "主办单位：某某市市场监督管理局", "未经授权禁止转载",
		"CopyRight 2008-2017 All Rights Reserved",
		"全国质量月活动联合主办单位增加到了47家，参与部门更加广泛。",
		"市场监管局在首页发布了质量月活动的通知，请广大市民关注。",
		"我们要把打印机等办公设备的质量抽查作为今年质量月的重点工作之一，切实维护消费者权益，推动产业升级。",
	} {
		l := textLine(s, 0)
		reason := dropReason(&l)
		byContent := reason == "breadcrumb" || reason == "share-print" || reason == "copyright"
		out, _ := normalize.DropChrome(s)
		byCleaning := out != s
		if byContent != byCleaning {
			t.Errorf("%q: content rule %q, cleaning drops it: %v", s, reason, byCleaning)
		}
	}
}
