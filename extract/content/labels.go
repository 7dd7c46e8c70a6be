package content

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Metadata labels as pages print them, simplified and traditional.
var (
	rePublishedLabel = regexp.MustCompile(`(发布时间|發布時間|发布日期|發布日期|發佈日期|发布于|发表于|發表於|發佈時間|发表时间|發表時間|发表日期|发稿时间|發稿時間|发文日期|上传时间|更新时间|更新時間)\s*[:：]?\s*`)
	// reBareDateLabel is "时间：" or "日期：" standing alone, not the end of
	// a longer label such as 活动时间 (an event's date, not the page's).
	reBareDateLabel = regexp.MustCompile(`(?:^|[\s【\[|｜])(时间|時間|日期)\s*[:：]\s*`)
	reWrittenLabel  = regexp.MustCompile(`(成文日期|成文時間)\s*[:：]?\s*`)
	reOriginLabel   = regexp.MustCompile(`(信息来源|信息來源|文章来源|文章來源|新闻来源|新聞來源|稿件来源|本文来源|本文來源|来源|來源|稿源|出处)\s*[:：]\s*`)
	reAuthorLabel   = regexp.MustCompile(`(作者|記者|记者|撰稿人|撰稿|供稿)\s*[:：]\s*`)
	reEditorLabel   = regexp.MustCompile(`(责任编辑|責任編輯|责编|責編|编辑|編輯)\s*[:：]\s*`)
	// reNextLabel ends a label's value where the next label begins.
	reNextLabel = regexp.MustCompile(`(发布|發布|发表|時間|时间|日期|作者|记者|記者|编辑|編輯|责编|責編|来源|來源|点击|點擊|浏览|瀏覽|阅读|閱讀|字号|字號|审核|審核|摄影|攝影|校对|校對|打印|分享)\s*[:：]?`)
)

// publishedLabelWords, bareDateLabelWords and writtenLabelWords are the
// words of rePublishedLabel, reBareDateLabel and reWrittenLabel: a line
// holding none of them holds no match (TestLabelWordsAsRegexps). The first
// and the last also serve as the scanners publishedLabel and writtenLabel.
var (
	publishedLabelWords = newWordSet("发布时间", "發布時間", "发布日期", "發布日期", "發佈日期", "发布于", "发表于", "發表於", "發佈時間",
		"发表时间", "發表時間", "发表日期", "发稿时间", "發稿時間", "发文日期", "上传时间", "更新时间", "更新時間")
	bareDateLabelWords = newWordSet("时间", "時間", "日期")
	writtenLabelWords  = newWordSet("成文日期", "成文時間")
)

// reWeekday is a weekday standing beside a date: 星期一, 周六, 週三, 礼拜天.
var reWeekday = regexp.MustCompile(`^[(（]?(?:星期|週|周|礼拜|禮拜)[一二三四五六日天][)）]?$`)

// reBylineBare is a reporter's byline without a colon: "记者 王五",
// "本报记者 赵六 通讯员 钱七", "文/记者 吴十", "（记者 王小明）".
var reBylineBare = regexp.MustCompile(`^[\s（(【\[]*(?:文[/／])?(?:本报|本台|本刊|本网|新华社)?(?:记者|記者|作者)\s+(\p{Han}{2,4}(?:[ 、]\p{Han}{2,4})*)`)

// reReporter finds the reporter a news lead names: "本报讯（记者叶婉）",
// "新华社北京9月8日电（记者 张三 李四）".
var reReporter = regexp.MustCompile(`[（(]\s*(?:本报)?记者\s*([^（()）]{2,16}?)\s*[）)]`)

// leadReporter returns the reporter named at the start of a lead paragraph.
func leadReporter(s string) string {
	if len(s) > 300 {
		s = s[:300]
	}
	if !strings.Contains(s, "记者") {
		return ""
	}
	m := reReporter.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	return strings.TrimSpace(m[1])
}

// A labelMatcher finds labels as regexp.Regexp.FindAllStringIndex does.
type labelMatcher interface {
	FindAllStringIndex(s string, n int) [][]int
}

// wordLabel matches as the regexp `(w1|w2|…)\s*[:：]?\s*` over its words
// does, scanning for the words once instead of trying the alternation at
// every position (TestWordLabelAsRegexp).
type wordLabel struct{ words *wordSet }

