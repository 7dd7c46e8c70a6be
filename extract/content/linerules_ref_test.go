package content

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ccorpus/ccorpus/normalize"
	"golang.org/x/net/html/atom"
)

// lineRulesRef are the line rules as they were before their prefilters (the
// words normalize needs, colons, prefixes, rune masks) and before readLineDate
// had its own: TestDropReasonAsReference compares dropReason with
// dropReasonRef.
var lineRulesRef = []lineRule{
	// Link lists: a line that is mostly link text (related articles, menus).
	{"link-line", func(l *line) bool {
		return l.linked*2 > l.runes && !(l.punct >= 2 && l.runes > 60) && !strings.Contains(l.text, "://")
	}},
	// Breadcrumbs: "您当前位置: 首页>>…", "当前位置：首页 > 新闻", "首页 > 要闻 > 正文".
	{"breadcrumb", func(l *line) bool { return l.runes < 120 && normalize.IsBreadcrumb(l.text) }},
	// Share, print and font-size bars: "【打印】【关闭】", "分享到：", "字号：大 中 小".
	{"share-print", func(l *line) bool { return l.runes < 60 && normalize.IsToolBar(l.text) }},
	// QR-code prompts: "扫一扫在手机打开当前页", "微信扫一扫分享".
	{"qrcode", func(l *line) bool {
		return l.runes < 40 && (strings.Contains(l.text, "扫一扫") || strings.Contains(l.text, "二维码"))
	}},
	// Copyright and reprint notices: "本网注明“来源:…”的作品…", "版权所有", "未经授权禁止转载".
	{"copyright", func(l *line) bool { return l.runes < 300 && normalize.IsCopyright(l.text) }},
	// Statement paragraphs in the site's voice: "免责声明：本网转载的文章…", "如因版权问题请与本站联系…".
	{"notice", isNoticeRef},
	// Prev/next article links and paging: "上一篇：…", "下一篇：…".
	{"prev-next", func(l *line) bool {
		return l.runes < 100 && hasAnyPrefix(strings.TrimLeft(l.text, " 【[<《"), prevNextWords)
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
		return l.runes < 16 && hasAnyPrefix(l.text, listHeadingWords)
	}},
	// Page-view counters and forum member stats: "浏览次数：123", "帖子 12", "积分 30".
	{"counter", func(l *line) bool {
		return l.runes < 40 && ((counterWords.in(l) && reCounter.MatchString(l.text)) ||
			(strings.ContainsAny(l.text, "0123456789") && reMemberStat.MatchString(l.text)))
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
		return l.runes < 60 && hasAnyPrefix(strings.TrimSpace(l.text), keywordLabels)
	}},
	// Buttons standing alone: "播报", "编辑", "展开全部", "正在加载...".
	{"button", func(l *line) bool {
		return l.runes <= 8 && isAnyOf(strings.Trim(l.text, " .…。>»"), buttonWords)
	}},
	// Labels left without a value: "责任编辑：", "来源：".
	{"empty-label", func(l *line) bool {
		t := strings.TrimSpace(l.text)
		return l.runes <= 8 && (strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":")) && startsWithLabel(t)
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
		return l.runes < 30 && strings.ContainsAny(l.text, "前刚剛后") &&
			reRelativeTime.MatchString(l.text)
	}},
	// Bylines: short fields around a date, "再睡一夏 | 455 | 2024-01-03",
	// "张三 · 2024-01-03 · 浙江".
	{"byline", func(l *line) bool {
		if l.runes >= 40 || !strings.ContainsAny(l.text, "0123456789") || !strings.ContainsAny(l.text, "|｜·") {
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
		return l.runes < 30 && (reHandle.MatchString(l.text) || reFromPlace.MatchString(l.text))
	}},
	// Date lines: "发表于 2024-6-1 10:22", "2021-09-08 13:42:42" standing alone.
	{"date-line", func(l *line) bool {
		if l.runes >= 40 || !strings.ContainsAny(l.text, "0123456789") {
			return false
		}
		_, kind := readLineDateRef(l.text)
		return kind == "line" || (kind == "label" && l.runes < 30)
	}},
}

