package content

import "github.com/ccorpus/ccorpus/normalize"

// normalize.IsCopyright is true only for a line holding one of its words (a
// copyright, publisher or reprint word, "未经" for a reprint ban, or
// "copyright" in any case), and it searches for each word in turn over the
// whole line. Content asks it about most lines of a page (the copyright and
// notice line rules, the 来源 label), and almost none holds such a word, so
// a line is first searched once for all the words together; only a line that
// holds one is judged by normalize.IsCopyright itself. copyrightWords mirrors
// the word lists of normalize/lines.go: TestCopyrightWordsMirrorNormalize
// reads that file and fails when a word there is missing here.
var copyrightWords = newWordSet(
	// copyrightStrong
	"版权所有", "版權所有", "版权归", "©", "All Rights Reserved", "ICP备", "ICP证", "公网安备",
	"网站标识码", "本网注明", "转载请注明", "轉載請註明", "平台声明", "仅代表作者本人", "不代表本网观点", "仅提供信息存储空间",
	// copyrightWeak
	"主办单位：", "主办单位:", "承办单位：", "承办单位:", "主办：", "主办:", "技术支持：", "技术支持:", "联系我们", "网站地图", "免责声明",
	// the reprint ban's condition
	"未经",
)

// copyrightFold are the words normalize matches in any ASCII case.
var copyrightFold = []string{"copyright"}

// copyrightFoldBits are, for each word of copyrightFold, the runeBits of
// each of its letters in either case: a line holding the word in any case
// has a rune of each.
var copyrightFoldBits = func() [][]uint64 {
	out := make([][]uint64, len(copyrightFold))
	for i, w := range copyrightFold {
		for j := 0; j < len(w); j++ {
			if w[j] < 'a' || w[j] > 'z' {
				panic("content: copyrightFold words are lower-case ASCII letters")
			}
			out[i] = append(out[i], runeBit(rune(w[j]))|runeBit(rune(w[j]-'a'+'A')))
		}
	}
	return out
}()

// mayHoldAll reports whether l's text may hold, for each element of bits,
// a rune whose runeBit is in it (see mayHold).
func (l *line) mayHoldAll(bits []uint64) bool {
	if l.mask == 0 {
		return true
	}
	for _, b := range bits {
		if l.mask&b == 0 {
			return false
		}
	}
	return true
}

// mayBeCopyright reports whether s holds one of the words without which
// normalize.IsCopyright is false. mask is runeMask(s), or 0 if unknown.
func mayBeCopyright(s string, mask uint64) bool {
	if (mask == 0 || mask&copyrightWords.mask != 0) && copyrightWords.contains(s) {
		return true
	}
	for _, w := range copyrightFold {
		if containsFoldASCII(s, w) {
			return true
		}
	}
	return false
}

// isCopyright is normalize.IsCopyright, asked only of lines that may be one.
func isCopyright(s string, mask uint64) bool {
	return mayBeCopyright(s, mask) && normalize.IsCopyright(s)
}

// isCopyrightLine is isCopyright for a line, its words found by the line's
// one reading for all the rules' lists (lineSets).
func isCopyrightLine(l *line) bool {
	may := copyrightWords.in(l)
	for i, w := range copyrightFold {
		may = may || l.mayHoldAll(copyrightFoldBits[i]) && containsFoldASCII(l.text, w)
	}
	return may && normalize.IsCopyright(l.text)
}

// breadcrumbWords are the words normalize.IsBreadcrumb needs a line to hold
// (TestBreadcrumbWordsMirrorNormalize reads normalize/lines.go).
var breadcrumbWords = newWordSet("位置", "首页", "首頁", "主页", "正文")

// isBreadcrumb is normalize.IsBreadcrumb, asked only of lines that may be one.
func isBreadcrumb(l *line) bool {
	return breadcrumbWords.in(l) && normalize.IsBreadcrumb(l.text)
}

// toolBarWords are the words normalize.IsToolBar needs a line to hold: its
// toolWords, and "中" without which its font-size pattern is not tried
// (TestToolBarWordsMirrorNormalize reads normalize/lines.go).
var toolBarWords = newWordSet("分享到", "分享至", "扫一扫", "打印", "【关闭】", "[关闭]", "关闭窗口", "【字体", "字号", "纠错",
	"列印", "關閉", "收藏本页", "加入收藏", "我的收藏", "设为首页", "返回顶部", "返回首页", "无障碍", "长者助手",
	"浏览次数", "阅读次数", "点击数:", "点击数：", "访问量:", "访问量：",
	"中")

// isToolBar is normalize.IsToolBar, asked only of lines that may be one.
func isToolBar(l *line) bool {
	return toolBarWords.in(l) && normalize.IsToolBar(l.text)
}

// containsFoldASCII reports whether s contains the lower-case ASCII word w
// with any of its letters in upper case.
func containsFoldASCII(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i]|0x20 != w[0] {
			continue
		}
		j := 1
		for j < len(w) && s[i+j]|0x20 == w[j] {
			j++
		}
		if j == len(w) {
			return true
		}
	}
	return false
}