var (
	publishedLabel = wordLabel{&publishedLabelWords} // rePublishedLabel
	writtenLabel   = wordLabel{&writtenLabelWords}   // reWrittenLabel
)

// FindAllStringIndex returns the successive leftmost matches in s, at most n
// of them (all for n < 0).
func (l wordLabel) FindAllStringIndex(s string, n int) [][]int {
	var out [][]int
	for off := 0; n < 0 || len(out) < n; {
		i, size := l.words.index(s[off:])
		if i < 0 {
			break
		}
		start := off + i
		end := skipRESpace(s, start+size)
		switch {
		case strings.HasPrefix(s[end:], ":"):
			end++
		case strings.HasPrefix(s[end:], "："):
			end += len("：")
		}
		end = skipRESpace(s, end)
		out = append(out, []int{start, end})
		off = end
	}
	return out
}

// skipRESpace returns the index of the first byte at or after i that is not
// white space as a regexp's \s means it.
func skipRESpace(s string, i int) int {
	for i < len(s) && strings.IndexByte(reSpace, s[i]) >= 0 {
		i++
	}
	return i
}

// labelledDate finds "发布时间：2021-09-08 13:42" in s. A date that follows its
// label within a few characters counts.
func labelledDate(s string, label labelMatcher) (foundDate, bool) {
	for _, m := range label.FindAllStringIndex(s, 4) {
		rest := s[m[1]:]
		if len(rest) > 40 {
			rest = rest[:40]
		}
		if d, ok := findDate(rest); ok && d.Start <= 6 {
			return d, true
		}
	}
	return foundDate{}, false
}

// labelValue returns the value after the first match of label in s: up to
// white space, a separator, or the next label.
func labelValue(s string, label *regexp.Regexp) string {
	m := label.FindStringIndex(s)
	if m == nil {
		return ""
	}
	v := s[m[1]:]
	if i := strings.IndexFunc(v, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("|｜】]）)　“”\"", r)
	}); i >= 0 {
		v = v[:i]
	}
	if loc := reNextLabel.FindStringIndex(v); loc != nil {
		v = v[:loc[0]]
	}
	if d, ok := findDate(v); ok && d.Start > 0 {
		v = v[:d.Start]
	}
	v = strings.Trim(v, " ，,;；:：、/\\-—()（）[]【】\"“”")
	if runesOver(v, 40) {
		return ""
	}
	return v
}

// lineMeta is what one text line says about the page.
type lineMeta struct {
	published     foundDate
	publishedKind string // "label", "written" (成文日期), "line" (the line is a date)
	origin        string
	author        string
	editor        string
}

// readLineMeta reads the metadata labels of one short line. Each regular
// expression runs only when the line holds the characters it needs.
//
// The origin, author and editor labels all end in a colon: a line without
// one holds none of them, and labelValue would find nothing.
func readLineMeta(s string) lineMeta { return readLineMetaDigits(s, hasDigit(s)) }

// readLineMetaDigits is readLineMeta(s) when hasDigit(s) is known.
func readLineMetaDigits(s string, digit bool) lineMeta {
	var m lineMeta
	if digit {
		m.published, m.publishedKind = readLineDate(s)
	}
	colon := hasColon(s)
	if colon && containsRune2(s, '源', '处') && !isCopyright(s, 0) {
		m.origin = labelValue(s, reOriginLabel)
	}
	if containsRune2(s, '者', '稿') {
		if colon {
			m.author = labelValue(s, reAuthorLabel)
		}
		if m.author == "" {
			m.author = bareByline(s)
		}
	}
	if colon && containsRune2(s, '编', '編') {
		m.editor = labelValue(s, reEditorLabel)
	}
	return m
}

// lineMetaRunes are the runes readLineMeta looks for before it reads an
// origin (源 处), an author (者 稿) or an editor (编 編); a date needs a digit.
var lineMetaRunes = newWordSet("源", "处", "者", "稿", "编", "編")

// mayHoldLineMeta reports whether readLineMeta can find anything in l: a
// line with no digit and none of lineMetaRunes gives it nothing to read.
func mayHoldLineMeta(l *line) bool { return l.hasDigit() || lineMetaRunes.in(l) }

