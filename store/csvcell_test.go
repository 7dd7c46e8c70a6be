package store

import (
	"bytes"
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

// FuzzCSVWriter: any cells written come back byte-exact.
func FuzzCSVWriter(f *testing.F) {
	f.Add("a\nb", "c\r\nd", "\re\"f,", "")
	f.Fuzz(func(t *testing.T, a, b, c, d string) {
		var buf bytes.Buffer
		in := []string{a, b, c, d}
		if err := (&csvWriter{w: &buf}).Write(in); err != nil {
			t.Fatal(err)
		}
		if !bytes.HasSuffix(buf.Bytes(), []byte("\r\n")) {
			t.Fatal("record does not end in CRLF")
		}
		recs, err := ReadCSV(buf.Bytes())
		if err != nil || len(recs) != 1 || strings.Join(recs[0], "\x00") != strings.Join(in, "\x00") || len(recs[0]) != 4 {
			t.Fatalf("%q came back as %q (%v)", in, recs, err)
		}
	})
}
