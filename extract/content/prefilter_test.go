package content

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

// finiteStrings returns every string re matches when it is a finite
// language of literals, alternations, concatenations and small character
// classes (a group of label words); ok is false for anything else.
func finiteStrings(re *syntax.Regexp) (out []string, ok bool) {
	switch re.Op {
	case syntax.OpLiteral:
		return []string{string(re.Rune)}, true
	case syntax.OpEmptyMatch:
		return []string{""}, true
	case syntax.OpCapture:
		return finiteStrings(re.Sub[0])
	case syntax.OpQuest:
		sub, ok := finiteStrings(re.Sub[0])
		return append(sub, ""), ok
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > 16 {
				return nil, false
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				out = append(out, string(r))
			}
		}
		return out, true
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			sub, ok := finiteStrings(s)
			if !ok {
				return nil, false
			}
			out = append(out, sub...)
		}
		return out, true
	case syntax.OpConcat:
		out = []string{""}
		for _, s := range re.Sub {
			sub, ok := finiteStrings(s)
			if !ok {
				return nil, false
			}
			var next []string
			for _, a := range out {
				for _, b := range sub {
					next = append(next, a+b)
				}
			}
			out = next
		}
		return out, true
	}
	return nil, false
}

// groupWords returns the words of capture group n of pattern.
func groupWords(t *testing.T, pattern string, n int) []string {
	t.Helper()
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	var group *syntax.Regexp
	var find func(*syntax.Regexp)
	find = func(r *syntax.Regexp) {
		if r.Op == syntax.OpCapture && r.Cap == n {
			group = r
		}
		for _, s := range r.Sub {
			find(s)
		}
	}
	find(re)
	if group == nil {
		t.Fatalf("%s has no group %d", pattern, n)
	}
	words, ok := finiteStrings(group)
	if !ok {
		t.Fatalf("group %d of %s is not a list of words", n, pattern)
	}
	return words
}

// TestLabelWordsAsRegexps checks that each word list used as a prefilter
// holds every word of the regular expression it guards (a word the regexp
// needs and the list lacks would make the prefilter drop a match), and that
// on the labelled pages' lines and random strings no line the list rejects
// is matched.
func TestLabelWordsAsRegexps(t *testing.T) {
	for _, tt := range []struct {
		name  string
		re    *regexp.Regexp
		group int
		words *wordSet
	}{
		{"rePublishedLabel", rePublishedLabel, 1, &publishedLabelWords},
		{"reBareDateLabel", reBareDateLabel, 1, &bareDateLabelWords},
		{"reWrittenLabel", reWrittenLabel, 1, &writtenLabelWords},
	} {
		words := groupWords(t, tt.re.String(), tt.group)
		if len(words) < 2 {
			t.Fatalf("%s: only %d words in group %d", tt.name, len(words), tt.group)
		}
		for _, w := range words {
			if !slices.Contains(tt.words.words, w) {
				t.Errorf("%s: the word list lacks %q", tt.name, w)
			}
		}
		lines := corpusLines(t)
		parts := append(append([]string{}, words...), "：", ":", " ", "2024-01-02", "发", "時", "日", "\xe5", "文字")
		lines = append(lines, randomLines(2, 20000, 8, parts)...)
		for _, s := range lines {
			if tt.re.MatchString(s) && !tt.words.contains(s) {
				t.Fatalf("%s matches %q but the word list rejects it", tt.name, s)
			}
		}
	}
}

// TestMayHoldDateNecessary checks that no date pattern matches a string
// mayHoldDate rejects, on the labelled pages' lines and random strings of
// digits, separators and date words.
func TestMayHoldDateNecessary(t *testing.T) {
	lines := append(corpusLines(t), "2024-01-02", "19.9.2019", "2019", "201", "1920", "20 24-1-2", "２０２４年")
	parts := []string{"1", "2", "9", "0", "19", "20", "2024", "1998", "-", "5月3日", "-1-2", "2021-09-08", "1999年12月31日", "-", ".", "/", "年", "月", "日", " ", "上午", "下午", "8:21", "T", "Z", "+08:00", "\xe5"}
	lines = append(lines, randomLines(3, 50000, 10, parts)...)
	matched := 0
	for _, s := range lines {
		hit := reDate.MatchString(s) || reDateMeridiem.MatchString(s) || reDateDMY.MatchString(s)
		if hit {
			matched++
		}
		if hit && !mayHoldDate(s) {
			t.Fatalf("a date pattern matches %q but mayHoldDate rejects it", s)
		}
		old := strings.Contains(s, "20") || strings.Contains(s, "19")
		if mayHoldDate(s) && !old {
			t.Fatalf("mayHoldDate(%q) holds where the century test does not", s)
		}
	}
	if matched < 1000 {
		t.Fatalf("only %d lines hold a date: the inputs miss the point", matched)
	}
}