// reMemberStat is what isMemberStat replaced.
var reMemberStat = regexp.MustCompile(`^(帖子|积分|主题|精华|金钱|威望|贡献|回帖|粉丝|关注|经验|发帖|注册时间|在线时间|最后登录)\s*[:：]?\s*\d+\s*$`)

func dropReasonRef(l *line) string {
	for i := range lineRulesRef {
		if lineRulesRef[i].match(l) {
			return lineRulesRef[i].name
		}
	}
	return ""
}

// isNoticeRef is isNotice as it was, asking normalize.IsCopyright of every line.
func isNoticeRef(l *line) bool {
	if l.runes >= maxNoticeRunes || !noticeSelf.in(l) {
		return false
	}
	n := 0
	for _, w := range noticeWords {
		if strings.Contains(l.text, w) {
			if n++; n >= noticeMinWords {
				return true
			}
		}
	}
	return normalize.IsCopyright(l.text)
}

// TestDropReasonAsReference compares dropReason with dropReasonRef on the
// walker's lines of the labelled pages (real masks, link counts and tags),
// on their texts as bare lines (no mask, as text dumps make them), and on
// random lines of the rules' words, digits, colons, separators and dates.
func TestDropReasonAsReference(t *testing.T) {
	walked := corpusWalkedLines(t)
	var lines []line
	lines = append(lines, walked...)
	for _, l := range walked {
		lines = append(lines, line{text: l.text, runes: l.runes, tag: l.tag})
	}
	parts := []string{"帖子", "积分", "注册时间", "来自", "來自", "IP属地", "发布于", "@", "alimy", " ", "\t", "北野", "浙江",
		"3天前", "刚刚", "剛剛", "5 分钟后", "前", "后", "|", "｜", "·", "2024-01-03", "12", "浏览", "阅读", "点击", "次数", "字体",
		"：", ":", "【", "分享到", "打印", "中", "大", "小", "版权所有", "未经", "转载", "本站", "声明", "发表于", "时间", "日期", "，", "。",
		"上一篇", "相关", "验证码", "\xe5",
		"《", "[", "<", "Copyright", "COPYRIGHT", "copy", "righ", "t", "©"}
	for _, l := range [][]string{keywordLabels, prevNextWords, listHeadingWords, memberStatWords, fromPlaceWords} {
		parts = append(parts, l...)
	}
	for _, s := range randomLines(7, 60000, 8, parts) {
		lines = append(lines, line{text: s, runes: utf8.RuneCountInString(s)}, line{text: s, runes: utf8.RuneCountInString(s), mask: runeMask(s)})
	}
	dropped := 0
	for i := range lines {
		a, b := lines[i], lines[i]
		got, want := dropReason(&a), dropReasonRef(&b)
		if got != want {
			t.Fatalf("dropReason(%q) = %q, reference %q", lines[i].text, got, want)
		}
		if want != "" {
			dropped++
		}
	}
	if dropped < 1000 {
		t.Fatalf("only %d of %d lines dropped: the inputs miss the point", dropped, len(lines))
	}
}

// BenchmarkDropReason runs dropReason and dropReasonRef over the walker's
// lines of the labelled pages: compare "new" with "reference".
func BenchmarkDropReason(b *testing.B) {
	walked := corpusWalkedLines(b)
	if len(walked) == 0 {
		b.Skip("shared corpus not found")
	}
	lines := make([]line, len(walked))
	for _, bm := range []struct {
		name string
		fn   func(*line) string
	}{{"reference", dropReasonRef}, {"new", dropReason}} {
		b.Run(bm.name, func(b *testing.B) {
			for b.Loop() {
				copy(lines, walked)
				for i := range lines {
					bm.fn(&lines[i])
				}
			}
		})
	}
}
