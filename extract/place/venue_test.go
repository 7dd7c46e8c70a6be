package place

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFiledAt(t *testing.T) {
	tests := []struct{ s, want string }{
		{"新华社北京4月15日电 题：平安你我", "北京"},
		{"人民网福州9月3日电 福建省市场监管局3日启动质量月活动。", "福州"},
		{"中新网某省新闻3月15日电(记者 张三) 某县开展活动。", "某省新闻"},
		{"新华社记者 南宁九月二日电", "南宁"},
		{"新华网8月28日电(记者汪军)某区启动活动。", ""}, // no place
		{"本报讯 9月3日，南京市启动质量月活动。", ""},   // a local paper's 讯 is no dispatch
		{"9月3日，新华社北京分社记者在现场采访。", ""},   // not at the start
		{"据新华社北京4月15日电，各地开展活动。", "北京"}, // a citation of a wire names where it was filed too
		{"南京日报讯 南京9月3日电", ""},          // 讯 ends the medium: no 电 right after a place
	}
	for _, tt := range tests {
		from, to := filedAt(tt.s)
		if got := tt.s[from:to]; got != tt.want {
			t.Errorf("filedAt(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

func TestTokenOffsets(t *testing.T) {
	s := "新华社北京4月 电"
	got := tokenOffsets(s, []string{"新华社", "北京", "4", "月", "缺", " ", "电"})
	want := []int{0, 9, 15, 16, 19, 19, 20}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("tokenOffsets = %v, want %v", got, want)
		}
	}
}

func TestVenuesAndDatelines(t *testing.T) {
	r := resolver(t)
	beijing := Result{Level: Province, Province: "北京市", ProvinceCode: "110000"}
	shenzhen := Result{Level: City, Province: "广东省", ProvinceCode: "440000", City: "深圳市", CityCode: "440300"}
	tests := []struct {
		name string
		in   Input
		want Result
	}{
		{"a national wire filed in the capital",
			Input{Text: "新华社北京9月3日电 近日，各地市场监管部门开展质量月活动，向群众宣传质量知识。"},
			Result{}},
		{"a wire filed where its region's body acts",
			Input{Text: "人民网福州9月3日电 福建省市场监管局3日启动质量月活动。"},
			Result{Level: Province, Province: "福建省", ProvinceCode: "350000"}},
		{"a venue cut as one word with its city",
			Input{Text: "——安全宣传咨询日活动在深圳湾公园举行。"}, shenzhen},
		{"a venue cut as one word, the hall of the capital",
			Input{Text: "颁奖仪式在北京人民大会堂举行。"}, beijing},
		{"a university named after a city is not in it",
			Input{Text: "颁奖仪式在中山大学举行。"}, Result{}},
		{"a venue without an event held there",
			Input{Text: "市民在深圳湾公园散步。"}, Result{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := r.Resolve(tc.in)
			got.Evidence = ""
			if got != tc.want {
				t.Errorf("Resolve = %+v, want %+v", got, tc.want)
			}
		})
	}
}

// ActingOnly reads a round-up's report: the body that acts, where its event
// is held, whose residents take part; not a place it only names.
func TestActingOnly(t *testing.T) {
	r := resolver(t)
	tests := []struct {
		name, text string
		want       string // province|city
	}{
		{"the venue of a launch", "——“平安家园”系列宣传活动启动仪式在深圳湾公园拉开帷幕。", "广东省|深圳市"},
		{"a body acting", "南京市应急管理局开展应急演练，邀请苏州专家授课。", "江苏省|南京市"},
		{"residents taking part", "“活动很实用。”杭州市民王女士说。", "浙江省|杭州市"},
		{"a place only named", "活动邀请南京市专家授课，发放资料两千份。", "|"},
		{"a national body acting", "——国家市场监管总局举办质量知识讲座，走进校园。", "全国|"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := r.Resolve(Input{Text: tc.text, ActingOnly: true})
			if g := got.Province + "|" + got.City; g != tc.want {
				t.Errorf("Resolve(ActingOnly) = %s, want %s", g, tc.want)
			}
		})
	}
}

// FuzzFiledAt checks that the filing place is a range of whole runes inside
// the text, before the 电 of the dateline.
func FuzzFiledAt(f *testing.F) {
	for _, s := range []string{"新华社北京4月15日电 题", "新华网8月28日电", "社社1月1日电", "\xff社北京1月1日电", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		from, to := filedAt(s)
		if from < 0 || to < from || to > len(s) {
			t.Fatalf("filedAt(%q) = %d, %d", s, from, to)
		}
		if to > from && utf8.ValidString(s) && (!utf8.ValidString(s[from:to]) || !strings.Contains(s[to:], "电")) {
			t.Fatalf("filedAt(%q) = %q", s, s[from:to])
		}
	})
}
