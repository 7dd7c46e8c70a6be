package place

import (
	"slices"
	"testing"
)

// checkLineSkip fails when eachSentence, skipping the sentences after the
// datelines the precheck rejects, yields other than sentences does of the
// sentences the scan reads: those the precheck passes, and the
// headline-weight ones (which it reads whatever the precheck says, in the
// first three by their index); or when it marks passed a sentence the
// precheck rejects.
func checkLineSkip(t *testing.T, r *Resolver, in Input) {
	t.Helper()
	all := sentences(in)
	var yielded []sentence
	for s := range eachSentence(in, r.pre) {
		if s.passed && !r.pre.may(s.text) {
			t.Errorf("%+v: %q marked passed, yet the precheck rejects it", in, s.text)
		}
		s.passed = false
		yielded = append(yielded, s)
	}
	read := func(ss []sentence) []sentence {
		var out []sentence
		for _, s := range ss {
			if s.weight >= wHeadline || r.pre.may(s.text) {
				out = append(out, s)
			}
		}
		return out
	}
	if got, want := read(yielded), read(all); !slices.Equal(got, want) {
		t.Errorf("%+v: yields %v, want %v", in, got, want)
	}
	for i := 0; i < 3 && i < len(all); i++ {
		if all[i].weight >= wHeadline && (i >= len(yielded) || yielded[i] != all[i]) {
			t.Errorf("%+v: headline sentence %d is %v, yielded %v", in, i, all[i], yielded)
		}
	}
}

// TestEachSentenceSkipsUnread checks the line skip of eachSentence on
// invented texts and the labelled pages: a line the precheck rejects holds
// no sentence it passes.
func TestEachSentenceSkipsUnread(t *testing.T) {
	r := resolver(t)
	ins := append(scanInputs(t),
		Input{Text: "甲乙丙丁戊己庚辛。壬癸子丑寅卯辰巳。\n今天天气很好，大家一起出门。\n我们在北京。本市举办活动。\n省\n市场监管局"},
		Input{Text: "一\n二\n三\n甲乙丙丁戊己庚辛壬癸\n子丑寅卯辰巳午未申酉。省。市场监管局在"},
	)
	for _, in := range ins {
		checkLineSkip(t, r, in)
	}
}

func FuzzEachSentenceSkipsUnread(f *testing.F) {
	f.Add("", "甲乙丙丁戊己庚辛。壬癸子丑寅卯辰巳。\n今天天气很好。省\n市场监管局；我市")
	f.Add("吉林：质量月", "新华社北京4月1日电 ——活动在上海东方绿舟拉开帷幕。\n长春市民说")
	r := resolver(f)
	f.Fuzz(func(t *testing.T, title, text string) {
		checkLineSkip(t, r, Input{Title: title, Text: text})
	})
}
