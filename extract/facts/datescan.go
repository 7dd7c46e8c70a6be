package facts

import (
	"regexp"
	"unicode/utf8"

	"github.com/ccorpus/ccorpus/normalize/literal"
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

// allYears returns scanYears(d.text), scanning the text once per doc.
// Callers must not modify the mentions.
func (d *doc) allYears() []yearMention {
	if !d.yearsRead {
		d.years, d.yearsRead = scanYears(d.text), true
	}
	return d.years
}

// findDates returns re.FindAllStringSubmatchIndex(text, -1), computed only
// over the runs of text made of chars that contain one of need: re matches
// nothing else, has no anchors, and never matches the empty string, so its
// matches are the same as over the whole text.
func findDates(re *regexp.Regexp, text string, chars runeSet, need string) [][]int {
	return findInRuns(re, text, dateRuns(text, chars, need))
}

// shortestDate holds the fewest bytes a match of each date pattern holds:
// a shorter run holds none.
var shortestDate = map[*regexp.Regexp]int{
	cnDateRe: minBytes(cnDateRe), dayRangeRe: minBytes(dayRangeRe), isoDateRe: minBytes(isoDateRe),
	dmyDateRe: minBytes(dmyDateRe), relDateRe: minBytes(relDateRe), yearRe: minBytes(yearRe),
}

// findInRuns returns the matches of re in the runs of text, in order.
func findInRuns(re *regexp.Regexp, text string, runs []span) [][]int {
	var out [][]int
	shortest := shortestDate[re]
	for _, run := range runs {
		if run.end-run.start < shortest {
			continue
		}
		for _, m := range re.FindAllStringSubmatchIndex(text[run.start:run.end], -1) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += run.start
				}
			}
			out = append(out, m)
		}
	}
	return out
}

// dateRuns returns the maximal runs of text made of characters in chars
// that hold one of the characters of need (each of them in chars), in
// order. It looks for need first and widens each find to its run, so the
// text between runs is not decoded. That finds the runs a walk through
// text character by character finds: a character of need (valid UTF-8)
// begins on a byte that is not a continuation byte, which the walk never
// steps over, and decoding backwards from a character's end yields the
// character the walk decodes there (or an invalid byte when the walk sees one).
func dateRuns(text string, chars runeSet, need string) []span {
	var out []span
	f := newNeedFinder(need)
	for at := f.next(text, 0); at >= 0; at = f.next(text, at) {
		if r, size := utf8.DecodeRuneInString(text[at:]); !chars.has(r) {
			at += size // a character of need outside chars is in no run
			continue
		}
		start := at
		for start > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:start])
			if !chars.has(r) || r == utf8.RuneError && size <= 1 {
				break
			}
			start -= size
		}
		end := at
		for end < len(text) {
			r, size := utf8.DecodeRuneInString(text[end:])
			if !chars.has(r) || r == utf8.RuneError && size <= 1 {
				break
			}
			end += size
		}
		out = append(out, span{start, end})
		at = end
	}
	return out
}

// needFinder finds the next place in a text where one of a few characters is written.
type needFinder struct {
	chars []string // the characters, each encoded
	at    []int    // the next place of chars[i] at or after the last from, -2 before searching, -1 for none
}

func newNeedFinder(need string) *needFinder {
	f := &needFinder{}
	for _, r := range need {
		f.chars = append(f.chars, string(r))
		f.at = append(f.at, -2)
	}
	return f
}

// next returns the first place at or after from where text holds a
// character of need, -1 for none. Calls must not decrease from.
func (f *needFinder) next(text string, from int) int {
	best := -1
	for i, c := range f.chars {
		if f.at[i] == -1 {
			continue
		}
		if f.at[i] < from {
			f.at[i] = -1
			if j := literal.Index(text[from:], c); j >= 0 {
				f.at[i] = from + j
			}
		}
		if n := f.at[i]; n >= 0 && (best < 0 || n < best) {
			best = n
		}
	}
	return best
}
