package content

import (
	"github.com/ccorpus/ccorpus/normalize"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// A lineRule is a named predicate over one line of a chosen container: true
// means the line is chrome and is dropped. Rules look at short lines only
// and test cheap keyword lists before any regular expression.
type lineRule struct {
	name  string
	match func(l *line) bool
}

// lineRules, in order. Each comment says what the rule catches.
var lineRules = []lineRule{
	// Link lists: a line that is mostly link text (related articles, menus).
	{"link-line", func(l *line) bool {
		return l.linked*2 > l.runes && !(l.punct >= 2 && l.runes > 60) && !strings.Contains(l.text, "://")
	}},
	// Breadcrumbs: "您当前位置: 首页>>…", "当前位置：首页 > 新闻", "首页 > 要闻 > 正文".
	{"breadcrumb", func(l *line) bool { return l.runes < 120 && isBreadcrumb(l) }},
	// Share, print and font-size bars: "【打印】【关闭】", "分享到：", "字号：大 中 小".
	{"share-print", func(l *line) bool { return l.runes < 60 && isToolBar(l) }},
	// QR-code prompts: "扫一扫在手机打开当前页", "微信扫一扫分享".
	{"qrcode", func(l *line) bool {
		return l.runes < 40 && qrCodeWords.in(l)
	}},
	// Copyright and reprint notices: "本网注明“来源:…”的作品…", "版权所有", "未经授权禁止转载".
	{"copyright", func(l *line) bool { return l.runes < 300 && isCopyrightLine(l) }},
	// Statement paragraphs in the site's voice: "免责声明：本网转载的文章…", "如因版权问题请与本站联系…".
	{"notice", isNotice},
	// Prev/next article links and paging: "上一篇：…", "下一篇：…".
	{"prev-next", func(l *line) bool {
		return l.runes < 100 && prevNextPrefixes.begins(trimLeftMarks(l.text))
	}},
	// Comment boxes and captcha prompts: "请输入验证码", "发表评论", "我要评论".
	{"comment-box", func(l *line) bool {
		return l.runes < 60 && commentWords.in(l) || l.runes < 25 && loginWords.in(l)
	}},
	// Image placeholders: "图片加载中", "[图片]", "点击查看大图", "image.png".
	{"image-placeholder", func(l *line) bool {
		return l.runes < 30 && (imageWords.in(l) || (strings.Contains(l.text, ".") && reImageName.MatchString(l.text)))
	}},
	// Headings of related or latest lists: "相关阅读", "最新新闻", "热点推荐".
	{"list-heading", func(l *line) bool {
		return l.runes < 16 && listHeadingPrefixes.begins(l.text)
	}},
	// Page-view counters and forum member stats: "浏览次数：123", "帖子 12", "积分 30".
	{"counter", func(l *line) bool {
		return l.runes < 40 && ((counterWords.in(l) && hasColon(l.text) && reCounter.MatchString(l.text)) ||
			(memberStatPrefixes.begins(l.text) && isMemberStat(l.text)))
	}},
	// Forum post chrome: "只看该作者", "电梯直达", "查看: 3481|回复: 3", and
	// profile labels standing alone ("主题", "帖子", "积分").
	{"forum-chrome", func(l *line) bool {
		if l.runes < 60 && forumWords.in(l) {
			return true
		}
		return l.runes <= 6 && isMemberLabel(l.text)
	}},
	// Rows of a 信息公开 metadata table: "索引号: | 1144…/2023-02124 | 分类: | 质量监管".
	// They are read as metadata (Published), not kept as text.
	{"xxgk-table", func(l *line) bool {
		return l.tag == atom.Tr && l.runes < 160 && xxgkWords.in(l)
	}},
	// Keyword and tag lists: "关键字： LPR", "标签：质量月 宣传".
	{"keywords", func(l *line) bool {
		return l.runes < 60 && keywordPrefixes.begins(normalize.TrimSpace(l.text))
	}},
	// Buttons standing alone: "播报", "编辑", "展开全部", "正在加载...".
	{"button", func(l *line) bool {
		return l.runes <= 8 && isAnyOf(trimButtonMarks(l.text), buttonWords)
	}},
	// Labels left without a value: "责任编辑：", "来源：".
	{"empty-label", func(l *line) bool {
		if l.runes > 8 {
			return false
		}
		t := normalize.TrimSpace(l.text)
		return (strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":")) && startsWithLabel(t)
	}},
	// Interaction counters: "阅读 (177万)", "首赞", "点赞 12".
	{"interaction", func(l *line) bool {
		return l.runes < 16 && interactionWords.in(l) && reInteraction.MatchString(l.text)
	}},
	// Stray symbols: "+1", "|", "…" standing alone outside tables.
	{"stray", func(l *line) bool {
		return l.runes <= 3 && l.tag != atom.Tr && normalize.HanCount(l.text) == 0
	}},
	// Bylines with a relative time: "客栈小K | 扫地 | 6天前", "ZG · 3 小时前".
	{"relative-time", func(l *line) bool {
		return l.runes < 30 && relativeTimeWords.in(l) && reRelativeTime.MatchString(l.text)
	}},
	// Bylines: short fields around a date, "再睡一夏 | 455 | 2024-01-03",
	// "张三 · 2024-01-03 · 浙江".
	{"byline", func(l *line) bool {
		if l.runes >= 40 || !l.hasDigit() || !containsAnyRune(l.text, '|', '｜', '·') {
			return false
		}
		if _, ok := findDate(l.text); !ok {
			return false
		}
		for _, f := range strings.FieldsFunc(l.text, func(r rune) bool { return r == '|' || r == '｜' || r == '·' }) {
			if utf8.RuneCountInString(strings.TrimSpace(f)) > 16 {
				return false
			}
		}
		return true
	}},
	// User handles and posting places: "北野 @alimy", "来自福建", "IP属地：上海".
	{"handle", func(l *line) bool {
		return l.runes < 30 && (strings.IndexByte(l.text, '@') >= 0 && reHandle.MatchString(l.text) ||
			fromPlacePrefixes.begins(trimLeftReSpace(l.text)) && reFromPlace.MatchString(l.text))
	}},
	// Date lines: "发表于 2024-6-1 10:22", "2021-09-08 13:42:42" standing alone.
	{"date-line", func(l *line) bool {
		if l.runes >= 40 || !l.hasDigit() {
			return false
		}
		_, kind := readLineDate(l.text)
		return kind == "line" || (kind == "label" && l.runes < 30)
	}},
}

