package normalize

import "unicode/utf8"

// One walk over a text tells three steps that they have nothing to do: the
// script check (no traditional character), conversion (no rune the
// converter may change) and DropMojibake (no rune that may seed a broken
// span), each of which walked every rune of the text on its own.

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

// classesOf returns the classes of the runes of s, read as a range over s
// reads them, as anyTraditional, the converter and maybeMojibake read
// them. A rune of none of them costs a bitset test (c.watch).
func (c *Cleaner) classesOf(s string) textClasses {
	var m textClasses
	for i := 0; i < len(s) && m != allClasses; {
		b := s[i]
		if b < utf8.RuneSelf {
			if c.watch.has(rune(b)) {
				m |= c.classOf(rune(b))
			}
			i++
			continue
		}
		if r, ok := HanAt(s, i); ok {
			if c.watch.has(r) {
				m |= c.classOf(r)
			}
			i += 3
			continue
		}
		r, size := decodeRune(s, i)
		i += size
		if r >= 1<<16 || c.watch.has(r) {
			m |= c.classOf(r)
		}
	}
	return m
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

// watchRunes returns the runes below U+10000 of some class.
func (c *Cleaner) watchRunes() *runeSet {
	var rs runeSet
	for r := rune(0); r < 1<<16; r++ {
		if c.classOf(r) != 0 {
			rs.add(r)
		}
	}
	return &rs
}
