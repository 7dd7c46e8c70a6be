package normalize

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFixPunctuation(t *testing.T) {
	tests := []struct{ in, want string }{
		{"每年9月,,是全国“质量月”,。为深入", "每年9月，是全国“质量月”。为深入"},
		{"帮扶,、巡回问诊", "帮扶、巡回问诊"},
		{"结束。。下一句", "结束。下一句"},
		{"完成。,然后", "完成。然后"},
		{"附件:中山市", "附件：中山市"},
		{"真的吗?是的!好", "真的吗？是的！好"},
		{"时间 09:05 地点", "时间 09:05 地点"},
		{"1,000元", "1,000元"},
		{"圆满完成,9月2日", "圆满完成，9月2日"},
		{"达到95%,比上年", "达到95%，比上年"},
		{"共12,15项", "共12,15项"},
		{"「全民抗旱」和『节水』", "“全民抗旱”和‘节水’"},
		{"ＡＢＣ１２３ｘ", "ABC123x"},
		{"a\u00a0b\u3000c\u200bd", "a b cd"},
		{"  两头  空格  ", "两头 空格"},
		{"3·15晚会", "3·15晚会"},
		{":::", ":::"},
		{"第一行\n第二行,,", "第一行\n第二行,"},
		{"“质量月”,活动", "“质量月”，活动"},
	}
	for _, tt := range tests {
		if got, _ := FixPunctuation(tt.in); got != tt.want {
			t.Errorf("FixPunctuation(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzFixPunctuation(f *testing.F) {
	for _, s := range []string{"每年9月,,是", "a\u00a0b", "「」『』", ",。,。", "::,", "１２,３"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, _ := FixPunctuation(s)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 from %q", s)
		}
		if again, _ := FixPunctuation(out); again != out {
			t.Fatalf("not idempotent: %q → %q → %q", s, out, again)
		}
	})
}

// TestFixLineInvalidBytes checks that a line with invalid bytes comes back
// as fixLine always gave it, with U+FFFD for each bad byte, even when no rule
// changes it.
func TestFixLineInvalidBytes(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"质量月\xff活动", "质量月\uFFFD活动"},
		{"\uFFFD已是替换字符", "\uFFFD已是替换字符"},
		{"ok", "ok"},
	} {
		if got := fixLine(tt.in); got != tt.want {
			t.Errorf("fixLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestUntouchedIsExact checks the shortcut of fixLine: a line untouched
// reports is one fixLineAll gives back as it is, over the labelled pages'
// lines and random ones; and the shortcut is taken often.
func TestUntouchedIsExact(t *testing.T) {
	lines := append(ruleInputs(t), randomPunctLines(100000, 5)...)
	taken := 0
	for _, l := range lines {
		if untouched(l) {
			taken++
			if got := fixLineAll(l); got != l {
				t.Fatalf("untouched(%q) but fixLineAll gives %q", l, got)
			}
		}
	}
	t.Logf("%d of %d lines untouched", taken, len(lines))
	if taken == 0 {
		t.Fatal("the shortcut is never taken")
	}
}

// randomPunctLines are random lines of marks, spaces, Han characters and
// the runes fixLine maps.
func randomPunctLines(n int, seed int64) []string {
	alpha := []string{" ", "  ", "\t", "\u00a0", "\u3000", "\u200b", "\u00ad", ",", "，", "、", "。", ";", "；", ":", "：", "?", "!", "？",
		"！", "「", "」", "『", "』", "Ａ", "ｚ", "５", "中", "质量", "9", "%", "“", "”", "《", "a", "\xff", "\uFFFD", "·", "\u0085"}
	rnd := rand.New(rand.NewSource(seed))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for k := rnd.Intn(10); k >= 0; k-- {
			b.WriteString(alpha[rnd.Intn(len(alpha))])
		}
		out[i] = b.String()
	}
	return out
}

func FuzzUntouched(f *testing.F) {
	for _, l := range randomPunctLines(40, 6) {
		f.Add(l)
	}
	f.Fuzz(func(t *testing.T, l string) {
		if untouched(l) && fixLineAll(l) != l {
			t.Fatalf("untouched(%q) but fixLineAll gives %q", l, fixLineAll(l))
		}
	})
}
