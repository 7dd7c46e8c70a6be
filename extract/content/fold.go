package content

import (
	"strings"
	"unicode/utf8"
)

// Class, id and style values are matched against lower-case ASCII names as
// strings.ToLower would leave them. An ASCII value is read as it is, each
// byte lowered as it is compared; only other values are lowered first
// (strings.ToLower turns some runes beyond ASCII into ASCII letters: K, the
// Kelvin sign, into k, İ into i).

// hasLowerWord reports whether strings.ToLower(s) contains one of the
// lower-case ASCII words. An ASCII s is searched as it is, each byte lowered
// as it is compared; only other text is lowered first (strings.ToLower turns
// some runes beyond ASCII into ASCII letters: K, the Kelvin sign, into k).
func hasLowerWord(s string, words ...string) bool {
	ascii, upper := asciiUpper(s)
	if !ascii {
		s = strings.ToLower(s)
	}
	for _, w := range words {
		if ascii && upper {
			if indexLowerASCII(s, w) >= 0 {
				return true
			}
		} else if strings.Contains(s, w) { // s is lower case (lowering an ASCII s without capitals leaves it as it is)
			return true
		}
	}
	return false
}

// indexLowerASCII is strings.Index(strings.ToLower(s), w) for an ASCII s
// and a lower-case word w.
func indexLowerASCII(s, w string) int {
	for i := 0; i+len(w) <= len(s); i++ {
		j := 0
		for j < len(w) && lowerASCII(s[i+j]) == w[j] {
			j++
		}
		if j == len(w) {
			return i
		}
	}
	return -1
}

// lowerASCII lowers an ASCII capital letter.
func lowerASCII(c byte) byte {
	if c-'A' < 26 {
		return c + ('a' - 'A')
	}
	return c
}

// asciiUpper reports whether s is all ASCII bytes, and whether it holds an
// ASCII capital letter (when it is all ASCII).
func asciiUpper(s string) (ascii, upper bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return false, true
		}
		upper = upper || c-'A' < 26
	}
	return true, upper
}

// isASCII reports whether s is all ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// hasPrefixLower is strings.HasPrefix(strings.ToLower(s), w) for an ASCII s
// and a lower-case w.
func hasPrefixLower(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for j := 0; j < len(w); j++ {
		if lowerASCII(s[j]) != w[j] {
			return false
		}
	}
	return true
}

// isAnyOfLower is isAnyOf(strings.ToLower(s), set) for an ASCII s and a set
// of lower-case words.
func isAnyOfLower(s string, set []string) bool {
	for _, x := range set {
		if len(s) == len(x) && hasPrefixLower(s, x) {
			return true
		}
	}
	return false
}
