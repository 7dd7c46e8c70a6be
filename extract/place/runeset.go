package place

import "unicode/utf8"

// runeSet answers strings.ContainsAny(s, chars) for a fixed chars without
// strings.IndexAny's per-rune search of chars (and its allocation for every
// non-ASCII rune): ASCII members in a table, the others in a short slice.
type runeSet struct {
	ascii [utf8.RuneSelf]bool
	wide  []rune
}

func newRuneSet(chars string) *runeSet {
	rs := &runeSet{}
	for _, r := range chars {
		if r < utf8.RuneSelf {
			rs.ascii[r] = true
		} else {
			rs.wide = append(rs.wide, r)
		}
	}
	return rs
}

// in reports whether s holds any rune of the set (as strings.ContainsAny:
// an invalid byte is utf8.RuneError, which no set here holds).
func (rs *runeSet) in(s string) bool {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if rs.ascii[r] {
				return true
			}
			continue
		}
		for _, w := range rs.wide {
			if r == w {
				return true
			}
		}
	}
	return false
}

// The punctuation sets the scan stops at, token by token.
var (
	companyStop = newRuneSet("，,、。；;：: ")
	commaColon  = newRuneSet("，,：:")
	clauseEnd   = newRuneSet("，,；;。：:")
	listEnd     = newRuneSet("，,。；;：:、")
	attendEnd   = newRuneSet("，,。；")
	venueEnd    = newRuneSet("，,。；;：:、！？!?")
)
