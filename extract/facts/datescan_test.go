package facts

import (
	"math/rand"
	"reflect"
	"regexp"
	"testing"
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
	{"iso", isoDateRe, isoDateChars, "0123456789"},
	{"dmy", dmyDateRe, isoDateChars, "0123456789"},
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

func FuzzFindDates(f *testing.F) {
	f.Add("2023年9月15日至17日，昨天（9日），2021-09-08 13:42")
	f.Add("本月17号 22/4/2024 九月十五日")
	f.Fuzz(func(t *testing.T, text string) { checkFindDates(t, text) })
}