func TestHasYear(t *testing.T) {
	for _, tt := range []struct {
		s, century string
		want       bool
	}{
		{"", "20", false}, {"20", "20", false}, {"202", "20", false}, {"2024", "20", true}, {"x2020x", "20", true},
		{"20x20 2031", "20", true}, {"1920", "20", false}, {"1920", "19", true}, {"120a", "20", false}, {"2020", "20", true},
	} {
		if got := hasYear(tt.s, tt.century); got != tt.want {
			t.Errorf("hasYear(%q, %q) = %v, want %v", tt.s, tt.century, got, tt.want)
		}
	}
}

// TestLineRulePrefilters checks the line rules' prefilters against the
// patterns they guard: every word of reMemberStat's and reFromPlace's first
// group begins with one of memberStatWords or fromPlaceWords, and on the
// labelled pages' lines and random lines no pattern matches a line its
// prefilter rejects. isMemberStat, which replaced reMemberStat, must agree
// with it on every line.
func TestLineRulePrefilters(t *testing.T) {
	for _, tt := range []struct {
		name     string
		re       *regexp.Regexp
		prefixes []string
	}{{"reMemberStat", reMemberStat, memberStatWords}, {"reFromPlace", reFromPlace, fromPlaceWords}} {
		for _, w := range groupWords(t, tt.re.String(), 1) {
			if !hasAnyPrefix(w, tt.prefixes) {
				t.Errorf("%s: no prefix of %q among the prefilter's words", tt.name, w)
			}
		}
	}
	lines := corpusLines(t)
	parts := []string{"帖子", "积分", "注册时间", "来自", "來自", "IP属地", "发布于", "@", "a.b", " ", "\t", "\n", "北野", "3", "12", "天",
		"前", "后", "刚刚", "剛剛", "分钟", "浏览", "阅读", "点击", "访问", "次数", "量", "字体", "【", "[", ":", "：", "\xe5"}
	lines = append(lines, randomLines(8, 50000, 8, parts)...)
	for _, s := range lines {
		if reCounter.MatchString(s) && !hasColon(s) {
			t.Fatalf("reCounter matches %q without a colon", s)
		}
		if reMemberStat.MatchString(s) && !hasAnyPrefix(s, memberStatWords) {
			t.Fatalf("reMemberStat matches %q, which begins with none of memberStatWords", s)
		}
		if reFromPlace.MatchString(s) && !hasAnyPrefix(strings.TrimLeft(s, reSpace), fromPlaceWords) {
			t.Fatalf("reFromPlace matches %q, which begins with none of fromPlaceWords", s)
		}
		if reHandle.MatchString(s) && !strings.Contains(s, "@") {
			t.Fatalf("reHandle matches %q without an @", s)
		}
		if l := (line{text: s, mask: runeMask(s)}); reRelativeTime.MatchString(s) && !relativeTimeWords.in(&l) {
			t.Fatalf("reRelativeTime matches %q, which holds none of relativeTimeWords", s)
		}
		if got, want := isMemberStat(s), reMemberStat.MatchString(s); got != want {
			t.Fatalf("isMemberStat(%q) = %v, reMemberStat says %v", s, got, want)
		}
	}
	for _, s := range []string{"帖子 12", "积分：30 ", "注册时间:\t2", "帖子", "帖子 ", "帖子 1a", "帖子：：1", " 帖子 1", "主题 12 3", "经验 ９"} {
		if got, want := isMemberStat(s), reMemberStat.MatchString(s); got != want {
			t.Errorf("isMemberStat(%q) = %v, reMemberStat says %v", s, got, want)
		}
	}
}

