package facts

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// runeSet is the set of characters a date pattern can match: a bit per
// rune below U+10000 (one load per rune of the text scanned), a map above.
type runeSet struct {
	bmp    *[1 << 16 / 64]uint64
	astral map[rune]bool
}

func newRuneSet(chars string) runeSet {
	s := runeSet{bmp: new([1 << 16 / 64]uint64), astral: map[rune]bool{}}
	for _, r := range chars {
		if r < 1<<16 {
			s.bmp[r/64] |= 1 << (r % 64)
		} else {
			s.astral[r] = true
		}
	}
	return s
}

// has reports whether r is in the set.
func (s runeSet) has(r rune) bool {
	if r >= 0 && r < 1<<16 {
		return s.bmp[r/64]&(1<<(r%64)) != 0
	}
	return s.astral[r]
}

// The characters each date pattern is made of: a match is a run of them, so
// the patterns need only run over such runs, not over the whole text (which
// costs a pass of the pattern's automaton per page, most of a page's fact
// extraction). asciiDate holds \s and the digits.
const asciiDate = "0123456789\t\n\f\r T:："

var (
	// cnDateChars covers cnDateRe and dayRangeRe.
	cnDateChars  = newRuneSet(asciiDate + "〇零一二三四五六七八九十年月日号至到—–-~～－")
	isoDateChars = newRuneSet(asciiDate + "-/.")
	relDateChars = newRuneSet(asciiDate + "昨天日今前明本月（()）一二三四五六七八九十号")
)

// allDates returns scanDates(d.text), scanning the text once per doc.
// Callers must not modify the mentions.
func (d *doc) allDates() []dateMention {
	if !d.datesRead {
		d.dates, d.datesRead = scanDates(d.text), true
	}
	return d.dates
}

// findDates returns re.FindAllStringSubmatchIndex(text, -1), computed only
// over the runs of text made of chars that contain one of need: re matches
// nothing else, has no anchors, and never matches the empty string, so its
// matches are the same as over the whole text.
func findDates(re *regexp.Regexp, text string, chars runeSet, need string) [][]int {
	var out [][]int
	start := -1
	for i := 0; i <= len(text); {
		r, size := utf8.RuneError, 0
		if i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		in := i < len(text) && chars.has(r) && (r != utf8.RuneError || size > 1)
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			if run := text[start:i]; strings.ContainsAny(run, need) {
				for _, m := range re.FindAllStringSubmatchIndex(run, -1) {
					for k := range m {
						if m[k] >= 0 {
							m[k] += start
						}
					}
					out = append(out, m)
				}
			}
			start = -1
		}
		if i == len(text) {
			break
		}
		i += size
	}
	return out
}
