package facts

import (
	"reflect"
	"regexp/syntax"
	"testing"
)

// startsAtPatterns are the patterns run through startsAt.
var startsAtPatterns = map[string]*startsAt{"headedCampaign": headedCampaignRe, "quotedCampaign": quotedCampaignRe}

// checkStartsAt fails when s.findAll differs from FindAllStringSubmatchIndex over text.
func checkStartsAt(t *testing.T, name string, s *startsAt, text string) {
	t.Helper()
	want := s.re.FindAllStringSubmatchIndex(text, -1)
	var got [][]int
	s.findAll(text, func(m []int) bool { got = append(got, m); return true })
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%s over %q: findAll = %v, FindAll = %v", name, text, got, want)
	}
	got = nil
	s.findAllSpots(text, allSpots(text), true, func(m []int) bool { got = append(got, m); return true })
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%s over %q: findAllSpots = %v, FindAll = %v", name, text, got, want)
	}
}

func TestStartsAtMatchesFindAll(t *testing.T) {
	texts := append(sharedTexts(t), sharedLines(t)...)
	texts = append(texts,
		"", "2022年科技周电梯安全进社区活动", "第30个全国爱眼日", "2025年全国“科普日”活动", "第五十五个“世界标准日”",
		"开展“爱耳日”主题活动, 「消防宣传月」启动", "12022年安全日活动", "第第3个第个全市安全月期间",
		"20年2022年年全省“质量日”系列活动“燃气安全宣传月”启动。",
	)
	texts = append(texts, randomTexts(2, 20000, 24,
		"1920022年年第第一二十百个全省市区县州国“”「」质量安全宣传周月日活动开放主题主场系列启动期间，a ")...)
	for _, text := range texts {
		for name, s := range startsAtPatterns {
			checkStartsAt(t, name, s, text)
		}
	}
}

func FuzzStartsAt(f *testing.F) {
	f.Add("5月24日,省特检院开展了2022年科技周电梯安全进社区活动。第3个“全国爱眼日”主题活动")
	f.Add("某市“燃气安全宣传月”主场活动在人民广场举行")
	f.Fuzz(func(t *testing.T, text string) {
		for name, s := range startsAtPatterns {
			checkStartsAt(t, name, s, text)
		}
	})
}

func TestMatchLen(t *testing.T) {
	tests := []struct {
		expr     string
		min, max int
	}{
		{`abc`, 3, 3},
		{`年`, 3, 3},
		{`(?:19|20)\d\d年`, 7, 7},
		{`第[0-9一二]{1,4}个`, 7, 18},
		{`\p{Han}{2,8}?`, 6, 32},
		{`a+`, 1, -1},
		{`(?:ab)?c*`, 0, -1},
		{`(?i)k`, 1, 3}, // K folds to the Kelvin sign
		{`[^a]年`, 4, 7}, // an invalid byte matches [^a] as U+FFFD
		{`\x{FFFD}`, 1, 3},
		{`月|日号`, 3, 6},
	}
	for _, tt := range tests {
		re, err := syntax.Parse(tt.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		re = re.Simplify()
		if got := minMatchLen(re); got != tt.min {
			t.Errorf("minMatchLen(%s) = %d, want %d", tt.expr, got, tt.min)
		}
		if got := maxMatchLen(re); got != tt.max {
			t.Errorf("maxMatchLen(%s) = %d, want %d", tt.expr, got, tt.max)
		}
	}
}
