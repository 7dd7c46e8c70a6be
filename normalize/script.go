package normalize

import "strings"

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
	lx, _ := defaultLexicon()
	cls, _ := c.conv.(ScriptClassifier)
	if cls != nil && !anyTraditional(cls, s) {
		return "simplified" // dropping spam lines cannot add a traditional character
	}
	trad, simp := 0, 0
	for _, l := range strings.Split(s, "\n") {
		if lx != nil {
			cl := []rune(c.conv.Convert(l))
			if spamLine(cl, lx.hits(cl), false) {
				continue
			}
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
func anyTraditional(cls ScriptClassifier, s string) bool {
	for i := 0; i < len(s); {
		r, size := decodeRune(s, i)
		i += size
		if isHan(r) {
			if t, _ := cls.Classify(r); t {
				return true
			}
		}
	}
	return false
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
