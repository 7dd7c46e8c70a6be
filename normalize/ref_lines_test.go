package normalize

import (
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// The line rules as they were before wordSet and the hand-written
// pre-checks: the references the faster rules must agree with.

type refLiterals struct{ words, fold []string }

func (ls refLiterals) MatchString(s string) bool {
	for _, w := range ls.words {
		if strings.Contains(s, w) {
			return true
		}
	}
	for _, w := range ls.fold {
		if containsFoldASCII(s, w) {
			return true
		}
	}
	return false
}

// refDropAfterHeadings is dropAfterHeadings as it was.
func refDropAfterHeadings(lines []string, drop []bool) {
	for i := 0; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		if utf8.RuneCountInString(l) > 30 || !refListHeadRe.MatchString(l) {
			continue
		}
		for j := i + 1; j < len(lines); j++ {
			t := strings.TrimSpace(lines[j])
			if utf8.RuneCountInString(t) >= 60 && strings.Contains(t, "。") && !(refMayStatement(t) && statementRe.MatchString(t)) {
				break
			}
			drop[j] = true
		}
	}
}

var (
	refToolWords       = refLiterals{words: toolWords}
	refCopyrightStrong = refLiterals{words: copyrightStrong, fold: []string{"copyright"}}
	refCopyrightWeak   = refLiterals{words: []string{"主办单位：", "主办单位:", "承办单位：", "承办单位:", "主办：", "主办:", "技术支持：", "技术支持:", "联系我们", "网站地图", "免责声明"}}
	refReprintWords    = refLiterals{words: []string{"转载", "复制", "使用", "镜像"}}
	refScanRe          = regexp.MustCompile(`扫码|二维码`)
	statementRe        = regexp.MustCompile(`本网注明|版权均属于|未经本网授权|转载自其他媒体|免责声明|版权归原作者|^声明[:：]?$`)
	refListHeadRe      = regexp.MustCompile(`^[【\[]?(相关文章|相关新闻|相关阅读|相关链接|相关附件|相关稿件|延伸阅读|推荐阅读|热点推荐|热门文章|热门话题|热门推荐|评论排行|最新评论|最新新闻|最新文章|最新动态|图片新闻|猜你喜欢|精彩推荐|网友评论|文章搜索|上一篇|下一篇|上一条|下一条)[】\]]?\s*[:：]?`)
)

func refIsBreadcrumb(line string) bool {
	if !strings.Contains(line, "位置") && !strings.Contains(line, "首页") && !strings.Contains(line, "首頁") &&
		!strings.Contains(line, "主页") && !strings.Contains(line, "正文") {
		return false
	}
	return utf8.RuneCountInString(line) < 120 && breadcrumbRe.MatchString(line)
}

func refIsToolBar(line string) bool {
	if utf8.RuneCountInString(line) >= 60 || strings.ContainsAny(line, "。，；！？") {
		return false
	}
	return refToolWords.MatchString(line) || strings.Contains(line, "中") && fontSizeRe.MatchString(line)
}

func refIsCopyright(line string) bool {
	n := utf8.RuneCountInString(line)
	if n >= 300 {
		return false
	}
	if refCopyrightStrong.MatchString(line) || strings.Contains(line, "未经") && refReprintWords.MatchString(line) {
		return true
	}
	return n <= 80 && refCopyrightWeak.MatchString(line)
}

func refMayStatement(l string) bool {
	return strings.Contains(l, "本网") || strings.Contains(l, "版权") || strings.Contains(l, "转载") ||
		strings.Contains(l, "声明")
}

func refChromeLine(l string) bool {
	n := utf8.RuneCountInString(l)
	switch {
	case l == "":
		return false
	case strings.Trim(l, ":：|-—=*·•.。,，_ ") == "":
		return true
	case refIsBreadcrumb(l):
		return true
	case n > 100:
		return false
	case refIsToolBar(l):
		return true
	case n <= 12 && refScanRe.MatchString(l):
		return true
	case refIsCopyright(l):
		return true
	case refMayStatement(l) && statementRe.MatchString(l):
		return true
	case n <= 80 && !strings.Contains(l, "。") && strings.ContainsAny(l, ":：") && metaRe.MatchString(l):
		return true
	case strings.IndexByte(l, '.') >= 0 && imageRe.MatchString(l), maySite(l) && siteRe.MatchString(l):
		return true
	case n <= 30 && refListHeadRe.MatchString(l):
		return true
	}
	return false
}

