package content

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/ccorpus/ccorpus/normalize"
)

// The line rules ask a line, one after another, whether it holds a word of
// this list or that (comment prompts, forum chrome, counters, copyright
// words …): each asking used to read the line again. The lists the rules
// ask of lines are indexed together instead, and the first asking reads the
// line once for all of them, remembering in the line which lists it holds a
// word of (line.found); later askings are a bit test.

// lineSets is the index of the word lists wordSet.in answers from one
// reading of the line; a list not among them is searched on its own.
var lineSets = indexLineSets(append([]*wordSet{
	&commentWords, &loginWords, &imageWords, &counterWords, &forumWords, &xxgkWords, &interactionWords,
	&noticeSelf, &toolBarWords, &copyrightWords, &breadcrumbWords, &qrCodeWords, &relativeTimeWords, &lineMetaRunes,
}, noticeWordSets...)...)

// A lineSetIndex holds the words of several wordSets by first rune.
type lineSetIndex struct {
	filter runeFilter
	firsts []rune          // sorted
	groups [][]indexedWord // groups[i]: the words beginning with firsts[i]
	// slots finds a first rune's group: slots[h] is 1 + its index in
	// firsts for the rune at hash h (runeFilter's hash, probed linearly
	// onward), 0 for an empty slot.
	slots [1 << 10]int16
}

// indexedWord is a word and the bit of its list in line.found.
type indexedWord struct {
	word string
	bit  uint64
}

// indexLineSets numbers the lists (wordSet.id, from 1) and indexes their words.
func indexLineSets(sets ...*wordSet) *lineSetIndex {
	if len(sets) > 63 {
		panic("content: too many line word sets for line.found")
	}
	x := &lineSetIndex{}
	for i, ws := range sets {
		if ws.id != 0 {
			panic("content: a word set is indexed twice")
		}
		ws.id = i + 1
		for g, f := range ws.firsts {
			x.filter.add(f)
			k, ok := slices.BinarySearch(x.firsts, f)
			if !ok {
				x.firsts = slices.Insert(x.firsts, k, f)
				x.groups = slices.Insert(x.groups, k, nil)
			}
			for _, w := range ws.groups[g] {
				x.groups[k] = append(x.groups[k], indexedWord{word: w, bit: 1 << ws.id})
			}
		}
	}
	if len(x.firsts) > len(x.slots)/2 {
		panic("content: too many first runes for the line word index")
	}
	for k, r := range x.firsts {
		h := runeHash(r)
		for x.slots[h] != 0 {
			h = (h + 1) % uint32(len(x.slots))
		}
		x.slots[h] = int16(k + 1)
	}
	return x
}

// group returns the index in firsts of r's group, or -1.
func (x *lineSetIndex) group(r rune) int {
	for h := runeHash(r); ; h = (h + 1) % uint32(len(x.slots)) {
		k := int(x.slots[h]) - 1
		if k < 0 {
			return -1
		}
		if x.firsts[k] == r {
			return k
		}
	}
}

// runeHash is the hash of runeFilter: 10 bits.
func runeHash(r rune) uint32 { return uint32(r) * 0x9E3779B1 >> 22 }

// scan returns the bits of the lists s holds a word of. Words are whole
// runes and a rune's first byte never occurs inside another, so comparing at
// the bytes that may begin a rune (all but UTF-8 continuation bytes) finds
// every place strings.Contains would.
func (x *lineSetIndex) scan(s string) uint64 {
	var found uint64
	for i := 0; i < len(s); {
		r, size := rune(0), 3
		if h, ok := normalize.HanAt(s, i); ok {
			r = h // most of the text, read inline
		} else if r, size = leadRune(s, i); size == 0 {
			i++ // a continuation byte: no word begins there
			continue
		}
		if x.filter.has(r) {
			found = x.matchAt(s, i, r, found)
		}
		i += size
	}
	return found
}

// scanAt is scan(s) when at holds, in order, every place in s where a rune
// of x.filter begins (the walk notes them as it writes a line: see
// walker.text), so that only those are read again.
func (x *lineSetIndex) scanAt(s string, at []int32) uint64 {
	var found uint64
	for _, p := range at {
		i := int(p)
		r, ok := normalize.HanAt(s, i)
		if !ok {
			r, _ = leadRune(s, i)
		}
		found = x.matchAt(s, i, r, found)
	}
	return found
}

// matchAt adds to found the bits of the lists with a word beginning at
// s[i], whose rune is r.
func (x *lineSetIndex) matchAt(s string, i int, r rune, found uint64) uint64 {
	if k := x.group(r); k >= 0 {
		for _, iw := range x.groups[k] {
			if found&iw.bit == 0 && strings.HasPrefix(s[i:], iw.word) {
				found |= iw.bit
			}
		}
	}
	return found
}

// leadRune decodes the rune at s[i] as utf8.DecodeRuneInString does, with
// the three-byte forms of Han text and CJK punctuation decoded inline; size
// 0 for a continuation byte.
func leadRune(s string, i int) (rune, int) {
	c := s[i]
	switch {
	case c < utf8.RuneSelf:
		return rune(c), 1
	case c < 0xC0:
		return utf8.RuneError, 0
	case c >= 0xE1 && c <= 0xEF && c != 0xED && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
		// E1-EC and EE-EF take any continuation bytes (E0 and ED do not).
		return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}
