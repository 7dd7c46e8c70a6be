package facts

import (
	"math/rand"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// datePatterns are the patterns scanDates runs through findDates, with the
// characters and required characters it gives them.
var datePatterns = []struct {
	name  string
	re    *regexp.Regexp
	chars runeSet
	need  string
}{
	{"cn", cnDateRe, cnDateChars, "月"},
	{"dayRange", dayRangeRe, cnDateChars, "月"},
	{"iso", isoDateRe, isoDateChars, "-/."},
	{"dmy", dmyDateRe, isoDateChars, "-/."},
	{"rel", relDateRe, relDateChars, "昨今前明本"},
	{"year", yearRe, cnDateChars, "年"},
}

// checkFindDates fails when findDates differs from the pattern over the whole text.
func checkFindDates(t *testing.T, text string) {
	t.Helper()
	for _, p := range datePatterns {
		want := p.re.FindAllStringSubmatchIndex(text, -1)
		got := findDates(p.re, text, p.chars, p.need)
		if len(want) == 0 && len(got) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s pattern over %q: findDates = %v, whole text = %v", p.name, text, got, want)
		}
	}
}

func TestFindDatesMatchesWholeText(t *testing.T) {
	for _, text := range []string{
		"",
		"2023年9月15日,县市场监管局在广场开展“质量月”宣传活动。",
		"9月8日至14日举办，9月15-16日，9月15至16日，到6月22日",
		"发布时间：2021-09-08 13:42:42 来源：本站 22/4/2024 4/22/2024",
		"昨天（9日）上午，昨(9)日，本月17号，今日，明天",
		"二〇二二年九月十五日 二零二三年十二月三十一日 3.15 12.5.2023",
		"月月日日 年年 9月 月15日 \xff9月1日\xfe 2023 年 9 月 1 日 T 08:00",
	} {
		checkFindDates(t, text)
	}
	// Random strings with stray bytes of broken UTF-8.
	for _, text := range randomTexts(3, 5000, 40, "0123456789 \t\nT:：〇零一二三四五六七八九十年月日号至到—–-~～－/.昨天今前明本（()）活动，。a\uFFFD") {
		checkFindDates(t, text)
	}
	// Random strings over the patterns' characters and a few others.
	alphabet := []rune("0123456789 \t\nT:：〇零一二三四五六七八九十年月日号至到—–-~～－/.昨天今前明本（()）活动，。a\uFFFD")
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 5000; i++ {
		rs := make([]rune, rng.Intn(40))
		for k := range rs {
			rs[k] = alphabet[rng.Intn(len(alphabet))]
		}
		checkFindDates(t, string(rs))
	}
}

// findDatesWalk is the findDates that walked the whole text character by
// character to find the runs: the reference for the labelled pages, over
// which running the patterns over the whole text takes too long for a test.
func findDatesWalk(re *regexp.Regexp, text string, chars runeSet, need string) [][]int {
	var out [][]int
	start := -1
	for i := 0; i <= len(text); {
		r, size := utf8.RuneError, 0
		if i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		in := i < len(text) && chars.has(r) && (r != utf8.RuneError || size > 1)
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			if run := text[start:i]; strings.ContainsAny(run, need) {
				for _, m := range re.FindAllStringSubmatchIndex(run, -1) {
					for k := range m {
						if m[k] >= 0 {
							m[k] += start
						}
					}
					out = append(out, m)
				}
			}
			start = -1
		}
		if i == len(text) {
			break
		}
		i += size
	}
	return out
}

func TestFindDatesMatchesWalk(t *testing.T) {
	texts := sharedTexts(t)
	if len(texts) == 0 {
		t.Skip("no shared corpus")
	}
	for _, text := range texts {
		for _, p := range datePatterns {
			walkNeed := p.need
			if p.name == "iso" || p.name == "dmy" {
				walkNeed = "0123456789" // what the walk needed: digits, not the separators
			}
			want := findDatesWalk(p.re, text, p.chars, walkNeed)
			if got := findDates(p.re, text, p.chars, p.need); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s pattern over a page of %d bytes: findDates = %v, walk = %v", p.name, len(text), got, want)
			}
		}
	}
}

func TestDateNeedsAreChars(t *testing.T) {
	for _, p := range datePatterns {
		for _, r := range p.need {
			if !p.chars.has(r) {
				t.Errorf("%s: need %q is not among its characters", p.name, r)
			}
		}
	}
}

func FuzzFindDates(f *testing.F) {
	f.Add("2023年9月15日至17日，昨天（9日），2021-09-08 13:42")
	f.Add("本月17号 22/4/2024 九月十五日")
	f.Fuzz(func(t *testing.T, text string) { checkFindDates(t, text) })
}

// TestRangeTailInRun checks that a range's end after a date is found
// within the date's run as over the rest of the text.
func TestRangeTailInRun(t *testing.T) {
	texts := append(sharedTexts(t), randomTexts(4, 5000, 30, "0123456789 \t\n月日号至到—–-~～－一二三十年，a")...)
	texts = append(texts, "9月8日至14日", "9月8日 至 10月2号。", "9月8日－\n29日", "9月8日至十四日上午")
	for _, text := range texts {
		for _, run := range dateRuns(text, cnDateChars, "月") {
			for _, m := range findInRuns(cnDateRe, text, []span{run}) {
				want := rangeTailRe.FindStringSubmatchIndex(text[m[1]:])
				if got := rangeTailRe.FindStringSubmatchIndex(text[m[1]:run.end]); !reflect.DeepEqual(got, want) {
					t.Fatalf("range end after %q: in run %v, in the rest of the text %v", text[m[0]:m[1]], got, want)
				}
			}
		}
	}
}

func TestShortestDates(t *testing.T) {
	want := map[string]int{"cn": len("1月1日"), "dayRange": len("1月1-2日"), "iso": len("2023-1-1"), "dmy": len("1.1.2023"), "rel": len("今天"), "year": len("2023年")}
	for _, p := range datePatterns {
		if got := shortestDate[p.re]; got != want[p.name] {
			t.Errorf("%s: shortest match %d bytes, want %d", p.name, got, want[p.name])
		}
	}
}
