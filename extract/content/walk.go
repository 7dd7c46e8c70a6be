package content

import (
	"github.com/ccorpus/ccorpus/normalize"
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
	drop    string     // the line rule that marks the line as chrome, "" for none; read it through dropped
	mask    uint64     // runeMask of text
	punct   int        // sentence punctuation marks
	tag     atom.Atom  // the block element that closed the line
	chrome  *html.Node // innermost ancestor whose class or id names page chrome
	found   uint64     // the lineSets lists the text holds a word of, once scanned
	scanned bool       // found is known
	indexed bool       // firsts holds where the text has a rune of lineSets' filter (scanAt)
	firsts  []int32    // those places, when indexed: the walk notes them as it writes the text
	ruled   bool       // drop is known
	digits  uint8      // 0: not read yet (hasDigit), 1: no ASCII digit, 2: one or more
	inLink  bool       // the line is one link and nothing else
	heading bool
}

// span is the range of lines [start, end) produced inside an element.
type span struct{ start, end int32 }

// walker turns a DOM into lines, remembering which lines each block element holds.
type walker struct {
	lines      []line
	spans      spanTable              // candidate containers and their lines; kept only when containers is set
	containers bool                   // record containers (a table cell's own walker does not)
	chrome     []chromeSpan           // chrome-named elements in document order of their start
	cms        [][]*html.Node         // elements matching each of cmsSelectors
	attrs      map[string]attrVerdict // verdicts by class or id value (attrs.go); nil: none kept
	times      []timeMark             // date-named elements in document order

	cur     lineBuf
	firsts  []int32   // the places of the current line's (and earlier lines') runes of lineSets' filter
	lineAt  int       // where the current line's places begin in firsts
	noIndex bool      // the current line has text written other than by text (a table row)
	arena   textArena // the lines' texts; never reused for another page (put drops it)
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
	// Room for the lines and containers of a short page from the start.
	return &walker{containers: true, attrs: make(map[string]attrVerdict, 64), lines: make([]line, 0, 64),
		spans: spanTable{nodes: make([]*html.Node, 0, 64), at: make([]span, 0, 64)}}
}

// Bounds on what a walker keeps for the next page (walkers.put): a page
// past them gives its walker up rather than hold its room for good.
const (
	maxKeptLines = 1024
	maxKeptNodes = 1024
)

// walkers keeps a few walkers from page to page, so a page's lines, spans
// and verdicts reuse the room of an earlier page's instead of growing their
// own. It holds at most as many as it was made with (one per worker of a
// batch): unlike a sync.Pool, a collection does not empty it, and a batch
// collects every few dozen pages.
type walkers struct{ free chan *walker }

func newWalkers(n int) walkers { return walkers{free: make(chan *walker, n)} }

// get returns an empty walker.
func (p *walkers) get() *walker {
	select {
	case w := <-p.free:
		return w
	default:
		return newWalker()
	}
}

// put empties w and keeps it for a later page, unless it grew past the
// bounds or enough are kept. Nothing of w may be used after.
func (p *walkers) put(w *walker) {
	if cap(w.lines) > maxKeptLines || w.spans.len() > maxKeptNodes || len(w.attrs) > maxKeptNodes {
		return
	}
	clear(w.lines[:cap(w.lines)])
	w.spans.reset()
	clear(w.attrs)
	clear(w.chrome[:cap(w.chrome)])
	clear(w.times[:cap(w.times)])
	*w = walker{lines: w.lines[:0], spans: w.spans, containers: true, chrome: w.chrome[:0],
		attrs: w.attrs, times: w.times[:0], cur: lineBuf{b: w.cur.b[:0]}, firsts: w.firsts[:0]}
	select {
	case p.free <- w:
	default:
	}
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
			w.close(n, start, cmsMatch(n))
			return
		}
	}
	block := isBlock(n.DataAtom)
	tagKind, byAttrs := elementChromeKind(n.DataAtom)
	container := block && w.containers && isContainer(n.DataAtom)
	named, kind, cmsAt := false, chromeNone, -1
	if len(n.Attr) > 0 {
		named, kind, cmsAt = w.elementVerdicts(n, block && byAttrs, container)
	}
	if !byAttrs {
		kind = tagKind
	}
	if named || n.DataAtom == atom.Time {
		w.noteTime(n)
	}
	var start int32
	if block {
		start = w.open(n)
	} else if n.DataAtom == atom.Img || n.DataAtom == atom.Input {
		w.space = true
	}
	chrome := -1
	if block {
		if kind > 0 {
			chrome = len(w.chrome)
			w.chrome = append(w.chrome, chromeSpan{node: n, span: span{start, start}, kind: kind})
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, depth+1, inA)
	}
	if block {
		w.close(n, start, cmsAt)
	}
	if chrome >= 0 {
		w.chrome[chrome].span.end = int32(len(w.lines))
	}
}

