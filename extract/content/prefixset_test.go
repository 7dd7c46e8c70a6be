package content

import (
	"strings"
	"testing"
)

// TestTrimMarksAsStrings compares trimLeftMarks and trimButtonMarks with
// the strings.TrimLeft and strings.Trim calls they stand for, on the
// labelled pages' lines and random strings of the marks, their bytes cut
// apart, neighbours and invalid bytes.
func TestTrimMarksAsStrings(t *testing.T) {
	parts := []string{" ", ".", ">", "<", "[", "【", "《", "…", "。", "»", "\xe2\x80", "\xa6", "\xbb", "\xc2", "\xe3", "\x80\x82",
		"编辑", "更多", "a", "\u3000", "\xe2", "»»", "上一篇"}
	lines := append(corpusLines(t), randomLines(61, 100000, 6, parts)...)
	trimmed := 0
	for _, s := range lines {
		if got, want := trimLeftMarks(s), strings.TrimLeft(s, " 【[<《"); got != want {
			t.Fatalf("trimLeftMarks(%q) = %q, strings.TrimLeft %q", s, got, want)
		}
		got, want := trimButtonMarks(s), strings.Trim(s, " .…。>»")
		if got != want {
			t.Fatalf("trimButtonMarks(%q) = %q, strings.Trim %q", s, got, want)
		}
		if want != s {
			trimmed++
		}
	}
	if trimmed < 10000 {
		t.Fatalf("only %d lines trimmed: the inputs miss the point", trimmed)
	}
}
