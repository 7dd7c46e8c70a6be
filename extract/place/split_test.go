package place

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// refSplitSentences is splitSentences as it was, ranging over the runes.
func refSplitSentences(p string) []string {
	var out []string
	start := 0
	for i, r := range p {
		switch r {
		case '。', '！', '？', '；', '!', '?', ';':
			end := i + utf8.RuneLen(r)
			if s := strings.TrimSpace(p[start:end]); s != "" {
				out = append(out, s)
			}
			start = end
		}
	}
	if s := strings.TrimSpace(p[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// TestSplitSentencesAsRunes checks the byte scan of splitSentences against
// ranging over the runes, on invented lines and the labelled pages' lines.
func TestSplitSentencesAsRunes(t *testing.T) {
	lines := []string{"", "。", "甲。乙！丙？丁；戊!己?庚;", " 甲 。 。乙", "\xe3\x80", "\xe3\x80\x82\xe3", "\xf0\x9f\xe3\x80\x82x",
		"\xef\xbc\x81\xef\xbc\x9f\xef\xbc\x9b\xef\xbc", "〃、。〈", "！？；", "ab;cd"}
	for _, in := range scanInputs(t) {
		lines = append(lines, strings.Split(in.Text, "\n")...)
	}
	for _, l := range lines {
		if got, want := splitSentences(l), refSplitSentences(l); !slices.Equal(got, want) {
			t.Errorf("splitSentences(%q) = %q, want %q", l, got, want)
		}
	}
}

func FuzzSplitSentences(f *testing.F) {
	f.Add("甲。乙！丙？丁；戊!己?庚;\xe3\x80")
	f.Fuzz(func(t *testing.T, p string) {
		if got, want := splitSentences(p), refSplitSentences(p); !slices.Equal(got, want) {
			t.Errorf("splitSentences(%q) = %q, want %q", p, got, want)
		}
	})
}

// TestBreadcrumbNeedsHomePage checks the literal that creditedSource asks
// for before it runs breadcrumbRe: no line the pattern matches lacks it.
func TestBreadcrumbNeedsHomePage(t *testing.T) {
	lines := []string{"首页/ 今日某县/ 正文", "您当前所在的位置：首页 > 新闻", "您当前所在位置为: 首页»", "首页", "主页 > 新闻", "首 页/"}
	for _, in := range scanInputs(t) {
		lines = append(lines, strings.Split(in.Text, "\n")...)
	}
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if breadcrumbRe.MatchString(l) && !strings.Contains(l, "首页") {
			t.Errorf("breadcrumbRe matches %q without 首页", l)
		}
	}
}

func FuzzBreadcrumbNeedsHomePage(f *testing.F) {
	f.Add("您当前所在的位置：首页 > 新闻")
	f.Fuzz(func(t *testing.T, l string) {
		if breadcrumbRe.MatchString(l) && !strings.Contains(l, "首页") {
			t.Errorf("breadcrumbRe matches %q without 首页", l)
		}
	})
}
