package normalize

import (
	"unicode"
	"unicode/utf8"
)

// isSpace is unicode.IsSpace, asking its table only of the runes up to
// U+205F: above them only U+3000 is white space.
func isSpace(r rune) bool {
	return r == 0x3000 || r <= 0x205F && unicode.IsSpace(r)
}

// One walk over a text tells five steps that they have nothing to do: the
// script check (no traditional character), conversion (no rune the
// converter may change), DropMojibake (no rune that may seed a broken
// span), FixPunctuation (every line untouched) and RemoveSpam (no line
// where a lexicon term may begin, no | or _), each of which walked every
// rune of the text on its own.

// RuneChanger is implemented by converters that know which runes a
// conversion may change (opencc.Converter does): Convert(s) is s when no
// rune of s is one.
type RuneChanger interface {
	MayChange(r rune) bool
}

// textClasses are the kinds of rune a text holds.
type textClasses uint8

const (
	hasTrad    textClasses = 1 << iota // a traditional-only Han character (anyTraditional)
	hasChange                          // a rune the converter may change (Convert)
	hasSeed                            // a rune maybeMojibake reports
	allClasses = hasTrad | hasChange | hasSeed
)

// textFacts is what the walk tells of a text: its classes, whether a line
// is not untouched (FixPunctuation may change it), and whether RemoveSpam
// may change it (a line mayHit reports, or a | or _ anywhere).
type textFacts struct {
	classes        textClasses
	touched, spamy bool
	// chrome holds, line by line, what scanCount(line, 120) reads for
	// DropChrome's rules (nil: not read)
	chrome []chromeScan
}

// chromeScan is chromeWords.scanCount(l, 120) of a line l: the groups of
// its words (complete when n is below 120) and its runes, all counted.
type chromeScan struct {
	m uint64
	n int
}

// unknownFacts are the facts of a text not walked: every step runs.
var unknownFacts = textFacts{classes: allClasses, touched: true, spamy: true}

// classesOf returns the classes of the runes of s.
func (c *Cleaner) classesOf(s string) textClasses { return c.factsOf(s, nil).classes }

// factsOf walks s once, line by line, and appends the chrome scan of each
// line to scans. The runes are read as a range over s reads them, as
// anyTraditional, the converter and maybeMojibake read them; each line is
// read as untouched, mayHit and scanCount read it. A CJK ideograph of no
// class and no word's first rune costs one bitset test (c.attn).
func (c *Cleaner) factsOf(s string, scans []chromeScan) textFacts {
	if c.watch == nil || c.attn == nil || len(chromeWords.slow) > 0 || chromeWords.empty != 0 {
		return unknownFacts // (scanCount reads slow and empty words apart)
	}
	lx, _ := defaultLexicon() // loaded: attn holds its runes
	caseless := caselessRunes()
	f := textFacts{chrome: scans[:0]}
	for start := 0; ; {
		end := lineEnd(s, start)
		f.chrome = append(f.chrome, c.lineFacts(s[start:end], lx, caseless, &f))
		if end == len(s) {
			break
		}
		if c.watch.has('\n') {
			f.classes |= c.classOf('\n')
		}
		start = end + 1
	}
	return f
}

