package segment

import (
	"slices"
	"strings"
	"testing"
)

func TestSearchWords(t *testing.T) {
	g := loaded(t)
	for _, c := range []struct {
		text      string
		want, not []string
	}{
		{"开展“质量月”活动。", []string{"质量月", "质量", "开展", "活动"}, []string{"“", "。", "量月"}},
		{"省市场监管局联合18个部门", []string{"省市场监管局", "市场", "监管局", "18"}, []string{" "}},
		{"Quality Month", []string{"quality", "month"}, []string{" "}},
	} {
		got := g.SearchWords(c.text)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("SearchWords(%q) = %v, missing %q", c.text, got, w)
			}
		}
		for _, w := range c.not {
			if slices.Contains(got, w) {
				t.Errorf("SearchWords(%q) = %v, has %q", c.text, got, w)
			}
		}
	}
	if got := g.QueryWords(" 质量，江苏 "); strings.Join(got, "|") != "质量|江苏" {
		t.Errorf("QueryWords = %v", got)
	}
}

func BenchmarkSearchWords(b *testing.B) {
	g := loaded(b)
	text := strings.Repeat("今年9月，江苏省市场监督管理局联合省委宣传部等18个部门开展2024年全省“质量月”活动，举办质量提升论坛。", 20)
	b.Run("cut", func(b *testing.B) {
		for b.Loop() {
			g.Cut(text)
		}
	})
	b.Run("search_words", func(b *testing.B) {
		for b.Loop() {
			g.SearchWords(text)
		}
	})
}
