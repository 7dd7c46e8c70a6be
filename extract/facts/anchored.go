package facts

import (
	"regexp"
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// startsAt is a pattern that FindAll runs only where a match can start: at a
// literal (第, “) or a fixed number of bytes before one (a year's 4 digits
// before 年). Tried anchored at those places, in order, it finds the matches
// re.FindAllStringSubmatchIndex finds over the whole text, for a pattern
// without empty matches or assertions (^, $, \b): such a search reports the
// leftmost place where the pattern matches and, there, the match it
// prefers, which is what the anchored pattern reports at that place; the
// next search starts where the match ends.
type startsAt struct {
	re     *regexp.Regexp // the pattern
	anchor *regexp.Regexp // ^(?:pattern)
	lits   []startLit
	// max is the longest match in bytes, -1 when unbounded: the anchored
	// pattern runs over that many bytes, not over the rest of the text.
	max int
}

// startLit says a match can start back bytes before lit.
type startLit struct {
	lit  string
	back int
}

func newStartsAt(expr string, lits ...startLit) *startsAt {
	re := regexp.MustCompile(expr)
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic("facts: " + err.Error())
	}
	tree = tree.Simplify()
	if hasAssertion(tree) || minMatchLen(tree) == 0 {
		panic("facts: startsAt needs a pattern without assertions or empty matches: " + expr)
	}
	return &startsAt{re: re, anchor: regexp.MustCompile(`^(?:` + expr + `)`), lits: lits, max: maxMatchLen(tree)}
}

// hasAssertion reports whether re holds ^, $, \b or \B.
func hasAssertion(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	}
	for _, sub := range re.Sub {
		if hasAssertion(sub) {
			return true
		}
	}
	return false
}

// minMatchLen returns the fewest characters a match of re can hold.
func minMatchLen(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune)
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpCapture, syntax.OpPlus:
		return minMatchLen(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min * minMatchLen(re.Sub[0])
	case syntax.OpConcat:
		n := 0
		for _, sub := range re.Sub {
			n += minMatchLen(sub)
		}
		return n
	case syntax.OpAlternate:
		n := -1
		for _, sub := range re.Sub {
			if k := minMatchLen(sub); n < 0 || k < n {
				n = k
			}
		}
		return max(n, 0)
	}
	return 0 // empty, quest, star, no match
}

// findAll calls yield with each match of s.re in text, as
// FindAllStringSubmatchIndex would return it, until yield returns false.
func (s *startsAt) findAll(text string, yield func(m []int) bool) {
	next := make([]int, len(s.lits)) // the next place lit i allows, -1 for none left
	for i := range next {
		next[i] = -2 // not searched yet
	}
	from := 0
	for {
		at := -1
		for i, l := range s.lits {
			if next[i] == -1 {
				continue
			}
			if next[i] < from {
				next[i] = -1
				if k := from + l.back; k <= len(text) {
					if j := indexLiteral(text[k:], l.lit); j >= 0 {
						next[i] = k + j - l.back
					}
				}
				if next[i] == -1 {
					continue
				}
			}
			if at < 0 || next[i] < at {
				at = next[i]
			}
		}
		if at < 0 {
			return
		}
		end := len(text)
		if s.max >= 0 && at+s.max < end {
			end = at + s.max
		}
		m := s.anchor.FindStringSubmatchIndex(text[at:end])
		if m == nil {
			from = at + 1
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += at
			}
		}
		if !yield(m) {
			return
		}
		from = m[1]
	}
}

// maxMatchLen returns the most bytes a match of re can hold, -1 when unbounded.
func maxMatchLen(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpNoMatch:
		return 0
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			n += runeMaxLen(r, re.Flags)
		}
		return n
	case syntax.OpCharClass:
		n := 0
		for i := 0; i+1 < len(re.Rune); i += 2 {
			n = max(n, utf8.RuneLen(re.Rune[i+1]))
		}
		return n
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax
	case syntax.OpCapture, syntax.OpQuest:
		return maxMatchLen(re.Sub[0])
	case syntax.OpConcat:
		n := 0
		for _, sub := range re.Sub {
			k := maxMatchLen(sub)
			if k < 0 {
				return -1
			}
			n += k
		}
		return n
	case syntax.OpAlternate:
		n := 0
		for _, sub := range re.Sub {
			k := maxMatchLen(sub)
			if k < 0 {
				return -1
			}
			n = max(n, k)
		}
		return n
	case syntax.OpRepeat:
		k := maxMatchLen(re.Sub[0])
		if re.Max < 0 || k < 0 {
			return -1
		}
		return re.Max * k
	}
	return -1 // star, plus and anything unknown
}

// runeMaxLen is the most bytes r matches: a case-folded literal matches its other cases too.
func runeMaxLen(r rune, flags syntax.Flags) int {
	n := utf8.RuneLen(r)
	if flags&syntax.FoldCase != 0 {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			n = max(n, utf8.RuneLen(f))
		}
	}
	return n
}
