package content

import (
	"strings"
	"unicode/utf8"
)

// The line rules ask whether a line begins with one of a list of words
// (上一篇, 关键字：, 相关 …). Most lines begin with none of their first
// runes: a prefixSet tests the line's first rune against a filter of them
// before it compares any word.

// A prefixSet is a list of words to find at the start of a text.
type prefixSet struct {
	filter runeFilter // the words' first runes
	words  []string
}

func newPrefixSet(words []string) prefixSet {
	p := prefixSet{words: words}
	for _, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		if w == "" || r == utf8.RuneError && size <= 1 {
			panic("content: a prefix word is empty or not UTF-8")
		}
		p.filter.add(r)
	}
	return p
}

// begins is hasAnyPrefix(s, p.words): a text beginning with a word begins
// with the word's first rune, which is whole.
func (p *prefixSet) begins(s string) bool {
	if s == "" {
		return false
	}
	r, _ := leadRune(s, 0)
	return p.filter.has(r) && hasAnyPrefix(s, p.words)
}

// Prefix sets of the line rules' lists.
var (
	memberStatPrefixes  = newPrefixSet(memberStatWords)
	keywordPrefixes     = newPrefixSet(keywordLabels)
	prevNextPrefixes    = newPrefixSet(prevNextWords)
	listHeadingPrefixes = newPrefixSet(listHeadingWords)
	fromPlacePrefixes   = newPrefixSet(fromPlaceWords)
)

// trimLeftMarks is strings.TrimLeft(s, " 【[<《").
func trimLeftMarks(s string) string {
	for s != "" {
		switch {
		case s[0] == ' ' || s[0] == '[' || s[0] == '<':
			s = s[1:]
		case len(s) >= 3 && (s[:3] == "【" || s[:3] == "《"):
			s = s[3:]
		default:
			return s
		}
	}
	return s
}

// trimButtonMarks is strings.Trim(s, " .…。>»"): the marks are whole runes
// at either end, so their bytes are compared there.
func trimButtonMarks(s string) string {
left:
	for s != "" {
		switch {
		case s[0] == ' ' || s[0] == '.' || s[0] == '>':
			s = s[1:]
		case len(s) >= 3 && (s[:3] == "…" || s[:3] == "。"):
			s = s[3:]
		case len(s) >= 2 && s[:2] == "»":
			s = s[2:]
		default:
			break left
		}
	}
	for s != "" {
		n := len(s)
		switch {
		case s[n-1] == ' ' || s[n-1] == '.' || s[n-1] == '>':
			s = s[:n-1]
		case n >= 3 && (s[n-3:] == "…" || s[n-3:] == "。"):
			s = s[:n-3]
		case n >= 2 && s[n-2:] == "»":
			s = s[:n-2]
		default:
			return s
		}
	}
	return s
}

// trimSpace is strings.TrimSpace(s), returning s at once when its first and
// last runes are plainly not white space: an ASCII byte other than the six
// spaces, or a three-byte rune led by E4-EF (the white space runes above
// ASCII are U+0085, U+00A0 and, led by E1-E3, U+1680, U+2000-U+200A,
// U+2028, U+2029, U+202F, U+205F and U+3000). Line texts rarely need trimming,
// and strings.TrimSpace decodes both ends of any line that opens with Han text.
func trimSpace(s string) string {
	if n := len(s); n > 0 && plainEnd(s[0], s, 0) && plainEnd(s[n-1], s, n-3) {
		return s
	}
	return strings.TrimSpace(s)
}

// plainEnd reports an end of s that is plainly not white space: c, its byte
// there, is ASCII other than a space, or the three bytes at s[i] (the rune
// c begins or ends) are a valid rune led by E4-EF.
func plainEnd(c byte, s string, i int) bool {
	if c < utf8.RuneSelf {
		return c != ' ' && (c < '\t' || c > '\r')
	}
	return i >= 0 && i+2 < len(s) && s[i] >= 0xE4 && s[i] <= 0xEF && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80
}
