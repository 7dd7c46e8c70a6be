package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxWalkDepth bounds recursion over the DOM; deeper content is read as text
// of the element at the limit.
const maxWalkDepth = 400

// line is one paragraph of page text: the text of a run of inline content
// between block boundaries, or one row of a data table.
type line struct {
	text    string
	runes   int        // non-space runes
	linked  int        // runes inside <a>
	tokens  int        // Han characters and words of other letters or digits
	ltokens int        // tokens inside <a>
	drop    string     // the line rule that marks the line as chrome, "" for none
	mask    uint64     // runeMask of text
	punct   int        // sentence punctuation marks
	tag     atom.Atom  // the block element that closed the line
	chrome  *html.Node // innermost ancestor whose class or id names page chrome
	inLink  bool       // the line is one link and nothing else
	heading bool
}

// span is the range of lines [start, end) produced inside an element.
type span struct{ start, end int32 }

// walker turns a DOM into lines, remembering which lines each block element holds.
type walker struct {
	lines  []line
	spans  map[*html.Node]span
	blocks []*html.Node   // candidate containers in document order
	chrome []chromeSpan   // chrome-named elements in document order of their start
	cms    [][]*html.Node // elements matching each of cmsSelectors
	kinds  map[string]int // chromeKindOf verdicts by class or id value

	cur     strings.Builder
	runes   int
	linked  int
	tokens  int
	ltokens int
	inWord  bool   // the last rune was a letter or digit of a word
	mask    uint64 // runeMask of the current line
	punct   int
	space   bool // a space is pending before the next text
	links   int  // links opened in the current line
}

func newWalker() *walker {
	return &walker{spans: make(map[*html.Node]span, 256), kinds: make(map[string]int, 64)}
}

// walk visits n and its subtree.
func (w *walker) walk(n *html.Node, depth int, inA bool) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data, inA)
		return
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c, depth+1, inA)
		}
		return
	case html.ElementNode:
	default:
		return
	}
	if skipElement(n) {
		return
	}
	if depth > maxWalkDepth {
		w.text(flatText(n), inA)
		return
	}
	switch n.DataAtom {
	case atom.Br:
		w.flush(atom.Br)
		return
	case atom.Hr:
		w.flush(atom.Hr)
		return
	case atom.A:
		inA = true
		w.links++
	case atom.Table:
		if isDataTable(n) {
			start := w.open(n)
			w.tableRows(n)
			w.close(n, start)
			return
		}
	}
	block := isBlock(n.DataAtom)
	var start int32
	if block {
		start = w.open(n)
	} else if n.DataAtom == atom.Img || n.DataAtom == atom.Input {
		w.space = true
	}
	chrome := -1
	if block {
		if kind := chromeKindCached(n, w.kinds); kind > 0 {
			chrome = len(w.chrome)
			w.chrome = append(w.chrome, chromeSpan{node: n, span: span{start, start}, kind: kind})
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, depth+1, inA)
	}
	if block {
		w.close(n, start)
	}
	if chrome >= 0 {
		w.chrome[chrome].span.end = int32(len(w.lines))
	}
}

// chromeSpan is an element whose class or id names page chrome, with its lines.
type chromeSpan struct {
	node *html.Node
	span span
	kind int
}

// markRules records for each line the line rule that marks it as chrome.
func (w *walker) markRules() {
	for i := range w.lines {
		w.lines[i].drop = dropReason(&w.lines[i])
	}
}

// markChrome sets line.chrome for the lines of chrome-named elements that
// hold no more prose than their kind allows (chromeMaxWeight), innermost element last so that it wins.
func (w *walker) markChrome() {
	for _, c := range w.chrome {
		sum := 0.0
		for i := c.span.start; i < c.span.end; i++ {
			if v := plainWeight(&w.lines[i]); v > 0 {
				sum += v
			}
		}
		if sum > chromeMaxWeight[c.kind] {
			continue
		}
		for i := c.span.start; i < c.span.end; i++ {
			w.lines[i].chrome = c.node
		}
	}
}

// open flushes the current line and starts the span of block element n.
func (w *walker) open(n *html.Node) int32 {
	w.flush(n.DataAtom)
	return int32(len(w.lines))
}

