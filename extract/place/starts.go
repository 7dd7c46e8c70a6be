package place

import (
	"unicode/utf8"

	"github.com/ccorpus/ccorpus/extract/gazetteer"
)

// startSet holds the first runes of every word the scan acts on: the
// gazetteer's names, the self references, the level characters that
// abbreviate a body, the national bodies and 全国. A token that begins with
// none of them is no mention and begins no national body (mentionAt and
// nationalBodyAt only accept tokens that are such a word, begin one or begin
// with one), so the scan passes it by without looking it up. Most tokens of
// a text (about three in four) are passed by.
type startSet struct {
	bmp  [1 << 16 / 64]uint64 // runes below U+10000, a bit each
	wide []rune               // the others
}

// newStartSet returns the start set of the scan over gz.
func newStartSet(gz *gazetteer.Gazetteer) *startSet {
	words := append([]string{"全国"}, gz.Names()...)
	for w := range selfRefs {
		words = append(words, w)
	}
	for w := range levelChars {
		words = append(words, w)
	}
	for w := range nationalBodies {
		words = append(words, w)
	}
	return startsOf(words)
}

// startsOf returns the set of the first runes of words.
func startsOf(words []string) *startSet {
	s := &startSet{}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if uint32(r) < 1<<16 {
			s.bmp[r/64] |= 1 << (r % 64)
		} else {
			s.wide = append(s.wide, r)
		}
	}
	return s
}

// nationalStarts holds the first runes of the national bodies' names.
var nationalStarts = func() *startSet {
	var words []string
	for w := range nationalBodies {
		words = append(words, w)
	}
	return startsOf(words)
}()

// nationalAt is nationalBodyAt(toks, j), asked only of a token that may
// begin a national body's name (nationalBodyAt accepts only a token that
// begins one).
func (r *Resolver) nationalAt(toks []string, j int) int {
	if !nationalStarts.first(toks[j]) {
		return 0
	}
	return nationalBodyAt(toks, j)
}

// first reports whether tok may begin a word of the set: its first rune is
// one of theirs, or it has no valid first rune (an empty or broken token is
// left to the full checks).
func (s *startSet) first(tok string) bool {
	r, size := utf8.DecodeRuneInString(tok)
	if r == utf8.RuneError && size <= 1 {
		return true
	}
	return s.has(r)
}

// has reports whether r is in the set.
func (s *startSet) has(r rune) bool {
	if uint32(r) < 1<<16 {
		return s.bmp[r/64]&(1<<(r%64)) != 0
	}
	for _, w := range s.wide {
		if r == w {
			return true
		}
	}
	return false
}