// TestWordLabelAsRegexp checks that the wordLabel scanners find what the
// regexps they replace find, match for match, on the labelled pages' lines
// and on random lines of the label words, their pieces, white space, colons
// and invalid bytes: the words must be the regexp's alternation, in order.
func TestWordLabelAsRegexp(t *testing.T) {
	for _, tt := range []struct {
		name  string
		re    *regexp.Regexp
		label wordLabel
	}{{"rePublishedLabel", rePublishedLabel, publishedLabel}, {"reWrittenLabel", reWrittenLabel, writtenLabel}} {
		if words := groupWords(t, tt.re.String(), 1); !slices.Equal(words, tt.label.words.words) {
			t.Errorf("%s: words %q, the regexp's %q", tt.name, tt.label.words.words, words)
		}
		parts := append(append([]string{}, tt.label.words.words...), "发布", "时间", "成文", "：", ":", " ", "\t", "\n", "\v", "\f", "\r",
			"\u3000", "2024-01-02", "x", "\xe5", "\xe6\x97")
		lines := append(corpusLines(t), randomLines(12, 30000, 8, parts)...)
		matched := 0
		for _, s := range lines {
			for _, n := range []int{4, -1, 1} {
				got, want := tt.label.FindAllStringIndex(s, n), tt.re.FindAllStringIndex(s, n)
				if len(got) != len(want) {
					t.Fatalf("%s on %q (n %d): %v, regexp %v", tt.name, s, n, got, want)
				}
				for i := range got {
					if !slices.Equal(got[i], want[i]) {
						t.Fatalf("%s on %q (n %d): %v, regexp %v", tt.name, s, n, got, want)
					}
				}
				if n == 4 && len(want) > 0 {
					matched++
				}
			}
		}
		if matched < 1000 {
			t.Fatalf("%s: only %d lines match: the inputs miss the point", tt.name, matched)
		}
	}
}

// TestContainsAnyRuneAsStrings checks containsAnyRune, containsRune2 and
// hasDigit against strings.ContainsAny on random strings with invalid bytes.
func TestContainsAnyRuneAsStrings(t *testing.T) {
	parts := []string{"前", "刚", "剛", "后", "|", "｜", "·", "1", "9", "0", "a", " ", "天", "\xe5", "\xe5\x89", "\x89", "\xc2", "\ufffd", "\xff"}
	for _, s := range append(corpusLines(t), randomLines(13, 50000, 6, parts)...) {
		if got, want := containsAnyRune(s, '前', '刚', '剛', '后'), strings.ContainsAny(s, "前刚剛后"); got != want {
			t.Fatalf("containsAnyRune(%q, 前刚剛后) = %v, strings.ContainsAny %v", s, got, want)
		}
		if got, want := containsAnyRune(s, '|', '｜', '·'), strings.ContainsAny(s, "|｜·"); got != want {
			t.Fatalf("containsAnyRune(%q, |｜·) = %v, strings.ContainsAny %v", s, got, want)
		}
		if got, want := containsRune2(s, '刚', '剛'), strings.ContainsAny(s, "刚剛"); got != want {
			t.Fatalf("containsRune2(%q) = %v, strings.ContainsAny %v", s, got, want)
		}
		if got, want := hasDigit(s), strings.ContainsAny(s, "0123456789"); got != want {
			t.Fatalf("hasDigit(%q) = %v, strings.ContainsAny %v", s, got, want)
		}
	}
}

// TestMayHoldLineMeta checks the prefilter of readLineMeta: a line it
// rejects gives readLineMeta nothing, on the labelled pages' walked lines
// (real masks) and on random lines of the label words, digits and colons.
func TestMayHoldLineMeta(t *testing.T) {
	lines := corpusWalkedLines(t)
	parts := []string{"来源", "出处", "作者", "稿件", "编辑", "編輯", "责任", "记者", "：", ":", "2024", "年", "9月1日", " ", "|", "新华社", "本站", "发布", "\xe5"}
	for _, s := range randomLines(11, 30000, 6, parts) {
		lines = append(lines, line{text: s, mask: runeMask(s)}, line{text: s})
	}
	rejected := 0
	for i := range lines {
		l := &lines[i]
		if mayHoldLineMeta(l) {
			continue
		}
		rejected++
		if m := readLineMeta(l.text); m != (lineMeta{}) {
			t.Fatalf("mayHoldLineMeta rejects %q, where readLineMeta finds %+v", l.text, m)
		}
	}
	if rejected == 0 {
		t.Fatal("no line rejected: the test checks nothing")
	}
	t.Logf("%d of %d lines rejected", rejected, len(lines))
}

// FuzzIsMemberStat compares isMemberStat with the regexp it replaced.
func FuzzIsMemberStat(f *testing.F) {
	for _, s := range []string{"帖子 12", "积分：30 ", "注册时间:\t2", "帖子", "主题 12 3", "经验 ９", "最后登录\n:\f7\r"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isMemberStat(s), reMemberStat.MatchString(s); got != want {
			t.Fatalf("isMemberStat(%q) = %v, reMemberStat says %v", s, got, want)
		}
	})
}