// open flushes the current line and starts the span of block element n.
func (w *walker) open(n *html.Node) int32 {
	w.flush(n.DataAtom)
	return int32(len(w.lines))
}

// close flushes the last line of n and records its span; cmsAt is
// cmsMatch(n).
func (w *walker) close(n *html.Node, start int32, cmsAt int) {
	w.flush(n.DataAtom)
	if w.containers && isContainer(n.DataAtom) {
		w.spans.add(n, span{start, int32(len(w.lines))})
		if i := cmsAt; i >= 0 {
			if w.cms == nil {
				w.cms = make([][]*html.Node, len(cmsSelectors))
			}
			w.cms[i] = append(w.cms[i], n)
		}
	}
}

// text appends a text node's content to the current line, collapsing white
// space. Runs of text between white space are copied whole; a byte that is
// not UTF-8 is written as U+FFFD, as ranging over the string would.
func (w *walker) text(s string, inA bool) {
	run := 0 // start of the run of text not yet copied to w.cur
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			if h, ok := normalize.HanAt(s, i); ok {
				r, size = h, 3 // read inline: most of the text
			} else {
				r, size = normalize.DecodeRuneAt(s, i)
			}
		}
		if r >= 0x4E00 && r <= 0x9FFF { // a Han character, most of the text: a token, not space nor punctuation
			if w.space && len(w.cur.b) > 0 {
				w.writeSpace()
			}
			w.space = false
			// The run of Han characters it begins, read at once; at is
			// where s[i] lands in the line (nothing is written in the run).
			at := len(w.cur.b) - run
			if lineSets.filter.has(r) {
				w.firsts = append(w.firsts, int32(at+i))
			}
			n, mask := 1, runeBit(r)
			for i += size; i+2 < len(s); i += 3 {
				h, ok := normalize.HanAt(s, i)
				if !ok {
					break
				}
				n++
				mask |= runeBit(h)
				if lineSets.filter.has(h) {
					w.firsts = append(w.firsts, int32(at+i))
				}
			}
			w.runes += n
			w.tokens += n
			if inA {
				w.linked += n
				w.ltokens += n
			}
			w.inWord = false
			w.mask |= mask
			continue
		}
		if isTextSpace(r) {
			w.cur.WriteString(s[run:i])
			i += size
			run = i
			w.space = true
			w.inWord = false
			continue
		}
		if w.space && w.cur.Len() > 0 {
			w.writeSpace()
		}
		w.space = false
		if lineSets.filter.has(r) {
			w.firsts = append(w.firsts, int32(len(w.cur.b)-run+i))
		}
		if size == 1 && r == utf8.RuneError {
			w.cur.WriteString(s[run:i])
			w.cur.WriteRune(r)
			run = i + 1
		}
		i += size
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
	w.cur.WriteString(s[run:])
	w.inWord = false
}

// writeSpace writes the space between two runs of text, noting its place
// if a word of lineSets may begin with it.
func (w *walker) writeSpace() {
	if lineSets.filter.has(' ') {
		w.firsts = append(w.firsts, int32(len(w.cur.b)))
	}
	w.cur.WriteByte(' ')
}

// asciiSpace marks the ASCII runes unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// isTextSpace reports the runes text collapses: white space, no-break
// space, zero-width space and the byte-order mark.
func isTextSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiSpace[r]
	}
	if r > '\u3000' { // the last white space rune: Han text never needs the table
		return r == '\ufeff'
	}
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b'
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
		w.firsts, w.noIndex = w.firsts[:w.lineAt], false
		return
	}
	w.lines = append(w.lines, line{
		text:    w.arena.string(w.cur.b),
		indexed: !w.noIndex,
		firsts:  w.firsts[w.lineAt:len(w.firsts):len(w.firsts)],
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
	w.lineAt, w.noIndex = len(w.firsts), false
}
