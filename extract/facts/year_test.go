package facts

import "testing"

func TestEventNameYear(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"6月16日，某市应急局等部门联合开展某市2022年安全生产宣传咨询日活动。", 2022},
		{"日前，某市2023年“安全宣传咨询日”集中宣传活动在广场举行。", 2023},
		{"11月12日，某县2024年全国食品诚信安全宣传周活动启动。", 2024},
		{"某县下发了《某县2015年防震减灾宣传教育工作方案》。", 0},          // a plan is not an edition
		{"为打造品牌，自2014年起将全国安全生产咨询日活动固定在每年6月16日。", 0}, // a span is history
		{"某市2021年安全生产月活动启动，某县2022年安全生产宣传咨询日活动举行。", 0},
	}
	for _, tc := range tests {
		if got, _ := eventNameYear(newDoc(tc.text)); got != tc.want {
			t.Errorf("eventNameYear(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}

func TestIsTodayBanner(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"今天是:2025年12月02日 星期二", true},
		{"今天是：2024年5月1日", true},
		{"发布时间：2024-05-01", false},
		{"2024年5月1日 来源：某某网", false},
	}
	for _, tc := range tests {
		if got := isTodayBanner(tc.line); got != tc.want {
			t.Errorf("isTodayBanner(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// A today banner gives no year: the campaign's year stays unknown.
func TestYearNotFromTodayBanner(t *testing.T) {
	e := loaded(t)
	res := e.Extract(Input{Title: "某区开展第35个“国际减灾日”宣传活动", Text: "今天是:2025年12月02日\n10月13日，某区应急局在广场开展第35个“国际减灾日”集中宣传活动，发放资料300余份。"})
	if res.Facts.Year != nil {
		t.Errorf("year = %d, want none", *res.Facts.Year)
	}
}
