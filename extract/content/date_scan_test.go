package content

import (
	"slices"
	"testing"
)

// dateMatchesRef is the regular expression dateMatches stands for.
func dateMatchesRef(s string, n int) [][]int { return reDate.FindAllStringSubmatchIndex(s, n) }

// sameDateMatches compares dateMatches with the regular expression on s.
func sameDateMatches(t *testing.T, s string) bool {
	t.Helper()
	for _, n := range []int{1, 4, -1} {
		want := dateMatchesRef(s, n)
		got := dateMatches(s, max(n, len(s)+1), nil)
		if n > 0 && len(got) > n {
			got = got[:n]
		}
		if len(got) != len(want) {
			t.Fatalf("dateMatches(%q, %d): %d matches, reDate %d: %v", s, n, len(got), len(want), want)
		}
		for i := range got {
			if !slices.Equal(got[i][:], want[i]) {
				t.Fatalf("dateMatches(%q, %d)[%d] = %v, reDate %v", s, n, i, got[i], want[i])
			}
		}
	}
	return len(dateMatchesRef(s, 1)) > 0
}

// dateParts are the pieces random lines are built of: every literal of
// reDate, its neighbours, white space of \s and not, and invalid bytes.
var dateParts = []string{"2021", "1999", "20", "19", "2", "0", "1", "9", "09", "8", "13", "42", "123", "-", "/", ".", "年", "月", "日",
	" ", "  ", "\t", "\n", "\v", "\u3000", "T", "Z", "+", "-08:00", "+0800", ":", "：", "时", "時", "点", "點", "分", "秒", ".5",
	"来源", "，", "\xe5", "\xe5\xb9", "\xb4", "a"}

// TestDateScanAsRegexp compares dateMatches with reDate on the labelled
// pages' lines and random lines of its literals.
func TestDateScanAsRegexp(t *testing.T) {
	lines := append(corpusLines(t), randomLines(31, 200000, 12, dateParts)...)
	// Lines that open like a date and go on at random.
	pick := func(seed int64, parts ...string) []string { return randomLines(seed, 100000, 2, parts) }
	heads := pick(32, "2021", "1999", "2100", "x", "20", "")
	seps := pick(33, "-", "年", " ", "/", ".", "")
	months := pick(34, "9", "09", "1", "12", "")
	seps2 := pick(35, "-", "月", " ", "/", "")
	days := pick(36, "8", "08", "31", "日", "")
	tails := randomLines(37, 100000, 10, dateParts)
	for i := range heads {
		lines = append(lines, heads[i]+seps[i]+months[i]+seps2[i]+days[i]+tails[i])
	}
	// Dates followed by clock times and zones, whole and broken.
	clocks := randomLines(38, 50000, 9, []string{"T", " ", "13", "1", "42", ":", "：", "时", "分", "秒", ".", "5", "Z", "+", "-",
		"08", ":00", "0800", "\xe5"})
	for _, c := range clocks {
		lines = append(lines, "2021-09-08"+c)
	}
	zones := randomLines(39, 20000, 5, []string{" ", "Z", "+", "-", "08", ":", "00", "0", "\xe5", "分", ".5"})
	for i, z := range zones {
		lines = append(lines, []string{"2021-09-08 13:42", "2021-09-08T13:42:11", "2021年9月8日13时42分"}[i%3]+z)
	}
	lines = append(lines, "2021-09-08T13:42:42+08:00", "2021年9月8日 13时42分11秒", "2021/9/8 13:42:42.123 Z", "2021-09-0812:30",
		"2021.9.8 10点05", "2021-09-08 13:42 来源", "2021-09-08T 13:42", "2021 - 9 - 8日  13 : 42 : 11 分")
	var groups [8]int // lines whose first match has each group
	for _, s := range lines {
		if sameDateMatches(t, s) {
			m := dateMatchesRef(s, 1)[0]
			for g := range groups {
				if m[2*g] >= 0 {
					groups[g]++
				}
			}
		}
	}
	for g, n := range groups {
		if n < 200 {
			t.Fatalf("only %d lines match with group %d (%v): the inputs miss the point", n, g, groups)
		}
	}
}

// FuzzDateScan compares dateMatches with reDate on any text.
func FuzzDateScan(f *testing.F) {
	for _, s := range []string{"2021-09-08 13:42:42", "2021年9月8日", "发布时间：2024-6-1 10:22", "2013-04-08T08:00Z", "1999.1.1 1:01:01.5 +08:00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { sameDateMatches(t, s) })
}
