package normalize

import (
	"testing"
	"unicode/utf8"
)

func TestStripPinyin(t *testing.T) {
	tests := []struct {
		in, want string
		n        int
	}{
		{"質(zhì)量", "質量", 1},
		{"開(kāi)展", "開展", 1},
		{"日(rì)报", "日报", 1},
		{"日（rì）报", "日报", 1},
		{"国(guo2)家", "国家", 1},
		{"生产(shēng chǎn)", "生产", 1},
		{"市場(chǎng)監(jiān)管", "市場監管", 2},
		{"活动(CI)标识", "活动(CI)标识", 0},
		{"启动(2022年)", "启动(2022年)", 0},
		{"报道(记者 张三)", "报道(记者 张三)", 0},
		{"产品(A4)", "产品(A4)", 0},
		{"产品(an)", "产品(an)", 0},       // no tone
		{"word(zhì)", "word(zhì)", 0}, // not after Han
		{"(zhì)开头", "(zhì)开头", 0},     // nothing before
		{"質(zhì", "質(zhì", 0},         // unclosed
		{"女(nǚ)子", "女子", 1},
		{"绿(lv4)色", "绿色", 1},
		{"", "", 0},
	}
	for _, tt := range tests {
		got, n := StripPinyin(tt.in)
		if got != tt.want || n != tt.n {
			t.Errorf("StripPinyin(%q) = %q, %d; want %q, %d", tt.in, got, n, tt.want, tt.n)
		}
	}
}

func FuzzStripPinyin(f *testing.F) {
	for _, s := range []string{"質(zhì)量", "日（rì）", "(CI)", "國(guó)(guó)", "a(zhì)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, _ := StripPinyin(s)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 from %q", s)
		}
		if again, n := StripPinyin(out); again != out || n != 0 {
			t.Fatalf("not idempotent: %q → %q → %q", s, out, again)
		}
	})
}
