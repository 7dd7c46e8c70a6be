package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
)

// TestCaselessRange checks that the runes isLower takes for their own lower
// case without asking unicode.ToLower are.
func TestCaselessRange(t *testing.T) {
	for r := rune(caselessFrom); r <= caselessTo; r++ {
		if unicode.ToLower(r) != r || strings.ToLower(string(r)) != string(r) {
			t.Fatalf("U+%04X has a lower case", r)
		}
	}
}

// checkDecode fails when decode's verdict differs from strings.ToLower's or
// its runes and offsets from ranging over s.
func checkDecode(t *testing.T, s string) {
	t.Helper()
	runes, off, same := decode(s, nil, nil)
	if want := strings.ToLower(s) == s; same != want {
		t.Fatalf("decode(%q) says lower-case %v, strings.ToLower says %v", s, same, want)
	}
	i := 0
	for at, r := range s {
		if runes[i] != r || off[i] != at {
			t.Fatalf("decode(%q): rune %d is %q at %d, want %q at %d", s, i, runes[i], off[i], r, at)
		}
		i++
	}
	if i != len(runes) || i != len(off) {
		t.Fatalf("decode(%q): %d runes, %d offsets, want %d", s, len(runes), len(off), i)
	}
}

func TestDecode(t *testing.T) {
	for _, s := range []string{"", "abc", "aBc", "质量月", "Ａ股", "ａ股", "İstanbul", "ΣΑΣ", "σας",
		"\uFFFD", "\xff", "中\xe4\xb8文", "end\xe4", "𠀀😀", "ǅ", "ǆ", "ß", "\u212A", "㐀", "〇、。"} {
		checkDecode(t, s)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add("省市场监管局 GB/T Ａ股 \xff中")
	f.Fuzz(checkDecode)
}

// BenchmarkDecode decodes the lines of the shared facts pages (invented
// mixed-case lines when absent) as Cut does and reports the time as a ratio
// to what Cut did before (strings.ToLower, then ranging over the result),
// measured line by line in the same run.
func BenchmarkDecode(b *testing.B) {
	files, _ := filepath.Glob("/work/shared/corpus/facts/pages/*.txt")
	var lines []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		lines = append(lines, strings.Split(string(raw), "\n")...)
	}
	if len(lines) == 0 {
		lines = []string{"省市场监管局会同省委宣传部等八部门开展“质量月”活动", "GB/T 2260 ABC公司 Ａ股"}
	}
	var runes []rune
	var off []int
	var ours, ref time.Duration
	for b.Loop() {
		for _, l := range lines {
			t0 := time.Now()
			runes, off, _ = decode(l, runes[:0], off[:0])
			t1 := time.Now()
			runes, off = runes[:0], off[:0]
			for at, r := range strings.ToLower(l) {
				runes = append(runes, r)
				off = append(off, at)
			}
			ours += t1.Sub(t0)
			ref += time.Since(t1)
		}
	}
	b.ReportMetric(float64(ours)/float64(ref), "x-tolower")
}
