package store

import (
	"strings"
	"testing"
)

func TestSafeCell(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"=1+1", "'=1+1"},
		{"+86 10", "'+86 10"},
		{"-2", "'-2"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tx", "'\tx"},
		{"\rx", "'\rx"},
		{"'quoted", "''quoted"},
		{"'", "''"},
		{"质量月", "质量月"},
		{"a=b", "a=b"},
		{"", ""},
	} {
		got := SafeCell(c.in)
		if got != c.want {
			t.Errorf("SafeCell(%q) = %q, want %q", c.in, got, c.want)
		}
		if back := UnsafeCell(got); back != c.in {
			t.Errorf("UnsafeCell(%q) = %q, want %q", got, back, c.in)
		}
	}
}

func FuzzSafeCell(f *testing.F) {
	for _, s := range []string{"=x", "'=x", "''", "-", "质量月"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := SafeCell(s)
		if c != "" && strings.IndexByte(formulaStarts, c[0]) >= 0 {
			t.Fatalf("SafeCell(%q) = %q starts a formula", s, c)
		}
		if UnsafeCell(c) != s {
			t.Fatalf("round trip of %q gave %q", s, UnsafeCell(c))
		}
	})
}
