package content

import (
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
