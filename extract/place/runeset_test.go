package place

import (
	"strings"
	"testing"
)

func TestRuneSetIsContainsAny(t *testing.T) {
	sets := []string{"，,、。；;：: ", "。！？", "年月日上下本今去明当同次每前后", "摄图续完"}
	inputs := []string{"", "合肥", "热电，", "a b", "有限公司", "\xff\xfe", "本月", "摄影", "x?y", "全省：", "\uFFFD"}
	for _, set := range sets {
		rs := newRuneSet(set)
		for _, s := range inputs {
			if got, want := rs.in(s), strings.ContainsAny(s, set); got != want {
				t.Errorf("newRuneSet(%q).in(%q) = %v, strings.ContainsAny says %v", set, s, got, want)
			}
		}
	}
}

func FuzzRuneSet(f *testing.F) {
	f.Add("，,、。；;：: ", "热电，集团")
	f.Fuzz(func(t *testing.T, set, s string) {
		if strings.ContainsRune(set, '\uFFFD') {
			t.Skip("a set holding U+FFFD matches invalid bytes differently")
		}
		if got, want := newRuneSet(set).in(s), strings.ContainsAny(s, set); got != want {
			t.Errorf("newRuneSet(%q).in(%q) = %v, strings.ContainsAny says %v", set, s, got, want)
		}
	})
}
