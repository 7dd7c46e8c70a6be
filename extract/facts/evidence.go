package facts

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// doc is the text under extraction, split into sentences so that every fact
// can carry the sentence it was read from. The title, when present, is the
// first sentence.
type doc struct {
	text      string
	sentences []span        // byte ranges of sentences in text, in order
	newlines  []int         // offsets of the line breaks of text
	dates     []dateMention // scanDates(text), once read (see allDates)
	datesRead bool
	years     []yearMention // scanYears(text), once read (see allYears)
	yearsRead bool
	// unsplit says sentences and newlines are not found yet: spans and
	// lineBreaks find them on first use.
	unsplit bool
}

type span struct{ start, end int }

// sentenceEnds are the runes that close a sentence. A line break closes one too.
func isSentenceEnd(r rune) bool {
	switch r {
	case '。', '！', '？', '；', ';', '\n':
		return true
	}
	return false
}

// endLead marks the bytes that begin a sentence end (。！？；;\n, ?!): the
// ASCII ones and the first bytes of the others' encodings.
var endLead = func() (t [256]bool) {
	for _, b := range []byte("\n;?!") {
		t[b] = true
	}
	for _, r := range "。！？；" {
		t[string(r)[0]] = true
	}
	return t
}()

// sentenceEndAt returns the sentence end (see isSentenceEnd) or ? or ! that
// starts at text[i], and its length in bytes; 0 for none.
func sentenceEndAt(text string, i int) (rune, int) {
	switch b := text[i]; {
	case b < utf8.RuneSelf:
		if b == '\n' || b == ';' || b == '?' || b == '!' {
			return rune(b), 1
		}
	case i+2 < len(text):
		switch text[i : i+3] {
		case "。":
			return '。', 3
		case "！":
			return '！', 3
		case "？":
			return '？', 3
		case "；":
			return '；', 3
		}
	}
	return 0, 0
}

// newDoc splits text into sentences. It walks the bytes, not the
// characters: a sentence end is valid UTF-8, so it begins on a byte that is
// not a continuation byte, where a walk through the characters stops too.
func newDoc(text string) *doc {
	d := &doc{text: text}
	d.split()
	return d
}

// newLazyDoc returns the doc of text, split into sentences on first use
// (a page that names no campaign never asks for its sentences).
func newLazyDoc(text string) doc { return doc{text: text, unsplit: true} }

// spans returns the byte ranges of the sentences, in order.
func (d *doc) spans() []span {
	if d.unsplit {
		d.split()
	}
	return d.sentences
}

// lineBreaks returns the offsets of the line breaks.
func (d *doc) lineBreaks() []int {
	if d.unsplit {
		d.split()
	}
	return d.newlines
}

// split finds the sentences and line breaks of d.text.
func (d *doc) split() {
	d.unsplit = false
	text := d.text
	start := 0
	for i := 0; i < len(text); i++ {
		if !endLead[text[i]] {
			continue
		}
		r, size := sentenceEndAt(text, i)
		if size == 0 {
			continue
		}
		if r == '\n' {
			d.newlines = append(d.newlines, i)
		}
		if r != '?' && r != '!' || i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n' {
			end := i
			if r != '\n' {
				end = i + size
			}
			d.add(start, end)
			start = i + size
		}
	}
	d.add(start, len(text))
}

func (d *doc) add(start, end int) {
	for start < end && (d.text[start] == ' ' || d.text[start] == '\t') {
		start++
	}
	if !allSpace(d.text[start:end]) {
		d.sentences = append(d.sentences, span{start, end})
	}
}

// allSpace reports whether strings.TrimSpace(s) == "".
func allSpace(s string) bool {
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			if b != ' ' && (b < '\t' || b > '\r') { // TrimSpace's ASCII space: \t \n \v \f \r and ' '
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			return false
		}
		i += size
	}
	return true
}

// sub returns the doc of the byte range sp of d.
func (d *doc) sub(sp span) *doc { return newDoc(d.text[sp.start:sp.end]) }

// sentenceIndex returns the index of the sentence holding byte offset off, or -1.
func (d *doc) sentenceIndex(off int) int {
	spans := d.spans()
	i := sort.Search(len(spans), func(i int) bool { return spans[i].end > off })
	if i < len(spans) && spans[i].start <= off {
		return i
	}
	return -1
}

// sentenceAt returns the sentence holding byte offset off, trimmed.
func (d *doc) sentenceAt(off int) string {
	if i := d.sentenceIndex(off); i >= 0 {
		s := d.spans()[i]
		return strings.TrimSpace(d.text[s.start:s.end])
	}
	return ""
}

// sentenceStart returns the byte offset where the sentence holding off begins.
func (d *doc) sentenceStart(off int) int {
	if i := d.sentenceIndex(off); i >= 0 {
		return d.spans()[i].start
	}
	return off
}

// before returns the text of the sentence holding off that comes before it,
// at most the last 900 bytes (300 runes) of it: rules look back a clause or two, and a
// bound keeps pages of one endless sentence linear.
func (d *doc) before(off int) string {
	start := max(d.sentenceStart(off), off-900)
	for start < off && !utf8.RuneStart(d.text[start]) {
		start++
	}
	return d.text[start:off]
}

// sentenceEnd returns the byte offset where the sentence holding off ends.
func (d *doc) sentenceEnd(off int) int {
	if i := d.sentenceIndex(off); i >= 0 {
		return d.spans()[i].end
	}
	return off
}

// lineAt returns the line of text holding byte offset off.
func (d *doc) lineAt(off int) string {
	breaks := d.lineBreaks()
	i := sort.SearchInts(breaks, off) // the first line break at or after off
	start, end := 0, len(d.text)
	if i > 0 {
		start = breaks[i-1] + 1
	}
	if i < len(breaks) {
		end = breaks[i]
	}
	return d.text[start:end]
}

// listLineRe is a line of a list of links (• 标题 (2024-08-21)): page chrome
// whose dates and years are not the report's.
var listLineRe = regexp.MustCompile(`^\s*[-•·*]\s|[（(]\s*(?:19|20)\d\d-\d{1,2}-\d{1,2}\s*[)）]\s*$`)

// inList reports whether byte offset off lies on a line of a list of links.
func (d *doc) inList(off int) bool {
	line := d.lineAt(off)
	return len(line) < 600 && isListLine(line)
}

// isListLine returns listLineRe.MatchString(line), running the pattern
// only over lines that start with a bullet or end in a parenthesis (after
// white space, \s), as its matches do.
func isListLine(line string) bool {
	head := strings.TrimLeft(line, "\t\n\f\r ")
	tail := strings.TrimRight(line, "\t\n\f\r ")
	bullet := strings.HasPrefix(head, "-") || strings.HasPrefix(head, "•") || strings.HasPrefix(head, "·") || strings.HasPrefix(head, "*")
	if !bullet && !closesParen(tail) {
		return false
	}
	return listLineRe.MatchString(line)
}

// evidence collects the sentence behind each fact.
type evidence map[string]string

func (e evidence) set(field, sentence string) {
	if sentence == "" {
		return
	}
	if _, ok := e[field]; !ok {
		e[field] = sentence
	}
}

// itemKey is the evidence key of one item of a list field: "activities[提质强企]".
func itemKey(field, item string) string { return field + "[" + item + "]" }
