package normalize

import (
	"strings"
	"sync"
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
	var key []byte
	for i, l := range lines {
		if len(l) < minDupRunes {
			continue // its key is shorter still
		}
		var n int
		if key, n = appendDupKey(key[:0], l); n < minDupRunes {
			continue
		}
		long[i] = true
		if repeat[i] = seen[string(key)]; !repeat[i] {
			seen[string(key)] = true
		}
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

// appendDupKey appends l's key, the line without spaces and punctuation, to
// key and returns it and its length in runes: strings.Map(dupRune, l) in one walk, keeping a rune's
// bytes as they are.
func appendDupKey(key []byte, l string) ([]byte, int) {
	dropped := dupDropped()
	n := 0
	for i := 0; i < len(l); {
		if b := l[i]; b < utf8.RuneSelf {
			if dupKeptASCII[b] {
				key = append(key, b)
				n++
			}
			i++
			continue
		}
		if cjkAt(l, i) {
			key = append(key, l[i:i+3]...) // CJK ideographs are kept
			n++
			i += 3
			continue
		}
		r, size := decodeRune(l, i)
		switch {
		case r >= 0x4E00 && r <= 0x9FFF: // kept
		case r < 1<<16 && dropped.has(r), r >= 1<<16 && dupRune(r) < 0:
			i += size
			continue // (an invalid byte reads as U+FFFD, a symbol: dropped too)
		}
		key = append(key, l[i:i+size]...)
		n++
		i += size
	}
	return key, n
}

// dupRune is the mapping of appendDupKey: spaces, punctuation and symbols go.
func dupRune(r rune) rune {
	if r >= 0x4E00 && r <= 0x9FFF { // CJK ideographs: neither space, punctuation nor symbol
		return r
	}
	if unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) {
		return -1
	}
	return r
}

// dupKeptASCII marks the ASCII bytes dupRune keeps.
var dupKeptASCII = func() (t [utf8.RuneSelf]bool) {
	for b := range utf8.RuneSelf {
		t[b] = dupRune(rune(b)) >= 0
	}
	return t
}()

var (
	dupOnce sync.Once
	dupSet  *runeSet
)

// dupDropped returns the runes below U+10000 dupRune drops, built once.
func dupDropped() *runeSet {
	dupOnce.Do(func() {
		var rs runeSet
		for r := rune(0); r < 1<<16; r++ {
			if dupRune(r) < 0 {
				rs.add(r)
			}
		}
		if !rs.has(utf8.RuneError) {
			panic("normalize: U+FFFD is no symbol") // appendDupKey drops invalid bytes as such
		}
		dupSet = &rs
	})
	return dupSet
}

func runesOf(lines []string) int {
	n := 0
	for _, l := range lines {
		n += utf8.RuneCountInString(l)
	}
	return n
}
