package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	// minDupRunes is the shortest line DropDuplicates compares: short lines
	// (一、 or a table cell) repeat legitimately.
	minDupRunes = 8
	// minDupBlock is the fewest consecutive repeated lines dropped, and
	// minDupShare the least share of the text they must hold: a body or a
	// large section that appears twice. A repeated paragraph (a photo
	// caption, a post quoted in a forum reply) is page content and stays.
	minDupBlock = 3
	minDupShare = 0.25
)

// DropDuplicates drops repeated blocks: runs of at least minDupBlock
// consecutive lines each repeating an earlier line (compared without spaces
// and punctuation) and holding at least minDupShare of the text, keeping the
// first copy, so that a page whose body appears twice keeps one. Blank and short lines inside a run do not break
// it. It returns the text and the number of lines dropped.
func DropDuplicates(s string) (string, int) {
	lines := strings.Split(s, "\n")
	seen := make(map[string]bool, len(lines))
	repeat := make([]bool, len(lines))
	long := make([]bool, len(lines))
	for i, l := range lines {
		key := dupKey(l)
		if utf8.RuneCountInString(key) < minDupRunes {
			continue
		}
		long[i] = true
		repeat[i] = seen[key]
		seen[key] = true
	}
	drop := make([]bool, len(lines))
	n := 0
	for i := 0; i < len(lines); {
		if !repeat[i] {
			i++
			continue
		}
		j, count := i, 0
		for j < len(lines) && (repeat[j] || !long[j]) {
			if repeat[j] {
				count++
			}
			j++
		}
		for j > i && !repeat[j-1] {
			j-- // a run ends on its last repeated line
		}
		if count >= minDupBlock && float64(runesOf(lines[i:j])) >= minDupShare*float64(utf8.RuneCountInString(s)) {
			for k := i; k < j; k++ {
				drop[k] = true
				n++
			}
		}
		i = j
	}
	if n == 0 {
		return s, 0
	}
	kept := make([]string, 0, len(lines)-n)
	for i, l := range lines {
		if !drop[i] {
			kept = append(kept, l)
		}
	}
	return strings.Join(kept, "\n"), n
}

// dupKey is a line without spaces and punctuation.
func dupKey(l string) string {
	return strings.Map(func(r rune) rune {
		if r >= 0x4E00 && r <= 0x9FFF { // CJK ideographs: neither space, punctuation nor symbol
			return r
		}
		if unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) {
			return -1
		}
		return r
	}, l)
}

func runesOf(lines []string) int {
	n := 0
	for _, l := range lines {
		n += utf8.RuneCountInString(l)
	}
	return n
}
