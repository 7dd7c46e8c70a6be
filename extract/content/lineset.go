package content

import (
	"slices"
	"strings"
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
	&noticeSelf, &toolBarWords, &copyrightWords, &breadcrumbWords,
}, noticeWordSets...)...)

// A lineSetIndex holds the words of several wordSets by first rune.
type lineSetIndex struct {
	filter runeFilter
	firsts []rune          // sorted
	groups [][]indexedWord // groups[i]: the words beginning with firsts[i]
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
	return x
}

// scan returns the bits of the lists s holds a word of. Words are whole
// runes and a rune's first byte never occurs inside another, so comparing at
// rune starts finds every place strings.Contains would.
func (x *lineSetIndex) scan(s string) uint64 {
	var found uint64
	for i, r := range s {
		if !x.filter.has(r) {
			continue
		}
		k, ok := slices.BinarySearch(x.firsts, r)
		if !ok {
			continue
		}
		for _, iw := range x.groups[k] {
			if found&iw.bit == 0 && strings.HasPrefix(s[i:], iw.word) {
				found |= iw.bit
			}
		}
	}
	return found
}