// Boilerplate vocabulary, as data.
var (
	buttonWords      = []string{"已编辑", "没有更多了", "没有更多", "该评论已删除", "暂无评论", "暂无数据", "播报", "编辑", "展开", "收起", "展开全部", "收起全部", "查看更多", "加载更多", "点击加载更多", "正在加载", "加载中", "更多", "返回顶部", "回到顶部", "点击展开", "阅读全文", "全文", "展开阅读全文"}
	xxgkWords        = newWordSet("索引号", "索 引 号", "发布机构", "发文机关", "成文日期", "发文字号", "文号", "主题分类", "公开方式", "公开时限", "有效性", "信息分类", "发布日期")
	counterWords     = newWordSet("浏览", "阅读", "點擊", "点击", "访问", "字体")
	interactionWords = newWordSet("阅读", "浏览", "点赞", "评论", "收藏", "转发", "分享", "首赞", "赞", "踩")
	keywordLabels    = []string{"问题标签：", "问题标签:", "文章标签：", "文章标签:", "关键字：", "关键字:", "关键词：", "关键词:", "标签：", "标签:", "Tags:", "TAG:", "Tag:"}
	forumWords       = newWordSet("只看该作者", "只看楼主", "电梯直达", "倒序浏览", "阅读模式", "回复:", "回复：", "查看:", "查看：", "复制链接", "使用道具", "举报", "回复楼主", "引用回复", "返回列表", "发新帖", "跳转到指定楼层")
	memberLabels     = []string{"主题", "帖子", "积分", "精华", "金钱", "威望", "贡献", "回帖", "粉丝", "关注", "经验", "发帖", "楼主", "沙发", "板凳", "地板", "注册时间", "在线时间", "最后登录", "阅读权限", "听众", "收听", "私信", "发消息", "加好友"}
	prevNextWords    = []string{"上一篇", "下一篇", "上一条", "下一条", "上篇", "下篇", "上一頁", "下一頁", "上一页", "下一页"}
	commentWords     = newWordSet("验证码", "發表評論", "发表评论", "我要评论", "网友评论", "条评论", "查看全部评论", "文明上网", "文明发言", "理性发言", "请勿发布", "方可回复", "才能回复", "方可发表", "才能发表")
	// loginWords also occur in prose ("可以登录后生成"): prompts are short.
	loginWords       = newWordSet("登录后", "请输入", "立即登录", "注册账号")
	imageWords       = newWordSet("图片加载", "[图片]", "点击查看大图", "点击图片", "点击放大")
	qrCodeWords      = newWordSet("扫一扫", "二维码")
	listHeadingWords = []string{"相关", "最新", "热点", "热门", "推荐", "延伸", "更多", "精彩", "猜你", "往期", "近期", "今日", "相關", "熱門"}
)

