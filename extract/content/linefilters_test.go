package content

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ccorpus/ccorpus/normalize"
)

// TestLineSetsAsContains checks that wordSet.in answers from the shared
// reading (lineSets) as each list's own search does, for every indexed list,
// on the labelled pages' lines and random lines of all their words.
func TestLineSetsAsContains(t *testing.T) {
	sets := append([]*wordSet{&commentWords, &loginWords, &imageWords, &counterWords, &forumWords, &xxgkWords, &interactionWords,
		&noticeSelf, &toolBarWords, &copyrightWords, &breadcrumbWords, &qrCodeWords, &relativeTimeWords, &lineMetaRunes}, noticeWordSets...)
	var parts []string
	for _, ws := range sets {
		if ws.id == 0 {
			t.Fatalf("a list is not in lineSets: %q", ws.words)
		}
		for _, w := range ws.words {
			parts = append(parts, w, w[:len(w)-1])
		}
	}
	// Invalid bytes: stray continuation bytes, a truncated rune, an encoded
	// surrogate, an overlong form, and 4-byte runes.
	parts = append(parts, " ", "文", "\xe5", "\x88", "\xe4\xb8", "\xed\xa0\x80", "\xe0\x80\x80", "\xe0\xa4\x80", "𠀀", "é")
	lines := append(corpusLines(t), randomLines(14, 30000, 6, parts)...)
	for _, s := range lines {
		l := line{text: s}
		for _, ws := range sets {
			got, want := ws.in(&l), ws.contains(s)
			if got != want || got != containsAny(s, ws.words) {
				t.Fatalf("in(%q) = %v, contains %v, strings.Contains %v (list %q)", s, got, want, containsAny(s, ws.words), ws.words[0])
			}
		}
	}
}

// TestIsToolBarAsNormalize checks isToolBar against normalize.IsToolBar on
// the labelled pages' lines and random lines of tool words and pieces.
func TestIsToolBarAsNormalize(t *testing.T) {
	lines := corpusLines(t)
	parts := []string{"分享到", "分享", "至", "扫一扫", "打印", "【", "】", "关闭", "[", "]", "窗口", "字体", "字号", "纠错", "列印", "關閉",
		"收藏", "本页", "加入", "我的", "设为首页", "返回", "顶部", "首页", "无障碍", "长者助手", "浏览次数", "阅读", "次数", "点击数", "访问量",
		":", "：", "大", "中", "小", " ", "。", "，", "文", "\xe5"}
	lines = append(lines, randomLines(6, 50000, 8, parts)...)
	hits := 0
	for _, s := range lines {
		want := normalize.IsToolBar(s)
		if want {
			hits++
		}
		l := line{text: s}
		if got := isToolBar(&l); got != want {
			t.Fatalf("isToolBar(%q) = %v, normalize.IsToolBar = %v", s, got, want)
		}
	}
	if hits < 1000 {
		t.Fatalf("only %d tool bars among %d lines: the inputs miss the point", hits, len(lines))
	}
}

// TestIsCopyrightAsNormalize checks that the prefiltered isCopyright says
// what normalize.IsCopyright says, on the labelled pages' lines, on chosen
// lines and on random strings built from the words, their pieces, their
// neighbours and invalid bytes.
func TestIsCopyrightAsNormalize(t *testing.T) {
	lines := []string{"", "版权所有 © 2024 某市人民政府", "京ICP备12345678号", "COPYRIGHT 2024", "CopyRight", "copyrigh",
		"未经授权禁止转载", "未经许可", "主办单位：某市政府", "主办单位", "联系我们 | 网站地图", "All Rights Reserved.", "all rights reserved",
		"本网注明“来源：某报”的作品", strings.Repeat("联系我们", 30), strings.Repeat("版权所有", 80), "\xff版权所有", "版\xe7权所有"}
	lines = append(lines, corpusLines(t)...)
	parts := []string{"版", "权", "權", "所有", "归", "©", "All", " Rights", " Reserved", "all rights reserved", "ICP", "备", "证",
		"公网安备", "网站", "标识码", "本网", "注明", "转载", "请", "轉載請註明", "平台声明", "仅代表作者本人", "不代表本网观点",
		"仅提供信息存储空间", "copy", "COPY", "Copy", "right", "RIGHT", "主办", "承办", "单位", "：", ":", "技术支持", "联系", "我们",
		"网站地图", "免责声明", "未", "经", "复制", "使用", "镜像", "，", "的", " ", "a", "\xe7", "\xff", strings.Repeat("文", 40)}
	lines = append(lines, randomLines(1, 50000, 12, parts)...)
	hits := 0
	for _, s := range lines {
		want := normalize.IsCopyright(s)
		if want {
			hits++
		}
		mask := uint64(0)
		if utf8.ValidString(s) {
			mask = runeMask(s)
		}
		if got := isCopyright(s, mask); got != want {
			t.Fatalf("isCopyright(%q, mask) = %v, normalize.IsCopyright = %v", s, got, want)
		}
		if got := isCopyright(s, 0); got != want {
			t.Fatalf("isCopyright(%q, 0) = %v, normalize.IsCopyright = %v", s, got, want)
		}
	}
	if hits < 100 {
		t.Fatalf("only %d of %d lines are copyright lines: the test inputs miss the point", hits, len(lines))
	}
}

