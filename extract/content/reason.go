package content

import (
	"unicode"
	"unicode/utf8"
)

// notTextScan is how much of a page notText reads.
const notTextScan = 8 << 10

// notText reports bytes that are not text: within their first notTextScan
// bytes, more than one rune in ten is a replacement character (bytes the
// charset could not decode) or a control character other than white space
// (binary data: an image, a PDF, an archive served as a page).
func notText(b []byte) bool {
	if len(b) > notTextScan {
		b = b[:notTextScan]
	}
	runes, bad := 0, 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		b = b[size:]
		runes++
		if r == utf8.RuneError || (unicode.IsControl(r) && !unicode.IsSpace(r)) {
			bad++
		}
	}
	return runes > 0 && bad*10 > runes
}
