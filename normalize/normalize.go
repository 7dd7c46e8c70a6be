// Package normalize turns the dirty main text of a page into clean simplified
// Chinese: pinyin annotations, mojibake, punctuation, spam, page chrome and
// duplicate paragraphs are removed and traditional characters converted.
// Each step is a small exported function of text to text; Cleaner runs them
// in order.
package normalize

import "strings"

// Converter converts Chinese text between scripts (e.g. traditional → simplified).
type Converter interface {
	Convert(s string) string
}

// Result is the outcome of cleaning one page's text.
type Result struct {
	Text        string   // cleaned, simplified text, one paragraph per line
	Original    string   // the text as it came in
	Script      string   // "simplified", "traditional" or "mixed", before conversion
	SpamRemoved []string // every spam string removed, verbatim
	// Spliced lists the fragments a content farm spliced into the text
	// (see Splices), removed and also in SpamRemoved; nil for a clean page.
	Spliced []string
	Counts  map[string]int // changes made by each step, by step name
}

// Step names, the keys of Result.Counts.
const (
	StepPinyin      = "pinyin"
	StepConvert     = "convert"
	StepMojibake    = "mojibake"
	StepPunctuation = "punctuation"
	StepSpam        = "spam"
	StepChrome      = "chrome"
	StepDuplicates  = "duplicates"
	StepSplices     = "splices"
)

// Cleaner runs the cleaning steps in order. The zero value is not usable: use NewCleaner.
type Cleaner struct {
	conv Converter
	cut  Cutter   // nil: no splice detection
	trad *runeSet // conv's traditional Han runes below U+10000, when it is a ScriptClassifier
	cls  ScriptClassifier
	// changer and watch, when conv is a ScriptClassifier and a RuneChanger:
	// conv, and the runes below U+10000 of a class (see classesOf).
	changer RuneChanger
	watch   *runeSet
	attn    *runeSet // watch and the spam lexicon's first runes
}

// NewCleaner returns a Cleaner converting with conv.
func NewCleaner(conv Converter) *Cleaner {
	c := &Cleaner{conv: conv}
	if cls, ok := conv.(ScriptClassifier); ok {
		c.trad, c.cls = tradRunes(cls), cls
		if ch, ok := conv.(RuneChanger); ok {
			c.changer = ch
			c.watch, c.attn = c.watchRunes()
		}
	}
	return c
}

// WithCutter returns a copy of c that also finds and removes spliced
// fragments (see Splices), reading words with cut.
func (c *Cleaner) WithCutter(cut Cutter) *Cleaner {
	d := *c
	d.cut = cut
	return &d
}

// maxRounds bounds the passes Clean makes: a removal can expose work for an
// earlier step (a cut spam phrase leaves doubled commas), so the steps run
// again until nothing changes.
const maxRounds = 3

// Clean cleans one page's text: pinyin readings go first (they split the
// phrases conversion needs), the script is recorded and the text converted,
// then mojibake, punctuation, spam, chrome and duplicate lines are handled.
func (c *Cleaner) Clean(text string) Result {
	res := Result{Original: text, Counts: map[string]int{}}
	s := trimLines(strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n"))
	for round := 0; round < maxRounds; round++ {
		before := s
		var n int
		s, n = StripPinyin(s)
		res.Counts[StepPinyin] += n
		// what the text holds (unknownFacts without a watch set: every
		// step runs), while it is known
		var scans [128]chromeScan // most pages fit: no allocation
		facts, known := c.factsOf(s, scans[:]), s
		if round == 0 {
			if c.watch != nil {
				res.Script = c.scriptKnown(s, facts.classes&hasTrad == 0)
			} else {
				res.Script = c.script(s)
			}
		}
		if facts.classes&hasChange != 0 {
			if conv := c.conv.Convert(s); conv != s {
				res.Counts[StepConvert] += changedLines(s, conv)
				s, facts = conv, unknownFacts
			}
		}
		if facts.classes&hasSeed == 0 {
			s, n = dropMojibakeNoSeed(s)
		} else {
			s, n = DropMojibake(s)
		}
		res.Counts[StepMojibake] += n
		if n = 0; facts.touched || s != known {
			s, n = FixPunctuation(s)
		}
		res.Counts[StepPunctuation] += n
		// When FixPunctuation changed nothing, its input is its output: a
		// text still the same after the steps below needs no second call.
		fixed, isFixed := s, n == 0
		var removed []string
		if facts.spamy || s != known {
			s, removed = RemoveSpam(s)
		}
		res.SpamRemoved = append(res.SpamRemoved, removed...)
		res.Counts[StepSpam] += len(removed)
		s, removed = DropSEO(s)
		res.SpamRemoved = append(res.SpamRemoved, removed...)
		res.Counts[StepSpam] += len(removed)
		if c.cut != nil {
			var frags []string
			s, frags = DropSplices(s, c.cut)
			res.Spliced = append(res.Spliced, frags...)
			res.SpamRemoved = append(res.SpamRemoved, frags...)
			res.Counts[StepSplices] += len(frags)
		}
		if s == known {
			s, n = dropChrome(s, facts.chrome)
		} else {
			s, n = DropChrome(s)
		}
		res.Counts[StepChrome] += n
		s, n = DropDuplicates(s)
		res.Counts[StepDuplicates] += n
		if !isFixed || s != fixed {
			s, n = FixPunctuation(s)
			res.Counts[StepPunctuation] += n
		}
		if s == before {
			break // before is trimLines's: trimLines gives it back
		}
		s = trimLines(s)
		if s == before {
			break
		}
	}
	res.Text = s
	return res
}

// CleanTitle cleans a title line: pinyin readings, conversion, mojibake,
// punctuation, and spam phrases (a site suffix such as -凯发总代).
func (c *Cleaner) CleanTitle(title string) string {
	s := strings.Join(strings.Fields(title), " ")
	s, _ = StripPinyin(s)
	var scans [2]chromeScan
	if f := c.factsOf(s, scans[:0]); f.classes == 0 && !f.touched && !f.spamy {
		// nothing to convert, no mojibake seed, no ; of an entity nor a
		// rune FixPunctuation changes, no lexicon term (and valid UTF-8:
		// untouched, so the runes cutHits is handed spell s)
		return s
	}
	s = c.conv.Convert(s)
	s, _ = DropMojibake(s)
	s, _ = FixPunctuation(s)
	if lx, err := defaultLexicon(); err == nil {
		rs := []rune(s)
		s, _ = cutHits(rs, lx.hits(rs))
	}
	s, _ = FixPunctuation(s)
	return s
}

// Convert converts a short string such as a title.
func (c *Cleaner) Convert(s string) string { return c.conv.Convert(s) }

// changedLines counts the lines that differ between a and b (same count of lines).
func changedLines(a, b string) int {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	if len(al) != len(bl) {
		return 1
	}
	n := 0
	for i := range al {
		if al[i] != bl[i] {
			n++
		}
	}
	return n
}
