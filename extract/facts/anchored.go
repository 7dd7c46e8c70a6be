package facts

import (
	"regexp"
	"regexp/syntax"
	"unicode/utf8"

	"github.com/ccorpus/ccorpus/normalize/literal"
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
	// min and max are the shortest and longest match in bytes, max -1 when
	// unbounded: the anchored pattern runs over at most max bytes (to the
	// next character), not over the rest of the text.
	min, max int
	// can, when set, reports whether a match can start a window: a quick
	// test the pattern's matches all pass, run over the bytes the anchored
	// pattern would see.
	can func(window string) bool
}

// startLit says a match can start back bytes before lit.
type startLit struct {
	lit  string
	back int
}

func newStartsAt(expr string, can func(window string) bool, lits ...startLit) *startsAt {
	re := regexp.MustCompile(expr)
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic("facts: " + err.Error())
	}
	tree = tree.Simplify()
	s := &startsAt{re: re, anchor: regexp.MustCompile(`^(?:` + expr + `)`), lits: lits,
		min: minMatchLen(tree), max: maxMatchLen(tree), can: can}
	if hasAssertion(tree) || s.min == 0 {
		panic("facts: startsAt needs a pattern without assertions or empty matches: " + expr)
	}
	return s
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
					if j := literal.Index(text[k:], l.lit); j >= 0 {
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
			for end < len(text) && !utf8.RuneStart(text[end]) {
				end++ // a character cut short could match as U+FFFD
			}
		}
		var m []int
		if window := text[at:end]; len(window) >= s.min && (s.can == nil || s.can(window)) {
			m = s.anchor.FindStringSubmatchIndex(window)
		}
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
