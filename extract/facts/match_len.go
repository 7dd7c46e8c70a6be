package facts

import (
	"regexp"
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// The lengths of a pattern's matches, read from its syntax tree: a run of
// text shorter than a pattern's shortest match holds none, and a pattern
// tried at one place needs to see no more of the text than its longest.

// minBytes returns the fewest bytes a match of re can hold.
func minBytes(re *regexp.Regexp) int {
	tree, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		panic("facts: " + err.Error())
	}
	return minMatchLen(tree.Simplify())
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

// minMatchLen returns the fewest bytes a match of re can hold. An invalid
// byte of the text matches as U+FFFD, so a class or literal holding U+FFFD
// can match one byte.
func minMatchLen(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			n += runeMinLen(r, re.Flags)
		}
		return n
	case syntax.OpCharClass:
		n := -1
		for i := 0; i+1 < len(re.Rune); i += 2 {
			k := 1 // a range of U+FFFD or of surrogates
			if lo, hi := re.Rune[i], re.Rune[i+1]; !(lo <= utf8.RuneError && utf8.RuneError <= hi) && utf8.RuneLen(lo) > 0 {
				k = utf8.RuneLen(lo)
			}
			if n < 0 || k < n {
				n = k
			}
		}
		return max(n, 0)
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
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
	return 0 // empty, quest, star, no match, assertions
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

// runeMinLen is the fewest bytes r matches: a case-folded literal matches
// its other cases too, and U+FFFD an invalid byte.
func runeMinLen(r rune, flags syntax.Flags) int {
	if r == utf8.RuneError {
		return 1
	}
	n := utf8.RuneLen(r)
	if flags&syntax.FoldCase != 0 {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			n = min(n, utf8.RuneLen(f))
		}
	}
	return n
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

// prefixRe is a pattern anchored at the start (^…) whose matches are
// bounded: it needs to see only the first max bytes of a text (to the next
// character), not the rest of a page after a mention, which the regexp
// package otherwise prepares its backtracking for.
type prefixRe struct {
	re  *regexp.Regexp
	max int // -1 when unbounded
}

// newPrefixRe compiles expr, which must start with ^ and hold no other
// assertion (an end of text or a word boundary would see the cut).
func newPrefixRe(expr string) prefixRe {
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic("facts: " + err.Error())
	}
	tree = tree.Simplify()
	if tree.Op != syntax.OpConcat || len(tree.Sub) == 0 || tree.Sub[0].Op != syntax.OpBeginText || hasAssertion(&syntax.Regexp{Op: syntax.OpConcat, Sub: tree.Sub[1:]}) {
		panic("facts: a prefix pattern starts with ^ and holds no other assertion: " + expr)
	}
	return prefixRe{re: regexp.MustCompile(expr), max: maxMatchLen(tree)}
}

// MatchString reports whether s starts with a match.
func (p prefixRe) MatchString(s string) bool { return p.re.MatchString(window(s, p.max)) }

// window returns s cut after max bytes, or at the next character boundary
// after them (a character cut short could match as U+FFFD); all of s when
// max is -1.
func window(s string, max int) string {
	if max < 0 || len(s) <= max {
		return s
	}
	end := max
	for end < len(s) && !utf8.RuneStart(s[end]) {
		end++
	}
	return s[:end]
}
