package content

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// TestPathologicalPages checks bounded work on hostile input: nesting past
// the parser's limit, huge attributes and pages past MaxPageBytes.
func TestPathologicalPages(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	const body = "<p>示例市开展质量月活动，共有12个部门参加。</p>"
	tests := []struct {
		name      string
		page      string
		truncated bool
		wantText  bool
	}{
		{"deep divs", strings.Repeat("<div>", 200000) + body, false, true},
		{"deep unclosed font", strings.Repeat("<font>", 100000) + body, false, true},
		{"deep tables", strings.Repeat("<table><tr><td>", 20000) + body, false, true},
		{"deep links", strings.Repeat("<a href=x>", 50000) + body, false, false},
		{"huge attribute", "<div class=\"" + strings.Repeat("x", 8<<20) + "\">" + body + "</div>", true, false},
		{"50 MB page", body + strings.Repeat("<p>重复的段落，重复的内容。</p>", 50<<20/len("<p>重复的段落，重复的内容。</p>")), true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			a, err := ExtractHTML([]byte(tt.page), Options{})
			if err != nil {
				t.Fatalf("error: %v", err)
			}
			if d := time.Since(start); d > 30*time.Second {
				t.Errorf("took %v", d)
			}
			if a.Truncated != tt.truncated {
				t.Errorf("Truncated = %v, want %v", a.Truncated, tt.truncated)
			}
			if !utf8.ValidString(a.Text) {
				t.Errorf("invalid UTF-8")
			}
			if tt.wantText && !strings.Contains(a.Text, "质量月") && !strings.Contains(a.Text, "重复的段落") {
				t.Errorf("text lost: %.100q", a.Text)
			}
		})
	}
}

func TestFlattenHTML(t *testing.T) {
	got := flattenHTML(`<div><font><b>第一段，文字。</b></font></div><script>var x = "<p>";</script><p>第二段 &amp; 更多。</p>`)
	for _, want := range []string{"第一段，文字。", "第二段 &amp; 更多。", "<br>"} {
		if !strings.Contains(got, want) {
			t.Errorf("flattenHTML lacks %q: %q", want, got)
		}
	}
	if strings.Contains(got, "var x") {
		t.Errorf("script text kept: %q", got)
	}
}
