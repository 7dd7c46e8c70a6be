package content

import (
	"testing"
	"unicode/utf8"
)

// TestLeadRuneAsDecodeRune checks leadRune against utf8.DecodeRuneInString
// for every first byte with every two bytes after it, and cut short.
func TestLeadRuneAsDecodeRune(t *testing.T) {
	b := make([]byte, 3)
	for c0 := 0; c0 < 256; c0++ {
		for c1 := 0; c1 < 256; c1++ {
			for c2 := 0; c2 < 256; c2 += 1 + 3*(c0>>7^1)*40 { // all third bytes after a lead byte
				b[0], b[1], b[2] = byte(c0), byte(c1), byte(c2)
				for n := 1; n <= 3; n++ {
					s := string(b[:n])
					r, size := leadRune(s, 0)
					wr, wsize := utf8.DecodeRuneInString(s)
					if c0 >= 0x80 && c0 < 0xC0 {
						if size != 0 {
							t.Fatalf("leadRune(%q) = %U, %d; want size 0 for a continuation byte", s, r, size)
						}
						continue
					}
					if r != wr || size != wsize {
						t.Fatalf("leadRune(%q) = %U, %d; DecodeRuneInString %U, %d", s, r, size, wr, wsize)
					}
				}
			}
		}
	}
}
