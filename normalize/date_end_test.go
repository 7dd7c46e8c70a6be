package normalize

import (
	"regexp"
	"strings"
	"testing"
)

// dateEndRe is the pattern dateEnd replaced, its reference.
var dateEndRe = regexp.MustCompile(`[(（\[]?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[)）\]]?$|[(（\[]\d{1,2}[-/.]\d{1,2}[)）\]]$`)

func TestDateEnd(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"市局召开质量工作会议 2024-08-21", true},
		{"市局召开质量工作会议(2024-08-21)", true},
		{"市局召开质量工作会议（2024/8/1）", true},
		{"市局召开质量工作会议[2024.08.21]", true},
		{"通知 12024-08-21", true}, // the four digits need not begin the number
		{"通知[08-21]", true},
		{"通知（8-1）", true},
		{"通知 08-21", false},     // a short date needs its brackets
		{"通知 024-08-21", false}, // the year has four digits
		{"通知 2024-08-211", false},
		{"通知 2024-108-21", false},
		{"通知 2024-08-21))", false},
		{"通知(08-21", false},
		{"2024-08", false},
		{"", false},
		{")", false},
		{"-1)", false},
		{"\xff2024-08-21\xef\xbc\x89", true},
	} {
		if got := dateEnd(tt.in); got != tt.want || got != dateEndRe.MatchString(tt.in) {
			t.Errorf("dateEnd(%q) = %v, want %v (pattern %v)", tt.in, got, tt.want, dateEndRe.MatchString(tt.in))
		}
	}
}

// dateAlphabet builds lines near the pattern: digits, separators, brackets
// and other runes, invalid bytes among them.
var dateAlphabet = []string{"0", "1", "2", "9", "12", "2024", "-", "/", ".", "(", ")", "[", "]", "（", "）", "【", "】", " ", "年", "月", "日", "通知", "\xef", "\xbc", "\x89", "\xff", "a"}

func TestDateEndMatchesPattern(t *testing.T) {
	lines := ruleInputs(t)
	rnd := newRand(5)
	for range 150000 {
		var b strings.Builder
		for k := rnd.Intn(10); k >= 0; k-- {
			b.WriteString(dateAlphabet[rnd.Intn(len(dateAlphabet))])
		}
		lines = append(lines, b.String())
	}
	pick := func(xs ...string) string { return xs[rnd.Intn(len(xs))] }
	digits := func() string { return strings.Repeat(pick("0", "2", "9"), rnd.Intn(6)) }
	for range 150000 { // dates and near-dates, bracketed or not
		lines = append(lines, pick("", "通知", "a", "\xff", " ")+pick("", "(", "[", "（", "【", "-", "1")+digits()+pick("-", "/", ".", "", "年")+
			digits()+pick("-", "/", ".", "", ")")+digits()+pick("", ")", "]", "）", "】", "))", ".", " "))
	}
	matched := 0
	for _, l := range lines {
		for _, s := range []string{l, strings.TrimSpace(l)} {
			got, want := dateEnd(s), dateEndRe.MatchString(s)
			if got != want {
				t.Fatalf("dateEnd(%q) = %v, pattern %v", s, got, want)
			}
			if got {
				matched++
			}
		}
	}
	if matched == 0 {
		t.Fatal("no line ends with a date: the inputs test nothing")
	}
	t.Logf("%d lines, %d end with a date", len(lines), matched)
}

func FuzzDateEnd(f *testing.F) {
	for _, s := range []string{"(2024-08-21)", "[08-21]", "通知 2024/8/1", "\xef\xbc\x882-1\xef\xbc\x89"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := dateEnd(s), dateEndRe.MatchString(s); got != want {
			t.Fatalf("dateEnd(%q) = %v, pattern %v", s, got, want)
		}
	})
}
