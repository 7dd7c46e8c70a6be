package normalize

import "unicode/utf8"

// HanCount is the number of Han characters in s. It is the one measure of
// "how much Chinese" every stage uses (content extraction weighs blocks with
// it, facts size paragraphs and lines with it).
func HanCount(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue // no ASCII rune is Han
		}
		if cjkAt(s, i) {
			n++
			i += 3
			continue
		}
		r, size := DecodeRuneAt(s, i)
		if isHan(r) {
			n++
		}
		i += size
	}
	return n
}
