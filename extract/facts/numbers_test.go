package facts

import (
	"strconv"
	"testing"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"18", 18, true},
		{"１８", 18, true},
		{"八", 8, true},
		{"十", 10, true},
		{"十四", 14, true},
		{"二十三", 23, true},
		{"两", 2, true},
		{"一百零五", 105, true},
		{"一百二十", 120, true},
		{"三千零二十", 3020, true},
		{"一万二千", 12000, true},
		{"十万", 100000, true},
		{"二〇二二", 2022, true},
		{"零", 0, true},
		{"", 0, false},
		{"十几", 0, false},
		{"二三十", 0, false},
		{"百", 0, false},
		{"十百", 0, false},
		{"二百五", 0, false},
		{"三十余", 0, false},
		{"12a", 0, false},
		{"99999999999", 0, false},
	}
	for _, tt := range tests {
		got, ok := ParseNumber(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("ParseNumber(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// cnFormat writes n (0 < n < 10000) in Chinese numerals, the reference the
// fuzz target checks ParseNumber against.
func cnFormat(n int) string {
	digits := []rune("零一二三四五六七八九")
	units := []rune("千百十")
	vals := []int{1000, 100, 10}
	var out []rune
	zero := false
	for i, v := range vals {
		d := n / v % 10
		switch {
		case d == 0 && len(out) > 0:
			zero = true
		case d > 0:
			if zero {
				out = append(out, '零')
				zero = false
			}
			if !(v == 10 && d == 1 && len(out) == 0) {
				out = append(out, digits[d])
			}
			out = append(out, units[i])
		}
	}
	if d := n % 10; d > 0 {
		if zero || len(out) > 0 && n%100 < 10 && n >= 100 {
			out = append(out, '零')
		}
		out = append(out, digits[d])
	}
	return string(out)
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"18", "十四", "一百零五", "二〇二二", "一万二千", "十几"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, ok := ParseNumber(s)
		if ok && n < 0 {
			t.Fatalf("ParseNumber(%q) = %d, negative", s, n)
		}
		if a, err := strconv.Atoi(s); err == nil && a < 1<<31 && s[0] >= '0' && s[0] <= '9' {
			if !ok || n != a {
				t.Fatalf("ParseNumber(%q) = %d, %v; want %d", s, n, ok, a)
			}
		}
		if ok && n > 0 && n < 10000 {
			if back, ok2 := ParseNumber(cnFormat(n)); !ok2 || back != n {
				t.Fatalf("ParseNumber(cnFormat(%d) = %q) = %d, %v", n, cnFormat(n), back, ok2)
			}
		}
	})
}
