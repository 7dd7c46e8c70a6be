package decode

import (
	"encoding/binary"
	"unicode/utf8"
)

// isValid is utf8.Valid(p), faster on HTML: utf8.Valid skips ASCII eight
// bytes at a time only until the first other byte and then reads byte by
// byte, while a page's markup between its lines of text is ASCII
// throughout. Here every run of ASCII is skipped a word at a time, and the
// three-byte runes that need no range check (lead E1–EC or EE–EF, two
// continuation bytes: U+1000–CFFF and U+E000–FFFF, Han text among them)
// are read inline; any other rune is decoded by utf8.DecodeRune, and p is
// valid when no decode of it is a bad byte (utf8.RuneError of width 1).
func isValid(p []byte) bool {
	for i := 0; i < len(p); {
		c := p[i]
		if c < utf8.RuneSelf {
			if i+8 <= len(p) && binary.LittleEndian.Uint64(p[i:])&0x8080808080808080 == 0 {
				i += 8
			} else {
				i++
			}
			continue
		}
		if c >= 0xE1 && c <= 0xEF && c != 0xED && i+2 < len(p) && p[i+1]&0xC0 == 0x80 && p[i+2]&0xC0 == 0x80 {
			i += 3
			continue
		}
		r, n := utf8.DecodeRune(p[i:])
		if r == utf8.RuneError && n == 1 {
			return false
		}
		i += n
	}
	return true
}
