package opencc

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

func mustNew(tb testing.TB, name string) *Converter {
	tb.Helper()
	c, err := New(name)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

func TestConvert(t *testing.T) {
	tests := []struct {
		cfg, in, want string
	}{
		{"t2s", "", ""},
		{"t2s", "abc 123", "abc 123"},
		{"t2s", "简体中文不变", "简体中文不变"},
		{"t2s", "漢字測試", "汉字测试"},
		{"t2s", "老態龍鍾", "老态龙钟"},           // phrase, first candidate
		{"t2s", "乾隆皇帝", "乾隆皇帝"},           // phrase keeps 乾
		{"t2s", "乾燥", "干燥"},               // character, first candidate
		{"t2s", "開會😀開會", "开会😀开会"},         // non-BMP passes through
		{"t2s", "質(zhì)量", "质(zhì)量"},     // ASCII between characters
		{"t2s", "\xff開\xfe", "\xff开\xfe"}, // invalid bytes pass through
		{"tw2sp", "滑鼠和軟體", "鼠标和软件"},
		{"tw2sp", "SQL隱碼攻擊", "SQL注入"},
		{"hk2s", "嚐試着", "尝试着"},
	}
	for _, tt := range tests {
		c := mustNew(t, tt.cfg)
		if got := c.Convert(tt.in); got != tt.want {
			t.Errorf("%s Convert(%q) = %q, want %q", tt.cfg, tt.in, got, tt.want)
		}
		if got := string(c.AppendConvert([]byte("x"), tt.in)); got != "x"+tt.want {
			t.Errorf("%s AppendConvert(%q) = %q, want %q", tt.cfg, tt.in, got, "x"+tt.want)
		}
	}
}

func TestUnknownConfig(t *testing.T) {
	if _, err := New("s2x"); err == nil {
		t.Fatal("New(s2x) succeeded, want an error")
	}
}

// TestMatchesOpenCC compares every configuration with the opencc tool on the
// whole shared corpus and on generated text holding every dictionary entry.
func TestMatchesOpenCC(t *testing.T) {
	openccTool(t)
	mixed := mixedInput(t)
	in := mixed
	name := "generated text"
	if testing.Short() {
		t.Log("short mode: generated text only")
	} else {
		in = append(corpusText(t), mixed...)
		name = "corpus and generated text"
	}
	for _, cfg := range Configs() {
		c := mustNew(t, cfg)
		want := runOpenCC(t, cfg, in)
		got := []byte(c.Convert(string(in)))
		if !bytes.Equal(got, want) {
			t.Errorf("%s on %s (%d bytes) differs from opencc: %s", cfg, name, len(in), firstDiff(got, want))
			continue
		}
		if c.fused {
			fused := c.AppendConvert(nil, string(mixed))
			c.fused = false
			chain := c.AppendConvert(nil, string(mixed))
			c.fused = true
			if !bytes.Equal(fused, chain) {
				t.Errorf("%s: one-pass and chained conversion differ: %s", cfg, firstDiff(fused, chain))
			}
		}
		t.Logf("%s on %s: %d bytes identical to opencc", cfg, name, len(in))
	}
}

// TestStreamMatchesWhole checks that chunked conversion equals converting
// the whole text, with chunks small enough to cut long lines.
func TestStreamMatchesWhole(t *testing.T) {
	in := string(mixedInput(t))
	long := strings.ReplaceAll(in[:200000], "\n", "") // one long line
	noASCII := strings.Repeat("老態龍鍾開發乾燥", 3000)
	for _, cfg := range Configs() {
		c := mustNew(t, cfg)
		for name, s := range map[string]string{"lines": in, "long": long, "noascii": noASCII} {
			for _, size := range []int{64, 1000, 4096} {
				var out bytes.Buffer
				if err := c.convertStream(context.Background(), &out, strings.NewReader(s), size); err != nil {
					t.Fatal(err)
				}
				if want := c.Convert(s); out.String() != want {
					t.Errorf("%s %s chunk %d: stream differs: %s", cfg, name, size, firstDiff(out.Bytes(), []byte(want)))
				}
			}
		}
	}
}

func FuzzConvert(f *testing.F) {
	for _, s := range []string{"", "漢字", "老態龍鍾", "SQL隱碼攻擊", "\xff\xfe", "質(zhì)量😀", "乾乾燥燥"} {
		f.Add(s)
	}
	convs := make([]*Converter, 0, 3)
	chained := map[string]*Converter{}
	for _, n := range Configs() {
		c := mustNew(f, n)
		convs = append(convs, c)
		if c.fused {
			cc, err := build(n, configs[n])
			if err != nil {
				f.Fatal(err)
			}
			cc.fused = false
			chained[n] = cc
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range convs {
			got := c.Convert(s)
			if utf8.ValidString(s) && !utf8.ValidString(got) {
				t.Fatalf("%s: invalid UTF-8 output %q for %q", c.name, got, s)
			}
			if c2 := chained[c.name]; c2 != nil {
				if chain := c2.Convert(s); chain != got {
					t.Fatalf("%s: one-pass %q != chained %q for %q", c.name, got, chain, s)
				}
			}
		}
	})
}

// TestMayChangeShortcut checks Convert's shortcut (mayChange) line by line
// over the corpus and the generated text, where it is taken often: every
// line converts as the chained conversion, which never takes it, converts it;
// and every key that changes holds a rune of changers.
func TestMayChangeShortcut(t *testing.T) {
	in := string(mixedInput(t))
	if !testing.Short() {
		in = string(corpusText(t)) + in
	}
	for _, cfg := range Configs() {
		c := mustNew(t, cfg)
		if !c.fused {
			continue
		}
		cc, err := build(cfg, configs[cfg])
		if err != nil {
			t.Fatal(err)
		}
		cc.fused = false
		taken := 0
		for _, l := range strings.Split(in, "\n") {
			if !c.mayChange(l) {
				taken++
			}
			if got, want := c.Convert(l), string(cc.AppendConvert(nil, l)); got != want {
				t.Fatalf("%s Convert(%q) = %q, chained %q", cfg, l, got, want)
			}
		}
		for k, v := range c.fast.multi {
			if c.fast.vals[v] != k && !c.mayChange(k) {
				t.Fatalf("%s: key %q changes but holds no rune of changers", cfg, k)
			}
		}
		t.Logf("%s: shortcut taken on %d lines", cfg, taken)
	}
}
