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

// checkLiterals fails when a pattern of creditedSource matches s without
// the literal it is asked for first (首页, 来源).
func checkLiterals(t *testing.T, s string) {
	t.Helper()
	if breadcrumbRe.MatchString(s) && !strings.Contains(s, "首页") {
		t.Errorf("breadcrumbRe matches %q without 首页", s)
	}
	if sourceCreditRe.MatchString(s) && !strings.Contains(s, "来源") {
		t.Errorf("sourceCreditRe matches %q without 来源", s)
	}
}

// TestPatternLiterals checks the literals that creditedSource asks for
// before it runs its patterns: no text a pattern matches lacks them.
func TestPatternLiterals(t *testing.T) {
	lines := []string{"首页/ 今日某县/ 正文", "您当前所在的位置：首页 > 新闻", "您当前所在位置为: 首页»", "首页", "主页 > 新闻", "首 页/",
		"来源：某某日报", "来源: 某县融媒体中心", "来 源：某报"}
	for _, in := range scanInputs(t) {
		lines = append(lines, in.Text)
		lines = append(lines, strings.Split(in.Text, "\n")...)
	}
	for _, l := range lines {
		checkLiterals(t, l)
		checkLiterals(t, strings.TrimSpace(l))
	}
}

func FuzzPatternLiterals(f *testing.F) {
	f.Add("您当前所在的位置：首页 > 新闻")
	f.Add("来源：某某日报")
	f.Fuzz(checkLiterals)
}

// TestTrimSpace checks trimSpace against strings.TrimSpace on the labelled
// pages' lines and sentences and on random strings with spaces of every kind.
func TestTrimSpace(t *testing.T) {
	texts := append(mayTexts(20000), "", " ", "\u3000", "\u3000甲", "甲\u3000", "\u00a0甲\u0085", "\u2000甲\u205f", "\xe3\x80", "甲\xe3\x80\x80",
		"\xed\xa0\x80", "\xe3\x80\x80\x80", "a", "a ", " a", "\x80\x80", "。", "。\u3000", "\xef\xbc")
	for _, in := range scanInputs(t) {
		texts = append(texts, strings.Split(in.Text, "\n")...)
	}
	for _, s := range texts {
		for _, x := range []string{s, " " + s, s + "\u3000", "\u3000" + s + "\t"} {
			if got, want := trimSpace(x), strings.TrimSpace(x); got != want {
				t.Fatalf("trimSpace(%q) = %q, strings.TrimSpace %q", x, got, want)
			}
		}
	}
}

func FuzzTrimSpace(f *testing.F) {
	f.Add("\u3000甲乙\u00a0")
	f.Add("\xe3\x80\x80\x80")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
			t.Fatalf("trimSpace(%q) = %q, strings.TrimSpace %q", s, got, want)
		}
	})
}

// TestLinkItemBullets checks that every bullet of isLinkItem begins with
// one of the two bytes it looks for first.
func TestLinkItemBullets(t *testing.T) {
	for _, l := range []string{"•新闻", "·新闻", "●新闻", "◆新闻", "▪新闻", "■新闻", "□新闻", "○新闻", "新闻...", "新闻…"} {
		if !isLinkItem(l) {
			t.Errorf("isLinkItem(%q) = false", l)
		}
	}
	for _, l := range []string{"新闻", "", "…新闻", "‣新闻"} {
		if isLinkItem(l) {
			t.Errorf("isLinkItem(%q) = true", l)
		}
	}
}

// refHeadline is the headline split as it was: strings.FieldsFunc at the
// separators, each part trimmed and weighed.
func refHeadline(title string) []sentence {
	var out []sentence
	for _, part := range strings.FieldsFunc(title, func(r rune) bool {
		return strings.ContainsRune("-_|｜—", r)
	}) {
		if part = strings.TrimSpace(part); part == "" {
			continue
		}
		w := wHeadline
		for _, suf := range siteSuffixes {
			if strings.HasSuffix(part, suf) {
				w = wBody
				break
			}
		}
		out = append(out, sentence{text: part, weight: w})
	}
	return out
}

func checkHeadline(t *testing.T, title string) {
	t.Helper()
	var got []sentence
	eachHeadlinePart(title, func(s sentence) bool { got = append(got, s); return true })
	if want := refHeadline(title); !slices.Equal(got, want) {
		t.Fatalf("headline parts of %q: %v, want %v", title, got, want)
	}
	if len(got) > 1 { // stopping after the first part yields that one only
		var first []sentence
		if eachHeadlinePart(title, func(s sentence) bool { first = append(first, s); return false }) || len(first) != 1 || first[0] != got[0] {
			t.Fatalf("headline parts of %q, stopped after one: %v", title, first)
		}
	}
}

// TestHeadlineParts checks eachHeadlinePart against the FieldsFunc split on
// the labelled pages' titles and lines and on random titles.
func TestHeadlineParts(t *testing.T) {
	titles := []string{"", "-", "新华视界｜河北遵化：质量月-新华网河北频道-新华网", " a _ b ", "——", "甲|\xff|乙", "某网 - 某报"}
	for _, in := range scanInputs(t) {
		titles = append(titles, in.Title)
		titles = append(titles, strings.Split(in.Text, "\n")...)
	}
	titles = append(titles, mayTexts(5000)...)
	for _, title := range titles {
		checkHeadline(t, title)
		checkHeadline(t, title+"-新华网 | "+title)
	}
}

func FuzzHeadlineParts(f *testing.F) {
	f.Add("新华视界｜河北遵化：质量月-新华网河北频道-新华网")
	f.Fuzz(checkHeadline)
}
