package place

import "strings"

// containsLiteral returns strings.Contains(s, lit), faster for a literal
// that ends in a continuation byte and begins with a lead byte of Chinese
// text (E3–EF: 来源, 首页): a Chinese character's first byte begins most
// characters of such text, so strings.Index stops at nearly every one,
// while lit's last byte, one of 64 continuation bytes, is rarer, and
// containsLiteral looks for that one (as facts' indexLiteral does).
func containsLiteral(s, lit string) bool {
	n := len(lit)
	if n < 2 || lit[0] < 0xE3 || lit[0] > 0xEF {
		return strings.Contains(s, lit)
	}
	last := lit[n-1]
	for i := n - 1; i < len(s); {
		j := strings.IndexByte(s[i:], last)
		if j < 0 {
			return false
		}
		i += j
		if s[i-n+1:i+1] == lit {
			return true
		}
		i++
	}
	return false
}