func refLinkLine(l string) bool {
	l = strings.TrimSpace(l)
	if l == "" || utf8.RuneCountInString(l) > 100 || strings.Contains(l, "。") {
		return false
	}
	return strings.HasPrefix(l, "- ") || strings.HasPrefix(l, "• ") || strings.HasPrefix(l, "·") ||
		strings.HasPrefix(l, "* ") || strings.HasPrefix(l, "►") || strings.HasPrefix(l, "▪") ||
		dateEndRe.MatchString(l) || strings.HasSuffix(l, "...") || strings.HasSuffix(l, "…")
}

// corpusLines returns the lines of the labelled pages in /work/shared
// (text dumps as they are, HTML pages also with their tags cut out), of
// the seed pages in testdata, and of every golden file: nil parts are
// skipped when absent.
func corpusLines(tb testing.TB) []string {
	tb.Helper()
	var files []string
	for _, g := range []string{"/work/shared/corpus/*/*.txt", "/work/shared/corpus/*/pages/*", "testdata/seeds/*.txt", "testdata/golden/*"} {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	tag := regexp.MustCompile(`<[^>]*>`)
	seen := map[string]bool{}
	var out []string
	add := func(l string) {
		for _, v := range []string{l, strings.TrimSpace(l)} {
			if !seen[v] {
				seen[v] = true
				out = append(out, v)
			}
		}
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		s := string(raw)
		if strings.HasSuffix(f, ".html") {
			for _, l := range strings.Split(tag.ReplaceAllString(s, "\n"), "\n") {
				add(l)
			}
		}
		for _, l := range strings.Split(s, "\n") {
			add(l)
		}
	}
	return out
}

// ruleAlphabet holds the pieces the line rules look for, pieces of them,
// case variants, separators and broken bytes: random lines over it hit the
// rules' edges often.
var ruleAlphabet = func() []string {
	a := []string{"", " ", "\t", ":", "：", "。", "，", "|", ">", "»", "/", "-", "—", "(", ")", "（", "）", "[", "]", "【", "】",
		"2024-08-21", "08-21", "2024", "12", ".png", "image", "...", "…", "- ", "• ", "·", "* ", "►", "▪",
		"\xe7", "\x89", "\xe7\x89", "\xff", "\xc2", "\xa9", "中", "大", "小", "大 中 小", "主办", "主管", "承办",
		"来源", "作者", "发布时间", "浏览", "发布", "首页", "您", "当前", "位置", "正文", "copyRIGHT", "COPY", "right",
		"ICP", "icp备", "©", "未经", "版", "权", "文字", "质量月", "活动", "的", "声明", "本网", "版权均属于", "是"}
	for _, ws := range [][]string{toolWords, copyrightStrong, copyrightWeak, reprintWords, listHeads, statementWords, metaHeads} {
		for _, w := range ws {
			rs := []rune(w)
			a = append(a, w, string(rs[:len(rs)/2]), string(rs[len(rs)/2:]), w[:len(w)-1])
		}
	}
	return a
}()

// randomLines returns n lines of random pieces of ruleAlphabet.
func randomLines(n int, seed int64) []string {
	rnd := rand.New(rand.NewSource(seed))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for k := rnd.Intn(12); k >= 0; k-- {
			b.WriteString(ruleAlphabet[rnd.Intn(len(ruleAlphabet))])
		}
		out[i] = b.String()
	}
	return out
}

// ruleInputs is the corpus's lines and random ones.
func ruleInputs(tb testing.TB) []string {
	return append(corpusLines(tb), randomLines(200000, 1)...)
}

