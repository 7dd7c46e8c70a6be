// Package literal finds a literal in Chinese text: Index and Contains are
// strings.Index and strings.Contains, faster for a literal that begins with
// a Chinese character.
//
// strings.Index looks for a literal's first byte and compares from there.
// The first byte of a character of U+4000–U+FFFF (E4–EF: the ideographs and
// the full-width marks ，：！) begins a large share of the characters of
// Chinese text, so strings.Index stops at nearly every character; the
// literal's last byte, one of 64 continuation bytes, is much rarer, and
// Index looks for that one. A literal led by E3 (「, 、, 。, the kana) is left
// to strings.Index: E3 80 begins 、 and 。 so often that strings.Index soon
// turns to its vector search, which beats stopping at the last byte.
package literal

import "strings"

// Index returns strings.Index(s, lit).
func Index(s, lit string) int {
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

// Contains returns strings.Contains(s, lit).
func Contains(s, lit string) bool { return Index(s, lit) >= 0 }
