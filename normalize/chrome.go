package normalize

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// DropChrome removes the page chrome a plain-text dump carries around its
// article: breadcrumbs, share and print tools, editor credits, copyright and
// ICP lines, and the link lists that follow headings such as 相关文章 or
// 最新新闻 or that come as dated or bulleted runs. Each rule is a small
// predicate on one line. It returns the text and the number of lines
// removed.
func DropChrome(s string) (string, int) { return dropChrome(s, nil) }

// dropChrome is DropChrome given, when scans is not nil, the word groups
// and rune counts of the lines of s (see lineFacts): a trimmed line's scan
// is not walked again.
func dropChrome(s string, scans []chromeScan) (string, int) {
	var buf [128]chromeRow // most pages fit: no allocation
	rows := buf[:0]
	if k := strings.Count(s, "\n") + 1; k > len(buf) {
		rows = make([]chromeRow, 0, k)
	}
	for start := 0; ; {
		end := lineEnd(s, start)
		r := chromeRow{line: s[start:end], t: TrimSpace(s[start:end])}
		if k := len(rows); k < len(scans) && len(r.t) == len(r.line) {
			r.n = min(scans[k].n, 120)
			r.drop = chromeLineOf(r.t, r.n, scans[k].m)
		} else {
			r.drop, r.n = chromeLineCount(r.t)
		}
		r.link = linkLine(r.t, r.n)
		rows = append(rows, r)
		if end == len(s) {
			break
		}
		start = end + 1
	}
	dropListRuns(rows)
	dropAfterHeadings(rows)
	var out lineBuilder
	n, at := 0, 0 // at: the offset of the row's line in s
	for _, r := range rows {
		if r.drop {
			out.drop(s, at)
			n++
		} else {
			out.keep(r.line)
		}
		at += len(r.line) + 1
	}
	if n == 0 {
		return s, 0
	}
	return out.text(s), n
}

// chromeRow is what DropChrome reads of a line: the line, trimmed, its runes
// counted up to 120 (every rule compares the count with 120 or less), and
// the rules' answers.
type chromeRow struct {
	line, t    string
	n          int
	drop, link bool
}

var (
	// short scan prompts: 请扫码登录 (a forum line telling how to log in is content)
	scanRe = regexp.MustCompile(`扫码|二维码`)
	// metadata lines: 发布时间:2023/09/22 |来源:…, 2021-08-23 15:55:11 来源:市发改委
	metaRe = regexp.MustCompile(`^(发布时间|发布日期|发文日期|成文日期|更新时间|时间|日期|索引号|文号|主题词|分类|发布机构)\s*[:：]|(来源|作者)\s*[:：].*(\d{4}[-/.年]\d{1,2}|浏览|发布)|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}.*(来源|作者)\s*[:：]`)
	// image file names left by editors: image.png
	imageRe = regexp.MustCompile(`(?i)^[\w\-.]+\.(png|jpe?g|gif|bmp|webp)$`)
	// site header lines: 中国消费者协会主办, 国家市场监督管理总局主管
	siteRe = regexp.MustCompile(`^\S{2,20}(主办|主管|承办)$`)
)

// chromeLineCount reports a line that is chrome on its own, and
// capRunes(l, 120): the rules below only compare the count with 120 and
// less. One walk counts the runes and finds the words.
func chromeLineCount(l string) (bool, int) {
	m, n := chromeWords.scanCount(l, 120) // every word group the rules below look at
	return chromeLineOf(l, n, m), n
}

// chromeLineOf is chromeLineCount's rules given the line's count and, when
// the count is below 120, its word groups.
func chromeLineOf(l string, n int, m uint64) bool {
	switch {
	case l == "":
		return false
	case separatorFirst.has(firstRune(l)) && strings.Trim(l, separatorRunes) == "":
		return true // separator lines such as :::
	case n >= 120:
		return false // too long for any rule below
	case n > 100:
		return isBreadcrumb(l, m) // article paragraphs: only statements match above
	}
	switch {
	case isBreadcrumb(l, m):
		return true
	case n < 60 && isToolBar(l, m):
		return true
	case n <= 12 && m&wScan != 0: // scanRe
		return true
	case isCopyright(n, m):
		return true
	case isStatement(l, m):
		return true
	case n <= 80 && m&wStop == 0 && m&wColon != 0 && (m&wMetaSource != 0 || hasMetaHead(l)) && metaRe.MatchString(l):
		return true // (every branch of metaRe needs a colon)
	case strings.IndexByte(l, '.') >= 0 && imageRe.MatchString(l), maySite(l) && siteRe.MatchString(l):
		return true
	case n <= 30 && isListHead(l):
		return true
	}
	return false
}

// separatorRunes make up separator lines; a line whose first rune is none
// of them is not one.
const separatorRunes = ":：|-—=*·•.。,，_ "

var separatorFirst = runeSetOf(separatorRunes)

// firstRune is the first rune of l (U+FFFD for an invalid byte).
func firstRune(l string) rune {
	r, _ := utf8.DecodeRuneInString(l)
	return r
}