// TestLineRulesMatchReference runs the line rules and their references
// over every line of the labelled pages and many random lines.
func TestLineRulesMatchReference(t *testing.T) {
	lines := ruleInputs(t)
	bad := 0
	for _, l := range lines {
		for _, c := range []struct {
			name      string
			got, want bool
		}{
			{"IsBreadcrumb", IsBreadcrumb(l), refIsBreadcrumb(l)},
			{"IsToolBar", IsToolBar(l), refIsToolBar(l)},
			{"IsCopyright", IsCopyright(l), refIsCopyright(l)},
			{"chromeLine", chromeLine(l), refChromeLine(l)},
			{"chromeLine(trimmed)", chromeLine(strings.TrimSpace(l)), refChromeLine(strings.TrimSpace(l))},
			{"linkLine", linkLineOf(l), refLinkLine(l)},
			{"isListHead", isListHead(l), refListHeadRe.MatchString(l)},
			{"isStatement", isStatement(l, statementWords2.scan(l)), refMayStatement(l) && statementRe.MatchString(l)},
		} {
			if c.got != c.want {
				t.Errorf("%s(%q) = %v, reference %v", c.name, l, c.got, c.want)
				if bad++; bad > 20 {
					t.FailNow()
				}
			}
		}
	}
	t.Logf("%d lines", len(lines))
}

func FuzzLineRulesMatchReference(f *testing.F) {
	for _, l := range randomLines(50, 2) {
		f.Add(l)
	}
	f.Fuzz(func(t *testing.T, l string) {
		if chromeLine(l) != refChromeLine(l) || IsCopyright(l) != refIsCopyright(l) || IsToolBar(l) != refIsToolBar(l) ||
			IsBreadcrumb(l) != refIsBreadcrumb(l) || linkLineOf(l) != refLinkLine(l) || isListHead(l) != refListHeadRe.MatchString(l) {
			t.Fatalf("line rules differ from the reference on %q", l)
		}
	})
}

// refDropListRuns is dropListRuns as it was, asking linkLine as it goes.
func refDropListRuns(lines []string, drop []bool) {
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && (refLinkLine(lines[j]) || j > i && strings.TrimSpace(lines[j]) == "") {
			j++
		}
		if j-i >= 2 {
			for k := i; k < j; k++ {
				drop[k] = true
			}
			i = j
			continue
		}
		i++
	}
}

// chromeLine is DropChrome's rule for one line on its own.
func chromeLine(l string) bool {
	drop, _ := chromeLineCount(l)
	return drop
}

// linkLineOf is linkLine of the line trimmed, as DropChrome asks it.
func linkLineOf(l string) bool {
	t := strings.TrimSpace(l)
	return linkLine(t, capRunes(t, 120))
}

// chromeRowsOf are DropChrome's rows of lines, none marked for dropping yet.
func chromeRowsOf(lines []string) []chromeRow {
	rows := make([]chromeRow, len(lines))
	for i, l := range lines {
		t := strings.TrimSpace(l)
		rows[i] = chromeRow{line: l, t: t, n: capRunes(t, 120)}
		rows[i].link = linkLine(t, rows[i].n)
	}
	return rows
}

// TestDropAfterHeadingsMatchesReference runs dropAfterHeadings and dropListRuns and their
// reference over the labelled pages' lines in order and over random runs
// of lines with headings among them.
func TestDropAfterHeadingsMatchesReference(t *testing.T) {
	lines := corpusLines(t)
	rnd := newRand(8)
	for range 3000 {
		for k := rnd.Intn(8); k >= 0; k-- {
			switch rnd.Intn(4) {
			case 0:
				lines = append(lines, listHeads[rnd.Intn(len(listHeads))]+ruleAlphabet[rnd.Intn(len(ruleAlphabet))])
			case 1:
				lines = append(lines, strings.Repeat("质量月活动", 1+rnd.Intn(20))+[]string{"。", "", "本网注明。", "声明"}[rnd.Intn(4)])
			case 2:
				lines = append(lines, []string{"- 某条(2024-08-21)", "• 一条", "标题…", "", " ", "标题(08-21)"}[rnd.Intn(6)])
			default:
				lines = append(lines, randomLines(1, rnd.Int63())[0])
			}
		}
	}
	for start := 0; start < len(lines); start += 500 {
		part := lines[start:min(start+500, len(lines))]
		rows, want := chromeRowsOf(part), make([]bool, len(part))
		dropAfterHeadings(rows)
		refDropAfterHeadings(part, want)
		dropListRuns(rows)
		refDropListRuns(part, want)
		for i := range rows {
			if rows[i].drop != want[i] {
				t.Fatalf("dropAfterHeadings+dropListRuns: line %q: %v, reference %v", part[i], rows[i].drop, want[i])
			}
		}
	}
}
