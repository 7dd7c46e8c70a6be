package facts

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// render writes the mentions of text as "kind:y-m-d[..end][@time]" for comparison.
func render(text string) string {
	var out []string
	for _, dm := range scanDates(text) {
		s := fmt.Sprintf("%d:%d-%d-%d", dm.kind, dm.y, dm.m, dm.d)
		if dm.rangeEnd != nil {
			s += fmt.Sprintf("..%d-%d", dm.rangeEnd.m, dm.rangeEnd.d)
		}
		if dm.hasTime {
			s += "@"
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

func TestScanDates(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2021-09-08 13:42:42 中国质量新闻网", "0:2021-9-8@"},
		{"发布日期:2024-09-18】", "0:2024-9-18"},
		{"2022年9月2日下午", "0:2022-9-2"},
		{"二〇二二年九月二日", "0:2022-9-2"},
		{"28.09.2016  16:36", "0:2016-9-28@"},
		{"4/22/2024", "0:2024-4-22"},
		{"9月2日上午", "1:0-9-2"},
		{"十月十四日", "1:0-10-14"},
		{"6月14日到27日", "1:0-6-14..6-27"},
		{"8月23日至29日是", "1:0-8-23..8-29"},
		{"即日起至7月29日", "1:0-7-29"},
		{"9月15-16日举办", "1:0-9-15..9-16"},
		{"2023年9月15至16日", "0:2023-9-15..9-16"},
		{"9月28日至10月3日", "1:0-9-28..10-3"},
		{"昨天的启动仪式", "2:0-0--1"},
		{"今天,我市", "2:0-0-0"},
		{"昨天(11日)在北京", "2:0-0--1"},
		{"昨(9)日", "3:0--1-9"},
		{"本月17号", "3:0-0-17"},
		{"2023年09月14日 09:05", "0:2023-9-14@"},
		{"13月5日, 2月30日, 2021年2月29日", "1:0-2-30"},
		{"第12345月1日", ""},
		{"始于1978年,", ""},
	}
	for _, tt := range tests {
		if got := render(tt.in); got != tt.want {
			t.Errorf("scanDates(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestResolve(t *testing.T) {
	page := day{2021, 9, 2}
	tests := []struct {
		in   string
		year int
		page day
		want string // "" when unresolved
	}{
		{"9月2日", 2021, day{}, "2021-09-02"},
		{"9月2日", 0, page, ""},
		{"2019年9月12日", 2021, day{}, "2019-09-12"},
		{"昨天", 0, page, "2021-09-01"},
		{"昨天", 2021, day{}, ""},
		{"昨(30)日", 0, day{2021, 10, 1}, "2021-09-30"},
		{"本月17号", 0, page, "2021-09-17"},
		{"2月29日", 2021, day{}, ""},
	}
	for _, tt := range tests {
		dms := scanDates(tt.in)
		if len(dms) != 1 {
			t.Fatalf("scanDates(%q) found %d dates", tt.in, len(dms))
		}
		got, ok := dms[0].resolve(tt.year, tt.page)
		s := ""
		if ok {
			s = got.String()
		}
		if s != tt.want {
			t.Errorf("resolve(%q, %d, %v) = %q, want %q", tt.in, tt.year, tt.page, s, tt.want)
		}
	}
}

func FuzzScanDates(f *testing.F) {
	for _, s := range []string{"2021-09-08 13:42:42", "9月8日至14日", "昨(9)日", "二〇二二年九月二日", "28.09.2016", "4/22/2024", "本月17号"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := -1
		for _, dm := range scanDates(s) {
			if dm.start < last || dm.start > dm.end || dm.end > len(s) {
				t.Fatalf("bad span %d-%d after %d in %q", dm.start, dm.end, last, s)
			}
			last = dm.end
			if dm.kind == dateFull && (dm.m < 1 || dm.m > 12 || dm.d < 1 || dm.d > 31) {
				t.Fatalf("impossible date %+v in %q", dm, s)
			}
			if d, ok := dm.resolve(2022, day{2022, 9, 2}); ok && !utf8.ValidString(d.String()) {
				t.Fatalf("bad day %v", d)
			}
		}
	})
}
