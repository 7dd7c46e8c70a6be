package content

import "github.com/ccorpus/ccorpus/normalize"

// normalize.IsCopyright, IsToolBar and IsBreadcrumb are false for a line
// holding none of their words (normalize.ChromeLineWords, the one copy of
// the lists). Content asks them about most lines of a page, and almost none
// holds such a word, so the words join the line's one reading for all the
// rules' lists (lineSets); only a line holding one is judged by normalize.
var lineWords = normalize.ChromeLineWords()

// copyrightWords are the words IsCopyright needs (copyrightFold in any
// ASCII case).
var (
	copyrightWords = newWordSet(lineWords.Copyright...)
	copyrightFold  = lineWords.CopyrightFoldASCII
)

// copyrightFoldBits are, for each word of copyrightFold, the runeBits of
// each of its letters in either case: a line holding the word in any case
// has a rune of each.
var copyrightFoldBits = func() [][]uint64 {
	out := make([][]uint64, len(copyrightFold))
	for i, w := range copyrightFold {
		for j := 0; j < len(w); j++ {
			if w[j] < 'a' || w[j] > 'z' {
				panic("content: copyrightFold words are lower-case ASCII letters")
			}
			out[i] = append(out[i], runeBit(rune(w[j]))|runeBit(rune(w[j]-'a'+'A')))
		}
	}
	return out
}()

// mayHoldAll reports whether l's text may hold, for each element of bits,
// a rune whose runeBit is in it: false only when its mask, known, has none
// of one element's. The mask covers every rune of the text but the spaces
// and the " | " between a table row's cells.
func (l *line) mayHoldAll(bits []uint64) bool {
	if l.mask == 0 {
		return true
	}
	for _, b := range bits {
		if l.mask&b == 0 {
			return false
		}
	}
	return true
}

// mayBeCopyright reports whether s holds one of the words without which
// normalize.IsCopyright is false. mask is runeMask(s), or 0 if unknown.
func mayBeCopyright(s string, mask uint64) bool {
	if (mask == 0 || mask&copyrightWords.mask != 0) && copyrightWords.contains(s) {
		return true
	}
	for _, w := range copyrightFold {
		if containsFoldASCII(s, w) {
			return true
		}
	}
	return false
}

// isCopyright is normalize.IsCopyright, asked only of lines that may be one.
func isCopyright(s string, mask uint64) bool {
	return mayBeCopyright(s, mask) && normalize.IsCopyright(s)
}

// isCopyrightLine is isCopyright for a line, its words found by the line's
// one reading for all the rules' lists (lineSets).
func isCopyrightLine(l *line) bool {
	may := copyrightWords.in(l)
	for i, w := range copyrightFold {
		may = may || l.mayHoldAll(copyrightFoldBits[i]) && containsFoldASCII(l.text, w)
	}
	return may && normalize.IsCopyright(l.text)
}

// breadcrumbWords are the words normalize.IsBreadcrumb needs a line to hold.
var breadcrumbWords = newWordSet(lineWords.Breadcrumb...)

// isBreadcrumb is normalize.IsBreadcrumb, asked only of lines that may be one.
func isBreadcrumb(l *line) bool {
	return breadcrumbWords.in(l) && normalize.IsBreadcrumb(l.text)
}

// toolBarWords are the words normalize.IsToolBar needs a line to hold.
var toolBarWords = newWordSet(lineWords.ToolBar...)

// isToolBar is normalize.IsToolBar, asked only of lines that may be one.
func isToolBar(l *line) bool {
	return toolBarWords.in(l) && normalize.IsToolBar(l.text)
}

// containsFoldASCII reports whether s contains the lower-case ASCII word w
// with any of its letters in upper case.
func containsFoldASCII(s, w string) bool {
	first := 0x0101010101010101 * uint64(w[0])
	for i := 0; i+len(w) <= len(s); i++ {
		if i+8 <= len(s) {
			// No byte of s[i:i+8] folds to w[0] (y has no zero byte): skip them.
			if y := (word8(s, i) | 0x2020202020202020) ^ first; (y-0x0101010101010101)&^y&0x8080808080808080 == 0 {
				i += 7
				continue
			}
		}
		if s[i]|0x20 != w[0] {
			continue
		}
		j := 1
		for j < len(w) && s[i+j]|0x20 == w[j] {
			j++
		}
		if j == len(w) {
			return true
		}
	}
	return false
}
