package place

import (
	"strings"
	"testing"
	"time"
)

// TestContainsLiteral checks containsLiteral against strings.Contains on
// the labelled pages, invented and random texts, at every cut.
func TestContainsLiteral(t *testing.T) {
	texts := append(mayTexts(3000), "", "来源", "x来源", "来", "源", "\xba\x90", "\xe6\xba", "首页/", "来 源", "来源来")
	for _, in := range scanInputs(t) {
		texts = append(texts, in.Text)
	}
	for _, text := range texts {
		for _, lit := range []string{"来源", "首页", "省", "a", "“", "\x90"} {
			for i := 0; i <= len(text); i += 1 + len(text)/7 {
				if got, want := containsLiteral(text[i:], lit), strings.Contains(text[i:], lit); got != want {
					t.Fatalf("containsLiteral(%q, %q) = %v, strings.Contains %v", text[i:], lit, got, want)
				}
			}
		}
	}
}

func FuzzContainsLiteral(f *testing.F) {
	f.Add("某某来源：本站", "来源")
	f.Add("\xe6\x9d\xa5\xba\x90", "\xba\x90")
	f.Fuzz(func(t *testing.T, s, lit string) {
		if got, want := containsLiteral(s, lit), strings.Contains(s, lit); got != want {
			t.Fatalf("containsLiteral(%q, %q) = %v, strings.Contains %v", s, lit, got, want)
		}
	})
}

// BenchmarkContainsLiteral asks the labelled fact pages for 来源 and 首页, as
// creditedSource does, and reports the time as a ratio (x-ref) to
// strings.Contains's, measured in the same run.
func BenchmarkContainsLiteral(b *testing.B) {
	arts := corpusPages(b)
	if len(arts) == 0 {
		b.Skip("no labelled pages")
	}
	var ref, got time.Duration
	n := 0
	for b.Loop() {
		t0 := time.Now()
		for _, a := range arts {
			if strings.Contains(a.Text, "来源") || strings.Contains(a.Text, "首页") {
				n++
			}
		}
		t1 := time.Now()
		for _, a := range arts {
			if containsLiteral(a.Text, "来源") || containsLiteral(a.Text, "首页") {
				n++
			}
		}
		ref += t1.Sub(t0)
		got += time.Since(t1)
	}
	b.ReportMetric(float64(got)/float64(ref), "x-ref")
}
