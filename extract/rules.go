package extract

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Element rules: what never holds main text, and which class or id names
// mark page chrome.

// skipElement reports elements whose content is never page text.
func skipElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Iframe, atom.Svg, atom.Template, atom.Head,
		atom.Select, atom.Option, atom.Button, atom.Textarea, atom.Object, atom.Embed, atom.Canvas,
		atom.Audio, atom.Video, atom.Map, atom.Math, atom.Title, atom.Link, atom.Meta:
		return true
	}
	return isHidden(n)
}

// isHidden catches elements hidden by the page itself (style display:none,
// the hidden attribute): templates, duplicated mobile menus, SEO stuffing.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "style":
			if len(a.Val) < 512 {
				v := strings.ToLower(a.Val)
				// visibility:hidden is not checked: pages (WeChat articles) hide
				// their body that way until a script has run.
				if strings.Contains(v, "display:none") || strings.Contains(v, "display: none") {
					return true
				}
			}
		}
	}
	return false
}

// chromeNames are class or id fragments of page chrome; a line inside such an
// element counts against its container and is dropped from the main text
// unless the container itself is so named. Weak names mark parts that sit
// above or around the article (navigation, search, breadcrumbs): unclosed
// tags on real pages make such an element wrap the article too, so a weak
// chrome element that holds much prose is not chrome. Strong names mark
// parts that sit beside or below it (related, recommended, footer) and are
// chrome whatever they hold.
var (
	weakChromeNames = []string{
		"nav", "menu", "breadcrumb", "crumb", "search", "login", "weizhi", "position", "banner",
		"toolbar", "topbar", "daohang", "pager", "pagination",
	}
	strongChromeNames = []string{
		"footer", "share", "sidebar", "copyright", "recommend", "related", "advert", "friendlink",
		"bdshare", "jiathis", "fenxiang", "print", "qrcode", "erweima", "hotnews", "tuijian",
		"xiangguan", "dibu",
	}
)

// chromeKind says how n's class or id names page chrome: 0 not at all, 1
// weakly, 2 strongly.
func chromeKind(n *html.Node) int {
	if n.DataAtom == atom.Nav {
		return 1
	}
	if n.DataAtom == atom.Footer || n.DataAtom == atom.Aside {
		return 2
	}
	kind := 0
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		if len(a.Val) == 0 || len(a.Val) > 300 {
			continue
		}
		for _, tok := range strings.Fields(strings.ToLower(a.Val)) {
			if strings.ContainsAny(tok, ":[") {
				continue // utility-CSS variants such as "print:pt-0" name no region
			}
			if containsAny(tok, strongChromeNames) {
				return 2
			}
			if containsAny(tok, weakChromeNames) {
				kind = 1
			}
		}
	}
	return kind
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// A lineRule is a named predicate over one line of a chosen container: true
// means the line is chrome and is dropped.
type lineRule struct {
	name  string
	match func(l *line) bool
}