// hasDigit is hasDigit(l.text), read once for the rules and the labels that ask.
func (l *line) hasDigit() bool {
	if l.digits == 0 {
		l.digits = 1
		if hasDigit(l.text) {
			l.digits = 2
		}
	}
	return l.digits == 2
}

// containsRune2 is containsAnyRune for two runes.
func containsRune2(s string, a, b rune) bool {
	return strings.ContainsRune(s, a) || strings.ContainsRune(s, b)
}

// containsAnyRune is strings.ContainsAny(s, string(runes)) for valid runes
// other than U+FFFD, by a byte search for each instead of a rune-by-rune
// search of s (UTF-8 resynchronises at every lead byte, so the two agree on
// any bytes).
func containsAnyRune(s string, runes ...rune) bool {
	for _, r := range runes {
		if strings.ContainsRune(s, r) {
			return true
		}
	}
	return false
}

// hasDigit is strings.ContainsAny(s, "0123456789"), eight bytes at a time:
// x^0x30 turns exactly the digits into bytes below 10, and (y - 0x0A…) &^ y
// & 0x80… is non-zero exactly when some byte of y is below 10.
func hasDigit(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		y := word8(s, i) ^ 0x3030303030303030
		if (y-0x0A0A0A0A0A0A0A0A)&^y&0x8080808080808080 != 0 {
			return true
		}
	}
	for ; i < len(s); i++ {
		if s[i]-'0' < 10 {
			return true
		}
	}
	return false
}

// readLineDate finds the publication date a line states: after a specific
// label, after a bare 时间/日期 label, after 成文日期, or as a date line.
func readLineDate(s string) (foundDate, string) {
	if !mayHoldDate(s) { // every branch below ends in findDate over a part of s
		return foundDate{}, ""
	}
	if d, ok := labelledDate(s, publishedLabel); ok {
		return d, "label"
	}
	if bareDateLabelWords.contains(s) && hasColon(s) {
		if d, ok := labelledDate(s, reBareDateLabel); ok {
			return d, "label"
		}
	}
	if strings.Contains(s, "成文") {
		if d, ok := labelledDate(s, writtenLabel); ok {
			return d, "written"
		}
	}
	if d, ok := findDate(s); ok && isDateLine(s, d) {
		return d, "line"
	}
	return foundDate{}, ""
}

// isDateLine reports a line that states when the page was published without
// a label: a line that is only a date, or a date with a clock time among
// other short metadata ("2021-08-23 15:55:11 来源：市发改委"), but not a
// sentence that mentions a day ("9月8日，…"). A date without a clock time
// counts among metadata when it opens the line and a label follows it after
// white space
// ("2017年10月16日　来源：…", "2022年6月9日 星期四").
func isDateLine(s string, d foundDate) bool {
	if d.Narrated {
		return false
	}
	rest := strings.TrimSpace(s[:d.Start] + " " + s[d.End:])
	if !runesOver(rest, 2) || reWeekday.MatchString(rest) {
		return true
	}
	if runesOver(s, 80) || strings.ContainsAny(rest, "。，") {
		return false
	}
	if d.HasTime {
		return true
	}
	after := strings.TrimLeft(s[d.End:], " 　\t")
	return strings.TrimSpace(s[:d.Start]) == "" && len(after) < len(s[d.End:]) && startsWithLabel(after)
}

// bareByline returns the reporters a short byline without a colon names.
func bareByline(s string) string {
	if runesOver(s, 40) {
		return ""
	}
	m := reBylineBare.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	names := strings.Fields(strings.ReplaceAll(m[1], "、", " "))
	for i, n := range names {
		if n == "通讯员" || n == "通訊員" || n == "摄影" || n == "攝影" {
			names = names[:i]
			break
		}
	}
	return strings.Join(names, " ")
}

// word8 is s[i:i+8] as a little-endian number (one load).
func word8(s string, i int) uint64 {
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

// runesOver reports len([]rune(s)) > n, counting only when it must: a
// string of at most n bytes has at most n runes, one of more than 4n bytes
// more than n (a rune, or an invalid byte counted as one, takes one to four).
func runesOver(s string, n int) bool {
	if len(s) <= n {
		return false
	}
	if len(s) > 4*n {
		return true
	}
	return utf8.RuneCountInString(s) > n
}
