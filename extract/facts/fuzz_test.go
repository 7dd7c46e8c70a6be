package facts

import (
	"sort"
	"strings"
	"testing"
	"time"
)

// FuzzExtract checks that extraction never fails on any text and that its
// output keeps its promises: sorted valid dates, evidence taken from the text.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{digestText, "9月6日,广西2021年“质量月”活动启动。“提质强企”行动", "“‘a’”「」昨(9)日本月1号", "(张三)\n(李四)\n"} {
		f.Add(s, "2021-09-02")
	}
	e := loaded(f)
	f.Fuzz(func(t *testing.T, text, published string) {
		res := e.Extract(Input{Text: text, Published: published})
		for _, fs := range append(res.Records, res.Facts) {
			if !sort.StringsAreSorted(fs.EventDates) {
				t.Fatalf("dates not sorted: %v", fs.EventDates)
			}
			for _, d := range fs.EventDates {
				if _, err := time.Parse("2006-01-02", d); err != nil {
					t.Fatalf("bad date %q", d)
				}
			}
			for k, v := range fs.Evidence {
				// on_topic holds the reason of the decision, not a sentence
				if k != "province" && k != "level" && k != "on_topic" && !strings.Contains(text, v) {
					t.Fatalf("evidence %s = %q is not from the text", k, v)
				}
			}
		}
	})
}

// TestOneEndlessSentence guards against rules that look back over a whole
// sentence for every fact: on a page of one 300 KB sentence full of dates,
// counts and quotes they made extraction quadratic (minutes); it takes well
// under a second per 100 KB now, and the bound below is loose for busy machines.
func TestOneEndlessSentence(t *testing.T) {
	e := loaded(t)
	text := "2022年“质量月”活动," + strings.Repeat("9月1日“提质强企”行动、等21个部门,", 6000)
	start := time.Now()
	e.Extract(Input{Text: text})
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("%d bytes took %v", len(text), d)
	}
}
