package normalize

import (
	"strings"
	"unicode/utf8"
)

// ScriptClassifier is implemented by converters that know which characters
// are traditional-only and which simplified-only (opencc.Converter does).
type ScriptClassifier interface {
	Classify(r rune) (traditional, simplified bool)
}

// Thresholds on the share of traditional among marked characters.
const (
	traditionalShare = 0.8
	simplifiedShare  = 0.2
)

// script tells what a text was written in: "traditional" when nearly all
// script-marked characters are traditional forms, "simplified" when nearly
// all are simplified forms (or none is marked), "mixed" otherwise. Lines
// that are spam as a whole do not count: an injected simplified keyword
// line does not make a traditional page mixed.
func (c *Cleaner) script(s string) string {
	cls, _ := c.conv.(ScriptClassifier)
	return c.scriptKnown(s, cls != nil && !c.anyTraditional(cls, s))
}

// scriptKnown is script(s) told whether s holds no traditional-only Han
// character (false: not known).
func (c *Cleaner) scriptKnown(s string, noTrad bool) string {
	if noTrad {
		return "simplified" // dropping spam lines cannot add a traditional character
	}
	lx, _ := defaultLexicon()
	cls, _ := c.conv.(ScriptClassifier)
	trad, simp := 0, 0
	for l := range strings.SplitSeq(s, "\n") {
		if lx != nil && spamLineOf(lx, c.conv.Convert(l)) {
			continue
		}
		for _, r := range l {
			if !isHan(r) {
				continue
			}
			if cls != nil {
				t, sm := cls.Classify(r)
				trad, simp = trad+b2i(t), simp+b2i(sm)
			} else if c.conv.Convert(string(r)) != string(r) {
				trad++
			}
		}
	}
	switch {
	case trad == 0:
		return "simplified"
	case float64(trad) >= traditionalShare*float64(trad+simp):
		return "traditional"
	case float64(trad) <= simplifiedShare*float64(trad+simp):
		return "simplified"
	}
	return "mixed"
}

// anyTraditional reports whether s holds a traditional-only Han character.
func (c *Cleaner) anyTraditional(cls ScriptClassifier, s string) bool {
	if c.trad == nil {
		return anyTraditional(cls, s)
	}
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue // no ASCII rune is Han
		}
		if r, ok := HanAt(s, i); ok {
			if c.trad.has(r) {
				return true
			}
			i += 3
			continue
		}
		r, size := DecodeRuneAt(s, i)
		i += size
		if r < 1<<16 && c.trad.has(r) || r >= 1<<16 && traditionalHan(cls, r) {
			return true
		}
	}
	return false
}

// anyTraditional reports whether s holds a traditional-only Han character,
// asking cls rune by rune.
func anyTraditional(cls ScriptClassifier, s string) bool {
	for _, r := range s {
		if traditionalHan(cls, r) {
			return true
		}
	}
	return false
}

func traditionalHan(cls ScriptClassifier, r rune) bool {
	if !isHan(r) {
		return false
	}
	t, _ := cls.Classify(r)
	return t
}

// tradRunes returns the Han runes below U+10000 that cls calls traditional.
func tradRunes(cls ScriptClassifier) *runeSet {
	var rs runeSet
	for r := rune(0x2E80); r < 1<<16; r++ { // no Han rune lies below U+2E80
		if traditionalHan(cls, r) {
			rs.add(r)
		}
	}
	return &rs
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// spamLineOf is spamLine of l's runes and hits, outside a table; a line
// without a hit and without | or _ is none, told without its runes.
func spamLineOf(lx *lexicon, l string) bool {
	if strings.IndexByte(l, '|') < 0 && strings.IndexByte(l, '_') < 0 && !lx.mayHit(l) {
		return false
	}
	rs := []rune(l)
	return spamLine(rs, lx.hits(rs), false)
}