// chromeWords are the word groups of chromeLine's rules.
var chromeWords = newWordSet().words(wBread, "位置", "首页", "首頁", "主页", "正文").
	words(wTool, toolWords...).words(wProse, toolProse...).words(wZhong, "中").
	words(wCopyStrong, copyrightStrong...).foldASCII(wCopyStrong, copyrightStrongFold...).
	words(wCopyWeak, copyrightWeak...).words(wUnauth, "未经").words(wReprint, reprintWords...).
	words(wScan, "扫码", "二维码").words(wStatement, statementWords...).words(wStatementLit, statementLits...).
	words(wStop, "。").words(wColon, ":", "：").words(wMetaSource, "来源", "作者")

// metaHeads are the words metaRe's first branch begins with; its other
// branches need 来源 or 作者 (wMetaSource).
var metaHeads = []string{"发布时间", "发布日期", "发文日期", "成文日期", "更新时间", "时间", "日期", "索引号", "文号", "主题词", "分类", "发布机构"}

func hasMetaHead(l string) bool {
	for _, h := range metaHeads {
		if strings.HasPrefix(l, h) {
			return true
		}
	}
	return false
}

// statementLits mark publisher statements, any length, as does a line of
// 声明 alone (the old pattern 本网注明|…|版权归原作者|^声明[:：]?$).
var statementLits = []string{"本网注明", "版权均属于", "未经本网授权", "转载自其他媒体", "免责声明", "版权归原作者"}

// statementWords2 are the word groups of isStatement.
var statementWords2 = newWordSet().words(wStatement, statementWords...).words(wStatementLit, statementLits...)

// isStatement reports a publisher statement given the line's word groups
// (wStatement, wStatementLit); wStatement is implied by the others and
// spares the rest of the test.
func isStatement(l string, m uint64) bool {
	return m&wStatement != 0 && (m&wStatementLit != 0 || l == "声明" || l == "声明:" || l == "声明：")
}

// maySite is a cheap pre-check for siteRe: the line ends in the role word.
func maySite(l string) bool {
	return strings.HasSuffix(l, "主办") || strings.HasSuffix(l, "主管") || strings.HasSuffix(l, "承办")
}

// statementWords: every publisher statement (isStatement) holds one of them.
var statementWords = []string{"本网", "版权", "转载", "声明"}

// listHeads are the headings of trailing link lists (see isListHead).
var listHeads = []string{"相关文章", "相关新闻", "相关阅读", "相关链接", "相关附件", "相关稿件", "延伸阅读", "推荐阅读", "热点推荐", "热门文章",
	"热门话题", "热门推荐", "评论排行", "最新评论", "最新新闻", "最新文章", "最新动态", "图片新闻", "猜你喜欢", "精彩推荐", "网友评论", "文章搜索",
	"上一篇", "下一篇", "上一条", "下一条"}

// isListHead is the old ^[【\[]?(heading)[】\]]?\s*[:：]?: what follows the heading in the
// pattern is optional, so a line matches when it begins with a heading,
// after an optional 【 or [.
func isListHead(l string) bool {
	if r, _ := utf8.DecodeRuneInString(l); !listHeadFirst.has(r) {
		return false
	}
	if hasListHead(l) {
		return true
	}
	for _, open := range []string{"【", "["} {
		if strings.HasPrefix(l, open) && hasListHead(l[len(open):]) {
			return true
		}
	}
	return false
}

// listHeadFirst holds the first runes of the headings and the brackets.
var listHeadFirst = func() *runeSet {
	rs := runeSetOf("【[")
	for _, h := range listHeads {
		r, _ := utf8.DecodeRuneInString(h)
		rs.add(r)
	}
	return rs
}()

func hasListHead(l string) bool {
	for _, h := range listHeads {
		if strings.HasPrefix(l, h) {
			return true
		}
	}
	return false
}

// linkLine reports a trimmed line of n runes (capRunes(l, 120)) shaped
// like an entry of a link list: bulleted, or ending with a date or an
// ellipsis, short and without a full stop.
func linkLine(l string, n int) bool {
	if l == "" || n > 100 || strings.Contains(l, "。") {
		return false
	}
	return strings.HasPrefix(l, "- ") || strings.HasPrefix(l, "• ") || strings.HasPrefix(l, "·") ||
		strings.HasPrefix(l, "* ") || strings.HasPrefix(l, "►") || strings.HasPrefix(l, "▪") ||
		dateEnd(l) || strings.HasSuffix(l, "...") || strings.HasSuffix(l, "…")
}

// dropListRuns marks runs of two or more link-list lines.
func dropListRuns(rows []chromeRow) {
	for i := 0; i < len(rows); {
		j := i
		for j < len(rows) && (rows[j].link || j > i && rows[j].t == "") {
			j++
		}
		if j-i >= 2 {
			for k := i; k < j; k++ {
				rows[k].drop = true
			}
			i = j
			continue
		}
		i++
	}
}

// dropAfterHeadings marks, after a list heading (相关文章, 最新新闻…), the
// following lines up to the next paragraph of article text (a line of at
// least 60 runes with a full stop).
func dropAfterHeadings(rows []chromeRow) {
	for i := range rows {
		if rows[i].n > 30 || !isListHead(rows[i].t) {
			continue
		}
		for j := i + 1; j < len(rows); j++ {
			t := rows[j].t
			if rows[j].n >= 60 && strings.Contains(t, "。") && !isStatement(t, statementWords2.scan(t)) {
				break
			}
			rows[j].drop = true
		}
	}
}
