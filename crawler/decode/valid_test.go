package decode

import (
	"testing"
	"unicode/utf8"
)

// TestIsValid compares isValid with utf8.Valid on the equivalence inputs,
// random bytes, and every cut and every shift of every one- to four-byte
// sequence behind ASCII.
func TestIsValid(t *testing.T) {
	inputs := append(equivInputs(t), randomBytes(300, 9)...)
	for c0 := 0x80; c0 <= 0xFF; c0++ {
		for c1 := range 256 {
			for _, tail := range [][]byte{nil, {0x80}, {0xBF, 0x80}, {'a'}, {0x80, 'a'}} {
				q := append([]byte{byte(c0), byte(c1)}, tail...)
				for pad := 0; pad < 9; pad++ {
					p := append([]byte("<p>abcdef"[:pad]), q...)
					inputs = append(inputs, p, append(p, "abcdefgh"...), p[:len(p)-1])
				}
			}
		}
	}
	valid := 0
	for i, p := range inputs {
		if got, want := isValid(p), utf8.Valid(p); got != want {
			t.Fatalf("input %d %q: isValid %v, utf8.Valid %v", i, p[:min(len(p), 64)], got, want)
		} else if got {
			valid++
		}
	}
	if valid < 1000 || valid == len(inputs) {
		t.Errorf("%d of %d inputs valid", valid, len(inputs))
	}
}

func FuzzIsValid(f *testing.F) {
	f.Add([]byte("<p>质量月\xed\xa0\x80</p>"))
	f.Add([]byte("abcdefgh\xe4\xb8\xad\xf0\x9f\x98\x80"))
	f.Fuzz(func(t *testing.T, p []byte) {
		if got, want := isValid(p), utf8.Valid(p); got != want {
			t.Fatalf("isValid(%q) = %v, utf8.Valid %v", p, got, want)
		}
	})
}