func TestContainsFoldASCII(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"", false}, {"copyright", true}, {"COPYRIGHT", true}, {"©Copyright 2024", true}, {"copyrigh", false},
		{"copy right", false}, {"xxcoPYrighT", true}, {"版权copyright", true}, {"c\xe9pyright", false},
	} {
		if got := containsFoldASCII(tt.s, "copyright"); got != tt.want {
			t.Errorf("containsFoldASCII(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// BenchmarkCopyrightLines is the prefiltered isCopyright against
// normalize.IsCopyright over the labelled pages' lines (ratio: x-normalize).
func BenchmarkCopyrightLines(b *testing.B) {
	lines := corpusLines(b)
	if len(lines) == 0 {
		b.Skip("shared corpus not found")
	}
	masks := make([]uint64, len(lines))
	for i, s := range lines {
		masks[i] = runeMask(s)
	}
	b.Run("normalize", func(b *testing.B) {
		for b.Loop() {
			for _, s := range lines {
				normalize.IsCopyright(s)
			}
		}
	})
	b.Run("prefiltered", func(b *testing.B) {
		for b.Loop() {
			for i, s := range lines {
				isCopyright(s, masks[i])
			}
		}
	})
}

// TestLineIndexAsScan checks that the places the walk notes for a line
// (line.firsts) give scanAt what scan finds reading the whole line, on the
// labelled html pages and on random pages whose words of every list are
// split across elements, spaces and table cells.
func TestLineIndexAsScan(t *testing.T) {
	var words []string
	for _, g := range lineSets.groups {
		for _, iw := range g {
			words = append(words, iw.word)
		}
	}
	rng := rand.New(rand.NewPCG(5, 6))
	var pages [][]byte
	for range 300 {
		var b strings.Builder
		b.WriteString("<html><body>")
		for range 40 {
			w := words[rng.IntN(len(words))]
			cut := rng.IntN(len(w) + 1)
			for cut < len(w) && !utf8.RuneStart(w[cut]) {
				cut++
			}
			open := []string{"<p>", "<div>", "<span>", "<b>", "<a href=x>", " ", "\u3000", "\n", "<br>", "<table><tr><td>", "</td><td>", "<li>"}
			b.WriteString(open[rng.IntN(len(open))] + w[:cut] + open[rng.IntN(len(open))] + w[cut:])
			b.WriteString([]string{"", " ", "文", "\xe5", "\xff", "：", "12"}[rng.IntN(7)])
		}
		pages = append(pages, []byte(b.String()))
	}
	if real := corpusPagesOrNil(); real != nil {
		pages = append(pages, real...)
	}
	indexed, whole := 0, 0
	for _, p := range parsePages(t, pages) {
		w := newWalker()
		w.walk(p.root, 0, false)
		w.flush(0)
		for i := range w.lines {
			l := &w.lines[i]
			if !l.indexed {
				whole++
				continue
			}
			indexed++
			if got, want := lineSets.scanAt(l.text, l.firsts), lineSets.scan(l.text); got != want {
				t.Fatalf("line %q: scanAt %b, scan %b (places %v)", l.text, got, want, l.firsts)
			}
		}
	}
	if indexed < 1000 || whole == 0 {
		t.Fatalf("%d indexed lines and %d table rows: the pages test too little", indexed, whole)
	}
}

// FuzzLineIndexAsScan walks any page and holds scanAt to scan on each line
// the walk indexed.
func FuzzLineIndexAsScan(f *testing.F) {
	for _, s := range []string{"<p>浏<b>览次数</b> 12</p>", "<table><tr><td>发表</td><td>于 2024</td></tr></table>", "<div>版权\xff所有　本站</div>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		for _, p := range parsePages(t, [][]byte{page}) {
			w := newWalker()
			w.walk(p.root, 0, false)
			w.flush(0)
			for i := range w.lines {
				if l := &w.lines[i]; l.indexed {
					if got, want := lineSets.scanAt(l.text, l.firsts), lineSets.scan(l.text); got != want {
						t.Fatalf("line %q: scanAt %b, scan %b", l.text, got, want)
					}
				}
			}
		}
	})
}

// containsFoldASCIIRef is containsFoldASCII as it was, a byte at a time.
func containsFoldASCIIRef(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		j := 0
		for j < len(w) && s[i+j]|0x20 == w[j] {
			j++
		}
		if j == len(w) {
			return true
		}
	}
	return false
}

// TestContainsFoldASCIIAsReference holds containsFoldASCII, which skips
// eight bytes at a time, to the byte loop on random strings of the fold
// words' pieces in both cases, the bytes that fold onto letters and space
// (@, `, NUL) and high bytes.
func TestContainsFoldASCIIAsReference(t *testing.T) {
	parts := []string{"c", "C", "co", "Copy", "right", "RIGHT", "copyright", " ", "\x00", "@", "`", "版权", "\xe3", "all", "Rights", "reserved", "a"}
	for _, w := range append([]string{"copyright", "all rights reserved"}, copyrightFold...) {
		for _, s := range randomLines(9, 20000, 14, parts) {
			if got, want := containsFoldASCII(s, w), containsFoldASCIIRef(s, w); got != want {
				t.Fatalf("containsFoldASCII(%q, %q) = %v, reference %v", s, w, got, want)
			}
		}
	}
}
