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
	// litIDs are the indexes of lits in otherLits (see collectLits).
	litIDs []int
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
	s.findAllSpots(text, nil, false, yield)
}

// findAllSpots is findAll that, when all is set, takes the places of its
// literals from spots (every place in text where a literal of otherLits is
// written, in order, as mentionsSpots notes them) instead of looking for
// them.
func (s *startsAt) findAllSpots(text string, spots []spot, all bool, yield func(m []int) bool) {
	var buf [4]int
	next := buf[:0] // the next place lit i allows, -1 for none left
	if len(s.lits) > len(buf) {
		next = make([]int, 0, len(s.lits))
	}
	for range s.lits {
		next = append(next, -2) // not searched yet
	}
	var cursors [4]int // by lit, the first of spots not yet passed
	all = all && len(s.lits) <= len(cursors) && len(s.litIDs) == len(s.lits)
	from := 0
	for {
		at := -1
		for i, l := range s.lits {
			if next[i] == -1 {
				continue
			}
			if next[i] < from {
				next[i] = -1
				if k := from + l.back; !all && k <= len(text) {
					if j := literal.Index(text[k:], l.lit); j >= 0 {
						next[i] = k + j - l.back
					}
				} else if all {
					// the first place of the literal at k or after
					id := spot(s.litIDs[i])
					for c := cursors[i]; c < len(spots); c++ {
						if sp := spots[c]; sp&(1<<spotBits-1) == id && int(sp>>spotBits) >= k {
							next[i], cursors[i] = int(sp>>spotBits)-l.back, c
							break
						}
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