var (
	reImageName    = regexp.MustCompile(`(?i)^\S+\.(png|jpe?g|gif|webp)$`)
	reInteraction  = regexp.MustCompile(`^\s*(阅读|浏览|点赞|评论|收藏|转发|分享|首赞|赞|踩)\s*[\(（]?\s*[\d.]*\s*[万千kKwW]?\s*[\)）]?\s*$`)
	reRelativeTime = regexp.MustCompile(`\d+\s*(秒|分钟|分鐘|小時|小时|天|周|週|个月|個月|月|年)前|刚刚|剛剛|^\s*\d+\s*(分钟|小时|天|周|个月|年)\s*后\s*$`)
	reHandle       = regexp.MustCompile(`^\S+\s+@[\w.-]+\s*$`)
	reFromPlace    = regexp.MustCompile(`^\s*(来自|來自|IP属地[:：]?|发布于[:：]?)\s*\S{2,8}\s*$`)
	reCounter      = regexp.MustCompile(`(浏览|阅读|點擊|点击|访问)(次数|量|数)?\s*[:：]\s*\d*|^\s*[【\[]?\s*字体\s*[:：]`)
)

// Prefilters of the rules' regular expressions: what a line must hold for
// one to match (TestLineRulePrefilters checks them against the patterns).
var (
	// memberStatWords are the labels of forum member stats (isMemberStat).
	memberStatWords = []string{"帖子", "积分", "主题", "精华", "金钱", "威望", "贡献", "回帖", "粉丝", "关注", "经验", "发帖", "注册时间", "在线时间", "最后登录"}
	// fromPlaceWords begin every match of reFromPlace after leading reSpace.
	fromPlaceWords = []string{"来自", "來自", "IP属地", "发布于"}
	// relativeTimeWords are the runes every match of reRelativeTime holds one of.
	relativeTimeWords = newWordSet("前", "刚", "剛", "后")
)

// reSpace is the white space of \s in a regular expression.
const reSpace = "\t\n\f\r "

// isReSpace reports a byte of reSpace.
func isReSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// trimLeftReSpace is strings.TrimLeft(s, reSpace).
func trimLeftReSpace(s string) string {
	for s != "" && isReSpace(s[0]) {
		s = s[1:]
	}
	return s
}

// isMemberStat reports a forum member stat standing alone: one of
// memberStatWords, an optional colon, and a number, with white space
// (reSpace) between and after them. It is the regular expression
// ^(帖子|积分|…)\s*[:：]?\s*\d+\s*$ (TestMemberStatAsRegexp).
func isMemberStat(s string) bool {
	for _, w := range memberStatWords {
		if !strings.HasPrefix(s, w) {
			continue
		}
		rest := trimLeftReSpace(s[len(w):])
		if strings.HasPrefix(rest, ":") {
			rest = rest[1:]
		} else if strings.HasPrefix(rest, "：") {
			rest = rest[len("："):]
		}
		rest = trimLeftReSpace(rest)
		n := 0
		for n < len(rest) && isDigit(rest[n]) {
			n++
		}
		return n > 0 && trimLeftReSpace(rest[n:]) == ""
	}
	return false
}