// close flushes the last line of n and records its span.
func (w *walker) close(n *html.Node, start int32) {
	w.flush(n.DataAtom)
	if isContainer(n.DataAtom) {
		w.spans[n] = span{start, int32(len(w.lines))}
		w.blocks = append(w.blocks, n)
		if i := cmsMatch(n); i >= 0 {
			if w.cms == nil {
				w.cms = make([][]*html.Node, len(cmsSelectors))
			}
			w.cms[i] = append(w.cms[i], n)
		}
	}
}

// text appends a text node's content to the current line, collapsing white space.
func (w *walker) text(s string, inA bool) {
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff' {
			w.space = true
			w.inWord = false
			continue
		}
		if w.space && w.cur.Len() > 0 {
			w.cur.WriteByte(' ')
		}
		w.space = false
		w.cur.WriteRune(r)
		w.runes++
		if inA {
			w.linked++
		}
		if isSentencePunct(r) {
			w.punct++
		}
		w.countToken(r, inA)
		w.mask |= runeBit(r)
	}
	w.inWord = false
}

// isHan reports the Han characters the evaluation counts as tokens: the
// CJK unified ideographs, extension A, compatibility ideographs, and the
// supplementary planes' extensions.
func isHan(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF || r >= 0xF900 && r <= 0xFAFF ||
		r >= 0x20000 && r <= 0x3134F
}

// countToken counts tokens as the evaluation does: each Han character is
// one, each run of other letters or digits is one, punctuation is none.
func (w *walker) countToken(r rune, inA bool) {
	word := r < utf8.RuneSelf && (r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	switch {
	case word:
		if !w.inWord {
			w.tokens++
			if inA {
				w.ltokens++
			}
		}
	case isHan(r):
		w.tokens++
		if inA {
			w.ltokens++
		}
	}
	w.inWord = word
}

// flush ends the current line.
func (w *walker) flush(tag atom.Atom) {
	w.space = false
	if w.runes == 0 {
		w.cur.Reset()
		w.linked, w.punct, w.links, w.tokens, w.ltokens, w.mask = 0, 0, 0, 0, 0, 0
		return
	}
	w.lines = append(w.lines, line{
		text:    w.cur.String(),
		runes:   w.runes,
		linked:  w.linked,
		tokens:  w.tokens,
		mask:    w.mask,
		ltokens: w.ltokens,
		punct:   w.punct,
		tag:     tag,
		inLink:  w.links == 1 && w.linked == w.runes,
		heading: isHeading(tag),
	})
	w.cur.Reset()
	w.runes, w.linked, w.punct, w.links, w.tokens, w.ltokens = 0, 0, 0, 0, 0, 0
	w.inWord, w.mask = false, 0
}

// flatText is the collapsed text of n's subtree, without recursion limits
// (used past maxWalkDepth, where the tree is a pathological chain).
func flatText(n *html.Node) string {
	var b strings.Builder
	stack := []*html.Node{n}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
			b.WriteByte(' ')
			continue
		}
		if c.Type == html.ElementNode && skipElement(c) {
			continue
		}
		for k := c.LastChild; k != nil; k = k.PrevSibling {
			stack = append(stack, k)
		}
	}
	return b.String()
}

// isSentencePunct reports the punctuation that marks running prose.
func isSentencePunct(r rune) bool {
	switch r {
	case '，', '。', '；', '！', '？', '、', '：', '“', '”', ',', ';', '!', '?':
		return true
	}
	return false
}

func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// isBlock reports elements that start and end a line.
func isBlock(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body, atom.Caption, atom.Center,
		atom.Dd, atom.Details, atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Dt, atom.Fieldset,
		atom.Figcaption, atom.Figure, atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3, atom.H4,
		atom.H5, atom.H6, atom.Header, atom.Hgroup, atom.Html, atom.Li, atom.Main, atom.Menu,
		atom.Nav, atom.Ol, atom.P, atom.Pre, atom.Section, atom.Summary, atom.Table, atom.Tbody,
		atom.Td, atom.Tfoot, atom.Th, atom.Thead, atom.Tr, atom.Ul:
		return true
	}
	return false
}

// isContainer reports the block elements that may hold the main text.
func isContainer(a atom.Atom) bool {
	switch a {
	case atom.Article, atom.Blockquote, atom.Body, atom.Center, atom.Div, atom.Dl, atom.Dd, atom.Form,
		atom.Main, atom.Ol, atom.P, atom.Pre, atom.Section, atom.Table, atom.Tbody, atom.Td, atom.Ul,
		atom.Li:
		return true
	}
	return false
}
