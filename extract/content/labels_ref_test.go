package content

import (
	"strings"
	"testing"

	"github.com/ccorpus/ccorpus/normalize"
)

// readLineMetaRef is readLineMeta and readLineDate as they were before their
// prefilters (a colon for the origin, author and editor labels, the label
// words for the date labels, a four-digit year for a date): the reference
// TestReadLineMetaAsReference compares them with.
func readLineMetaRef(s string) lineMeta {
	var m lineMeta
	if strings.ContainsAny(s, "0123456789") {
		m.published, m.publishedKind = readLineDateRef(s)
	}
	if strings.ContainsAny(s, "源处") && !normalize.IsCopyright(s) {
		m.origin = labelValue(s, reOriginLabel)
	}
	if strings.ContainsAny(s, "者稿") {
		m.author = labelValue(s, reAuthorLabel)
		if m.author == "" {
			m.author = bareByline(s)
		}
	}
	if strings.ContainsAny(s, "编編") {
		m.editor = labelValue(s, reEditorLabel)
	}
	return m
}

func readLineDateRef(s string) (foundDate, string) {
	if !(strings.Contains(s, "20") || strings.Contains(s, "19")) {
		return foundDate{}, ""
	}
	if strings.ContainsAny(s, "发發更上") {
		if d, ok := labelledDate(s, rePublishedLabel); ok {
			return d, "label"
		}
	}
	if strings.ContainsAny(s, "时時日") {
		if d, ok := labelledDate(s, reBareDateLabel); ok {
			return d, "label"
		}
	}
	if strings.Contains(s, "成文") {
		if d, ok := labelledDate(s, reWrittenLabel); ok {
			return d, "written"
		}
	}
	if d, ok := findDate(s); ok && isDateLine(s, d) {
		return d, "line"
	}
	return foundDate{}, ""
}

// TestReadLineMetaAsReference compares readLineMeta with readLineMetaRef on
// the labelled pages' lines and on random lines of labels, colons, dates,
// names and copyright words.
func TestReadLineMetaAsReference(t *testing.T) {
	lines := corpusLines(t)
	parts := []string{"来源", "來源", "信息来源", "出处", "作者", "记者", "記者", "稿源", "供稿", "责任编辑", "编辑", "編輯", "责编",
		"发布时间", "發布時間", "更新时间", "上传时间", "时间", "日期", "成文日期", "：", ":", " ", "　", "|", "【", "）",
		"2024-01-02", "2021年9月8日", "13:42", "19", "20", "版权所有", "未经", "转载", "张三", "市政府", "本报", "新华社", "，", "。", "\xe6"}
	lines = append(lines, randomLines(4, 100000, 10, parts)...)
	nonEmpty := 0
	for _, s := range lines {
		got, want := readLineMeta(s), readLineMetaRef(s)
		if got != want {
			t.Fatalf("readLineMeta(%q) = %+v, reference %+v", s, got, want)
		}
		if want != (lineMeta{}) {
			nonEmpty++
		}
	}
	if nonEmpty < 1000 {
		t.Fatalf("only %d lines hold metadata: the inputs miss the point", nonEmpty)
	}
}

// TestRunesOver holds runesOver to the count it replaced, len([]rune(s)) > n,
// over strings of ASCII, Han, four-byte runes and invalid bytes around
// each bound.
func TestRunesOver(t *testing.T) {
	parts := []string{"a", "质", "𠀀", "\xff", "\xe8\xb4", " ", "，"}
	for _, s := range randomLines(7, 20000, 30, parts) {
		for _, n := range []int{0, 1, 2, 3, 6, 8, 24, 30, 40, 80} {
			if got, want := runesOver(s, n), len([]rune(s)) > n; got != want {
				t.Fatalf("runesOver(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

// TestHasDigit holds hasDigit to strings.ContainsAny over every byte at
// every place of a word and random strings of digits, their neighbours
// ('/', ':') and high bytes.
func TestHasDigit(t *testing.T) {
	for c := 0; c < 256; c++ {
		for at := 0; at < 20; at++ {
			b := []byte(strings.Repeat("a", 20))
			b[at] = byte(c)
			s := string(b)
			if got, want := hasDigit(s), strings.ContainsAny(s, "0123456789"); got != want {
				t.Fatalf("hasDigit(%q) = %v, want %v", s, got, want)
			}
		}
	}
	for _, s := range randomLines(8, 20000, 24, []string{"/", ":", "0", "9", "质", "\xb0", "\xb9", "\x39\x80", "@", " "}) {
		if got, want := hasDigit(s), strings.ContainsAny(s, "0123456789"); got != want {
			t.Fatalf("hasDigit(%q) = %v, want %v", s, got, want)
		}
	}
}