// hasColon reports an ASCII or a full-width colon.
func hasColon(s string) bool { return strings.IndexByte(s, ':') >= 0 || strings.Contains(s, "：") }

// A wordSet is a keyword list with a mask of its first runes: a line whose
// rune mask shares no bit with it holds none of the words, which spares most
// lines the search. The search reads the text once: at each rune whose bit is
// in the mask, the words beginning with that rune are compared there.
type wordSet struct {
	words  []string
	mask   uint64
	filter runeFilter // the first runes again, finer than mask
	id     int        // its bit in line.found, from 1, when in lineSets; 0 if not
	firsts []rune     // the distinct first runes of the words
	groups [][]string // groups[i]: the words beginning with firsts[i]
}

func newWordSet(words ...string) wordSet {
	ws := wordSet{words: words}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		ws.mask |= runeBit(r)
		ws.filter.add(r)
		i := slices.Index(ws.firsts, r)
		if i < 0 {
			i = len(ws.firsts)
			ws.firsts = append(ws.firsts, r)
			ws.groups = append(ws.groups, nil)
		}
		ws.groups[i] = append(ws.groups[i], w)
	}
	return ws
}

// in reports whether l's text contains one of the words.
func (ws *wordSet) in(l *line) bool {
	if l.mask == 0 {
		l.mask = runeMask(l.text)
	}
	if l.mask&ws.mask == 0 {
		return false
	}
	if ws.id == 0 {
		return ws.contains(l.text)
	}
	if !l.scanned {
		if l.indexed {
			l.found = lineSets.scanAt(l.text, l.firsts)
		} else {
			l.found = lineSets.scan(l.text)
		}
		l.scanned = true
	}
	return l.found&(1<<ws.id) != 0
}

// contains reports whether s contains one of the words. Words are whole
// runes and a rune's first byte never occurs inside another, so comparing at
// rune starts finds every place strings.Contains would.
func (ws *wordSet) contains(s string) bool {
	i, _ := ws.index(s)
	return i >= 0
}

// index returns where the leftmost of the words in s begins, and its
// length (the first in list order of those beginning there); -1 for none.
func (ws *wordSet) index(s string) (int, int) {
	for i, r := range s {
		if !ws.filter.has(r) {
			continue
		}
		for g, f := range ws.firsts {
			if f != r {
				continue
			}
			for _, w := range ws.groups[g] {
				if strings.HasPrefix(s[i:], w) {
					return i, len(w)
				}
			}
			break
		}
	}
	return -1, 0
}

// A runeFilter is a set of runes hashed to 1024 bits (a refinement of
// runeBit's 64: the same hash, four more bits of it): a rune not in it is
// not in the set; one in it may be.
type runeFilter [16]uint64

func (f *runeFilter) add(r rune) {
	h := uint32(r) * 0x9E3779B1 >> 22
	f[h>>6] |= 1 << (h & 63)
}

func (f *runeFilter) has(r rune) bool {
	h := uint32(r) * 0x9E3779B1 >> 22
	return f[h>>6]&(1<<(h&63)) != 0
}

// runeBit hashes a rune to one of 64 bits.
func runeBit(r rune) uint64 { return 1 << (uint32(r) * 0x9E3779B1 >> 26) }

// runeMask is the union of runeBit over s.
func runeMask(s string) uint64 {
	var m uint64
	for _, r := range s {
		m |= runeBit(r)
	}
	return m
}

// dropReason returns the name of the first rule that marks l as chrome, or "".
func dropReason(l *line) string {
	for i := range lineRules {
		if lineRules[i].match(l) {
			return lineRules[i].name
		}
	}
	return ""
}

// isMemberLabel reports a forum profile label standing alone.
func isMemberLabel(s string) bool {
	s = normalize.TrimSpace(s)
	for _, w := range memberLabels {
		if s == w {
			return true
		}
	}
	return false
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