// lineRules, in order. Each comment says what the rule catches.
var lineRules = []lineRule{
	// Breadcrumbs: "您当前位置: 首页>>…", "当前位置：首页 > 新闻".
	{"breadcrumb", func(l *line) bool {
		return l.runes < 120 && reBreadcrumb.MatchString(l.text)
	}},
	// Share, print and font-size bars: "【打印】【关闭】", "分享到：", "字号：大 中 小".
	{"share-print", func(l *line) bool {
		return l.runes < 60 && reShare.MatchString(l.text)
	}},
	// QR-code prompts: "扫一扫在手机打开当前页", "微信扫一扫分享".
	{"qrcode", func(l *line) bool {
		return l.runes < 40 && strings.Contains(l.text, "扫一扫")
	}},
	// Copyright and reprint notices: "本网注明“来源:…”的作品…", "版权所有", "未经授权禁止转载".
	{"copyright", func(l *line) bool {
		return l.runes < 300 && reCopyright.MatchString(l.text)
	}},
	// Prev/next article links and paging: "上一篇：…", "下一篇：…".
	{"prev-next", func(l *line) bool {
		return l.runes < 100 && rePrevNext.MatchString(l.text)
	}},
	// Captcha and comment-box prompts: "请输入验证码", "发表评论", "我要评论".
	{"comment-box", func(l *line) bool {
		return l.runes < 60 && reCommentBox.MatchString(l.text)
	}},
	// Image placeholders: "图片加载中", "[图片]", "点击查看大图".
	{"image-placeholder", func(l *line) bool {
		return l.runes < 30 && reImage.MatchString(l.text)
	}},
	// List headings of related or latest items: "相关阅读", "最新新闻", "热点推荐".
	{"list-heading", func(l *line) bool {
		return l.runes < 16 && reListHeading.MatchString(l.text)
	}},
	// Link lists: a line that is mostly link text (related articles, menus).
	{"link-line", func(l *line) bool {
		return l.linked*2 > l.runes && !(l.punct >= 2 && l.runes > 60)
	}},
	// Page-view counters, font controls and forum member stats: "浏览次数：123",
	// "【字体：大 中 小】", "帖子 12", "积分 30".
	{"counter", func(l *line) bool {
		return l.runes < 40 && (reCounter.MatchString(l.text) || reMemberStat.MatchString(l.text))
	}},
	// Date lines: "发表于 2024-6-1 10:22", "2021-09-08 13:42:42" standing alone.
	{"date-line", func(l *line) bool {
		if l.runes >= 40 {
			return false
		}
		m := readLineMeta(l.text)
		return m.publishedKind == "line" || (m.publishedKind == "label" && l.runes < 30)
	}},
}

var (
	reBreadcrumb  = regexp.MustCompile(`^\s*(您|你)?(当前|现在)?(的)?(所在)?(位置|所在位置)\s*[:：]|^\s*首页\s*(>|&gt;|»|›|/|-|＞|→)|>>\s*正文\s*$`)
	reShare       = regexp.MustCompile(`^\s*[【\[]?\s*(打印|关闭|收藏|分享|字号|字体|打印本页|关闭窗口|纠错)|分享到\s*[:：]?|【\s*(打印|关闭|关闭窗口)\s*】|^\s*\[?\s*(大|中|小)\s*(大|中|小)\s*(大|中|小)`)
	reCopyright   = regexp.MustCompile(`本网注明|版权所有|版权归.*所有|未经.{0,12}(授权|许可).{0,12}(转载|使用|复制)|Copyright|©|All Rights Reserved|ICP备|ICP证|公网安备|网站标识码|网站地图|联系我们`)
	rePrevNext    = regexp.MustCompile(`^\s*[【\[]?\s*(上一篇|下一篇|上一条|下一条|上篇|下篇)\s*[】\]]?\s*[:：]?`)
	reCommentBox  = regexp.MustCompile(`验证码|发表评论|我要评论|网友评论|评论\s*\(\d+\)|登录后|注册|请输入|条评论|查看全部评论|文明上网`)
	reImage       = regexp.MustCompile(`图片加载|^\[图片\]$|点击查看大图|点击图片|^图\s*\d*$`)
	reListHeading = regexp.MustCompile(`^(相关|最新|热点|热门|推荐|延伸|更多|精彩|猜你|往期|近期|今日|热门)`)
	reMemberStat  = regexp.MustCompile(`^(帖子|积分|主题|精华|金钱|威望|贡献|回帖|粉丝|关注|经验|发帖|注册时间|在线时间|最后登录)\s*[:：]?\s*\d+\s*$`)
	reCounter     = regexp.MustCompile(`(浏览|阅读|点击|访问)(次数|量|数)?\s*[:：]\s*\d*|^\s*[【\[]?\s*字体\s*[:：]`)
)

// dropReason returns the name of the first rule that marks l as chrome, or "".
func dropReason(l *line) string {
	for i := range lineRules {
		if lineRules[i].match(l) {
			return lineRules[i].name
		}
	}
	return ""
}
