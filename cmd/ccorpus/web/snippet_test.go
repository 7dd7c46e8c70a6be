package web

import (
	"strings"
	"testing"

	"github.com/ccorpus/ccorpus/extract"
)

func render(spans []span) string {
	var b strings.Builder
	for _, s := range spans {
		if s.Mark {
			b.WriteString("[" + s.Text + "]")
		} else {
			b.WriteString(s.Text)
		}
	}
	return b.String()
}

func TestSnippet(t *testing.T) {
	long := strings.Repeat("前文", 40) + "开展质量月活动，提升质量水平。" + strings.Repeat("后文", 40)
	for _, c := range []struct {
		text  string
		terms []string
		width int
		want  string
	}{
		{"开展质量月活动", []string{"质量"}, 50, "开展[质量]月活动"},
		{"Quality month", []string{"quality"}, 50, "[Quality] month"},
		{"无关的文字", []string{"质量"}, 3, "无关的…"},
		{long, []string{"质量", "水平"}, 20, "…前文前文开展[质量]月活动，提升[质量][水平]。后…"},
		{"质量月与质量", []string{"质量", "质量月"}, 50, "[质量月]与[质量]"},
	} {
		if got := render(snippet(c.text, c.terms, c.width)); got != c.want {
			t.Errorf("snippet(%.20q, %v) = %q, want %q", c.text, c.terms, got, c.want)
		}
	}
}

func TestHighlight(t *testing.T) {
	text := "9月1日，全省开展质量月活动。省市场监管局联合18个部门参加。其他。"
	f := extract.Facts{DepartmentCount: extract.Int(18), Campaign: extract.Str("质量月"),
		Evidence: map[string]string{"department_count": "省市场监管局联合18个部门参加。", "campaign": "9月1日，全省开展质量月活动。",
			"event_dates[2024-09-01]": "9月1日，全省开展质量月活动。", "province": "不在正文里的标题"}}
	spans, rows := highlight(text, f)
	if got := render(spans); got != "[9月1日，全省开展质量月活动。][省市场监管局联合18个部门参加。]其他。" {
		t.Errorf("highlight = %q", got)
	}
	if !strings.Contains(spans[0].Title, "campaign → 质量月") || !strings.Contains(spans[0].Title, "event_dates → 2024-09-01") {
		t.Errorf("first mark title = %q", spans[0].Title)
	}
	if spans[1].Title != "department_count → 18" || spans[1].ID == "" {
		t.Errorf("second mark = %+v", spans[1])
	}
	found := 0
	for _, r := range rows {
		if r.Found {
			found++
			if r.Anchor == "" {
				t.Errorf("row %s found without an anchor", r.Field)
			}
		}
	}
	if len(rows) != 4 || found != 3 {
		t.Errorf("evidence rows = %+v", rows)
	}
}
