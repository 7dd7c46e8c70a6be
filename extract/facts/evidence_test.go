package facts

import "testing"

// TestLinePrefilters checks that the tests run before listLineRe and
// metaLabelRe reject only lines the patterns do not match.
func TestLinePrefilters(t *testing.T) {
	lines := sharedLines(t)
	lines = append(lines, randomTexts(7, 20000, 16, "-•·* \t（()）2019-9-1来源发布时间日期编辑:：\u3000a")...)
	lines = append(lines, "• 标题 (2024-08-21)", "  - 一项", "*\t两项", "标题（2024-08-21） ", "标题（2024-8-1）\u3000", "·\u3000x", "来源 ：本站")
	for _, line := range lines {
		if got, want := isListLine(line), listLineRe.MatchString(line); got != want {
			t.Fatalf("list line %q: prefiltered %v, pattern %v", line, got, want)
		}
		if got, want := hasMetaLabel(line), metaLabelRe.MatchString(line); got != want {
			t.Fatalf("meta label %q: prefiltered %v, pattern %v", line, got, want)
		}
	}
}
