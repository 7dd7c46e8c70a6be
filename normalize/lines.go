package normalize

import (
	"regexp"
	"slices"
)

// The three kinds of page-chrome line that both content extraction (lines of
// an HTML page's main region) and text-dump cleaning (DropChrome) drop. This
// file is their one owner: each rule is the union of the two that existed
// before, so the stages cannot disagree about what a breadcrumb, a tool bar
// or a copyright notice is.

// breadcrumbRe: 您当前位置: …, 当前位置：首页 > 新闻, 首页 > 要闻 > 正文, 网站首页>>…
// (anchored once before the alternation, it tries the line's start only).
var breadcrumbRe = regexp.MustCompile(`^\s*[【\[(（]?\s*(?:(?:您|你)?(?:当前|现在)?的?(?:所在)?(?:位置|所在位置)\s*[:：]|(?:首[页頁]|主页|网站首页)\s*(?:>|»|›|/|-|＞|→))|>\s*正文\s*$`)

// IsBreadcrumb reports a breadcrumb line.
func IsBreadcrumb(line string) bool {
	return isBreadcrumb(line, breadcrumbWords.find(line, wBread))
}

// breadcrumbList: a breadcrumb holds one of them (every branch of
// breadcrumbRe needs one).
var (
	breadcrumbList  = []string{"位置", "首页", "首頁", "主页", "正文"}
	breadcrumbWords = newWordSet().words(wBread, breadcrumbList...)
)

// isBreadcrumb is IsBreadcrumb given the line's word groups (wBread).
func isBreadcrumb(line string, m uint64) bool {
	return m&wBread != 0 && capRunes(line, 120) < 120 && breadcrumbRe.MatchString(line)
}

// toolWords mark share, print, font-size and navigation tool bars.
var toolWords = []string{"分享到", "分享至", "扫一扫", "打印", "【关闭】", "[关闭]", "关闭窗口", "【字体", "字号", "纠错",
	"列印", "關閉", "收藏本页", "加入收藏", "我的收藏", "设为首页", "返回顶部", "返回首页", "无障碍", "长者助手",
	"浏览次数", "阅读次数", "点击数:", "点击数：", "访问量:", "访问量："}

// fontSizeRe: 【大 中 小】 standing alone.
var fontSizeRe = regexp.MustCompile(`^\s*[【\[]?\s*[大中小]\s*[大中小]\s*[大中小]\s*[】\]]?\s*$`)

// IsToolBar reports a short share, print, font-size or page-tool line:
// "【打印】【关闭】", "分享到：", "字号：大 中 小", "返回顶部". A line with
// sentence punctuation is prose ("把打印机的质量抽查作为重点，…"), not a tool bar.
func IsToolBar(line string) bool {
	if capRunes(line, 60) >= 60 {
		return false
	}
	return isToolBar(line, toolBarWords.find(line, wProse))
}

// toolBarWords are the word groups IsToolBar looks at.
var toolBarWords = newWordSet().words(wTool, toolWords...).words(wProse, toolProse...).words(wZhong, "中")

// toolProse are the sentence marks that make a line prose.
var toolProse = []string{"。", "，", "；", "！", "？"}

// isToolBar is IsToolBar, for a line under 60 runes, given its word groups
// (wTool, wProse, wZhong).
func isToolBar(line string, m uint64) bool {
	if m&wProse != 0 {
		return false
	}
	return m&wTool != 0 || m&wZhong != 0 && fontSizeRe.MatchString(line)
}

// copyrightStrong are words only a site's notice uses; a line holding one is
// a notice up to 300 runes. copyrightWeak also occur in prose ("请联系我们"),
// so they mark only lines of up to 80 runes.
var (
	copyrightStrong = []string{"版权所有", "版權所有", "版权归", "©", "All Rights Reserved", "ICP备", "ICP证", "公网安备",
		"网站标识码", "本网注明", "转载请注明", "轉載請註明", "平台声明", "仅代表作者本人", "不代表本网观点", "仅提供信息存储空间"}
	copyrightStrongFold = []string{"copyright"}
	copyrightWeak       = []string{"主办单位：", "主办单位:", "承办单位：", "承办单位:", "主办：", "主办:", "技术支持：", "技术支持:", "联系我们", "网站地图", "免责声明"}
	reprintWords        = []string{"转载", "复制", "使用", "镜像"}
	// copyrightWords are the word groups IsCopyright looks at.
	copyrightWords = newWordSet().words(wCopyStrong, copyrightStrong...).foldASCII(wCopyStrong, copyrightStrongFold...).
			words(wCopyWeak, copyrightWeak...).words(wUnauth, "未经").words(wReprint, reprintWords...)
)

// IsCopyright reports a copyright, ICP, publisher or reprint notice:
// "版权所有 © …", "京ICP备…", "本网注明“来源:…”的作品…", "未经授权禁止转载".
func IsCopyright(line string) bool {
	n := capRunes(line, 300)
	if n >= 300 {
		return false
	}
	return isCopyright(n, copyrightWords.find(line, wCopyStrong))
}

// isCopyright is IsCopyright for a line of n < 300 runes given its word
// groups (wCopyStrong, wCopyWeak, wUnauth, wReprint).
func isCopyright(n int, m uint64) bool {
	return m&wCopyStrong != 0 || m&wUnauth != 0 && m&wReprint != 0 || n <= 80 && m&wCopyWeak != 0
}

// LineWords are the words without which IsBreadcrumb, IsToolBar and
// IsCopyright say no (CopyrightFoldASCII in any ASCII case): a caller that
// reads many lines for several word lists at once, as content extraction
// does, asks the predicates only of lines holding one.
type LineWords struct {
	Breadcrumb, ToolBar, Copyright, CopyrightFoldASCII []string
}

// ChromeLineWords returns the words of the three predicates (copies).
func ChromeLineWords() LineWords {
	return LineWords{
		Breadcrumb:         slices.Clone(breadcrumbList),
		ToolBar:            append(slices.Clone(toolWords), "中"), // 中: without it the font-size pattern is not tried
		Copyright:          slices.Concat(copyrightStrong, copyrightWeak, []string{"未经"}),
		CopyrightFoldASCII: slices.Clone(copyrightStrongFold),
	}
}

// Word groups of the line rules (bits of a wordSet mask).
const (
	wBread        uint64 = 1 << iota // breadcrumbWords
	wTool                            // toolWords
	wProse                           // toolProse
	wZhong                           // 中, of 【大 中 小】
	wCopyStrong                      // copyrightStrong
	wCopyWeak                        // copyrightWeak
	wUnauth                          // 未经
	wReprint                         // reprintWords
	wScan                            // scanRe's words
	wStatement                       // statementWords
	wStop                            // 。
	wColon                           // : and ：
	wStatementLit                    // statementLits
	wMetaSource                      // 来源, 作者 (metaRe)
)
