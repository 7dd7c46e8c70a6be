package facts

import "strings"

// indexLiteral returns strings.Index(s, lit), faster for a character
// written in three bytes, other than the punctuation that begins with E2
// (“”—…): the first byte of such a character's encoding (E3 for 。、「,
// E4–E9 for Chinese characters, EF for ，：！) begins a large share of the
// characters of Chinese text, so strings.Index stops at nearly every
// character; its last byte, one of 64 continuation bytes, is rarer, and
// indexLiteral looks for that one.
func indexLiteral(s, lit string) int {
	n := len(lit)
	if n < 2 || lit[0] < 0xE3 || lit[0] > 0xEF {
		return strings.Index(s, lit)
	}
	last := lit[n-1]
	for i := n - 1; i < len(s); {
		j := strings.IndexByte(s[i:], last)
		if j < 0 {
			return -1
		}
		i += j
		if s[i-n+1:i+1] == lit {
			return i - n + 1
		}
		i++
	}
	return -1
}