// lineFacts adds the facts of line l to f and returns its chrome scan.
func (c *Cleaner) lineFacts(l string, lx *lexicon, caseless *runeSet, f *textFacts) chromeScan {
	m := f.classes
	var cs chromeScan // scanCount's state: cs.n counts every rune
	// untouched's state
	touched := f.touched
	lastMark, markSpace, space := false, false, true // space: the start counts as one
	// mayHit's state: the rune before, lowered, its offset and whether a term may begin with it
	hit := f.spamy
	var prev rune
	prevAt, prevMay := -1, false
	for i := 0; i < len(l); {
		at := i
		b := l[i]
		var r rune
		cs.n++
		if b < utf8.RuneSelf {
			r = rune(b)
			i++
			if c.watch.has(r) {
				m |= c.classOf(r)
			}
			if chromeWords.first.has(r) {
				cs.m = chromeWords.wordsAt(l, at, r, cs.m)
			}
			switch {
			case b == ' ':
				touched = touched || space
				markSpace, lastMark, space = lastMark, false, true
			case asciiTouched[b]:
				touched = true
			default:
				lastMark, markSpace, space = false, false, false
			}
			if b == '|' || b == '_' {
				hit = true
			}
			if !caseless.has(r) {
				r = lowerRune(r)
			}
		} else if h, ok := HanAt(l, i); ok {
			// the common case, in short: a CJK ideograph has no case, no
			// punctuation rule changes it, and most are in neither set of
			// c.attn (one bitset test)
			i += 3
			lastMark, markSpace, space = false, false, false
			if !hit && prevMay && lx.pairMay(prev, h) && lx.termAt(l, prevAt, prev) {
				hit = true
			}
			if !c.attn.has(h) {
				// and so are the ideographs after it, up to one in attn:
				// for them the walk only counts
				prevMay = false
				for {
					h, ok := HanAt(l, i)
					if !ok || c.attn.has(h) {
						break
					}
					i += 3
					cs.n++
				}
				continue
			}
			if c.watch.has(h) {
				m |= c.classOf(h)
			}
			if chromeWords.first.has(h) {
				cs.m = chromeWords.wordsAt(l, at, h, cs.m)
			}
			prev, prevAt, prevMay = h, at, lx.mayBegin(h)
			continue
		} else {
			var size int
			r, size = DecodeRuneAt(l, i)
			i += size
			if r >= 1<<16 || c.watch.has(r) {
				m |= c.classOf(r)
			}
			if !(r == utf8.RuneError && size == 1) && chromeWords.first.has(r) { // (has: below U+10000)
				cs.m = chromeWords.wordsAt(l, at, r, cs.m)
			}
			switch { // untouched's cases; a mark is none of the runes touched
			case isMark(r):
				touched = touched || lastMark || markSpace
				lastMark, markSpace, space = true, false, false
			case r >= 0x4E00 && r <= 0x9FFF:
				lastMark, markSpace, space = false, false, false
			case r == utf8.RuneError && size == 1, r == '「', r == '」', r == '『', r == '』',
				r >= '０' && r <= '９', r >= 'Ａ' && r <= 'Ｚ', r >= 'ａ' && r <= 'ｚ', isZeroWidth(r), isSpace(r):
				touched = true
			default:
				lastMark, markSpace, space = false, false, false
			}
			if r >= 1<<16 || !caseless.has(r) {
				r = lowerRune(r)
			}
		}
		if !hit {
			if prevMay && lx.pairMay(prev, r) && lx.termAt(l, prevAt, prev) {
				hit = true
			}
			prev, prevAt, prevMay = r, at, lx.mayBegin(r)
		}
	}
	if space && len(l) > 0 {
		touched = true
	}
	if !hit && prevMay && lx.termAt(l, prevAt, prev) {
		hit = true // the last rune: no pair of it
	}
	f.classes, f.touched, f.spamy = m, touched, hit
	return cs
}

// classOf returns the classes of one rune.
func (c *Cleaner) classOf(r rune) textClasses {
	var m textClasses
	if r < 1<<16 && c.trad.has(r) || r >= 1<<16 && traditionalHan(c.cls, r) {
		m |= hasTrad
	}
	if c.changer.MayChange(r) {
		m |= hasChange
	}
	if r < 1<<16 && mojibakeSeeds().has(r) || r >= 1<<16 && mojibakeSeed(r) {
		m |= hasSeed
	}
	return m
}

// watchRunes returns the runes below U+10000 of some class, and those
// runes and the lexicon's first runes (attn; nil without a lexicon).
func (c *Cleaner) watchRunes() (watch, attn *runeSet) {
	var ws, as runeSet
	lx, err := defaultLexicon()
	for r := rune(0); r < 1<<16; r++ {
		if c.classOf(r) != 0 {
			ws.add(r)
			as.add(r)
		}
		if err == nil && lx.mayBegin(r) || chromeWords.first.has(r) {
			as.add(r)
		}
	}
	if err != nil {
		return &ws, nil
	}
	return &ws, &as
}
