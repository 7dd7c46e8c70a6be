package facts

import "strings"

// indexLiteral returns strings.Index(s, lit), faster for a Chinese
// character (E4–EF: U+4000–U+FFFF, the ideographs and ，：！): the first
// byte of its encoding begins a large share of the characters of Chinese
// text, so strings.Index stops at nearly every character; its last byte,
// one of 64 continuation bytes, is rarer, and indexLiteral looks for that
// one. A character led by E3 (「, the CJK punctuation and kana) is left to
// strings.Index: E3 80 begins 、 and 。, so often that strings.Index soon
// turns to its vector search, which beats stopping at the last byte.
func indexLiteral(s, lit string) int {
	n := len(lit)
	if n < 2 || lit[0] < 0xE4 || lit[0] > 0xEF {
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
