package content

import (
	"log/slog"
	"strings"

	"github.com/ccorpus/ccorpus/normalize"
	"golang.org/x/net/html/atom"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// weight scores one line for container selection, CETD-style: unlinked text
// counts for, weighted by punctuation (prose has it, chrome rarely), link
// text and every extra line count against, and chrome-named regions more so.
func weight(l *line) float64 {
	if l.chrome != nil || l.dropped() != "" {
		return -float64(l.tokens)*0.5 - 6
	}
	return plainWeight(l)
}

// plainWeight is weight without regard to chrome names and line rules.
func plainWeight(l *line) float64 {
	text := float64(l.tokens - l.ltokens)
	if isVerseLine(l) {
		return text - verseLineCost
	}
	pf := 1.0
	if l.punct == 0 {
		pf = 0.35
	}
	return text*pf - 1.5*float64(l.ltokens) - 6
}

// Verse, lyrics, and old blog posts break their text into short lines with
// <br> inside one element, often without punctuation; chrome fragments
// (menus, buttons, labels) are elements of their own, mostly links. A line
// of unlinked Han text that a <br> ends weighs as prose, at a small cost.
const (
	verseMinHan   = 4
	verseLineCost = 1.0
	verseMaxRunes = 40
)

// isVerseLine reports a line ended by <br> holding verseMinHan Han
// characters and no link.
func isVerseLine(l *line) bool {
	return l.tag == atom.Br && isVerseShaped(l)
}

// isVerseShaped reports a short line of unlinked Han text without
// punctuation, whatever element ends it.
func isVerseShaped(l *line) bool {
	return l.linked == 0 && l.punct == 0 && l.runes <= verseMaxRunes && l.tokens >= verseMinHan &&
		normalize.HanCount(l.text) >= verseMinHan
}

// contentNames are class or id fragments that content-management systems
// give the element holding the main text.
var contentNames = []string{"content", "article", "post", "detail", "text", "body", "entry", "main", "rich", "zoom", "zhengwen", "neirong", "wenzhang"}

// contentNamesIndex finds the contentNames in one pass over a value.
var contentNamesIndex = func() *nameIndex {
	x := &nameIndex{}
	for _, n := range contentNames {
		x[n[0]] = append(x[n[0]], kindName{n, 1})
	}
	return x
}()

// isContentName reports a value containing one of contentNames in any case.
func isContentName(v string) bool {
	if isASCII(v) {
		return contentNamesIndex.kindsLower(v) != 0
	}
	return contentNamesIndex.kinds(strings.ToLower(v)) != 0
}

// contentNameBonus is the weight a content-named element gets in the
// contest when its own weight is below contentNameScope: it decides between
// regions of short lines (a brief post, a poem) and leaves contests between
// regions of real prose to the prose.
const (
	contentNameBonus = 20
	contentNameScope = 100
)

// nameBonus returns contentNameBonus for an element named like a content
// container, 0 otherwise.
func nameBonus(n *html.Node) float64 {
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && len(a.Val) < 200 {
			if isContentName(a.Val) {
				return contentNameBonus
			}
		}
	}
	return 0
}

// selection is the chosen main-text container.
type selection struct {
	node  *html.Node
	span  span
	score float64
	via   string // "hint", "cms", "density"
}

// selectMain picks the container of the main text: the per-site selector,
// then a CMS container that holds enough of the text, else the element whose
// lines have the largest total weight (the densest region).
func selectMain(doc *goquery.Document, w *walker, hintSelector string) selection {
	prefix := make([]float64, len(w.lines)+1)
	for i := range w.lines {
		prefix[i+1] = prefix[i] + weight(&w.lines[i])
	}
	score := func(s span) float64 { return prefix[s.end] - prefix[s.start] }

	best := selection{via: "density", score: -1e18}
	for i, n := range w.spans.nodes {
		s := w.spans.at[i]
		if s.end == s.start {
			continue
		}
		v := score(s)
		if v < contentNameScope {
			v += w.nameBonus(n)
		}
		if v > best.score {
			best = selection{node: n, span: s, score: v, via: "density"}
		}
	}
	if hintSelector != "" {
		if sel, ok := matchContainer(doc, w, hintSelector, score); ok && sel.span.end > sel.span.start {
			sel.via = "hint"
			return sel
		}
	}
	for i := range w.cms {
		var sel selection
		ok := false
		for _, n := range w.cms[i] {
			if s, found := w.spans.get(n); found {
				if v := score(s); !ok || v > sel.score {
					sel, ok = selection{node: n, span: s, score: v}, true
				}
			}
		}
		if !ok {
			continue
		}
		// On a page without a region of real prose (code, short lines), a
		// CMS container holding some text is the better guess.
		if best.score < contentNameScope && textTokens(w, sel.span) >= cmsMinTokens {
			sel.via = "cms"
			return sel
		}
		if sel.score <= 0 {
			continue
		}
		// A CMS block that holds most of the densest region's weight is the
		// more precise choice; a small one (a caption box reusing the class) is not.
		if sel.score >= 0.6*best.score {
			sel.via = "cms"
			return sel
		}
	}
	if sel := narrowToPost(w, best, score); sel.via == "post" {
		return sel
	}
	return expandToStream(w, widenVerse(w, widenParagraph(w, best, score), score), score)
}

// matchContainer returns the matched element with the highest weight.
func matchContainer(doc *goquery.Document, w *walker, css string, score func(span) float64) (selection, bool) {
	var (
		out selection
		ok  bool
	)
	matches, err := safeFind(doc, css)
	if err != nil {
		slog.Warn("extract: per-site selector ignored", "selector", css, "err", err)
		return out, false
	}
	for _, n := range matches {
		// An inline element (a <span> holding the text) counts as the
		// nearest block container around it.
		for n != nil {
			if _, found := w.spans.get(n); found {
				break
			}
			n = n.Parent
		}
		if n == nil {
			continue
		}
		s := w.spans.of(n)
		if v := score(s); !ok || v > out.score {
			out, ok = selection{node: n, span: s, score: v}, true
		}
	}
	return out, ok
}

// safeFind runs a CSS selector, turning a bad selector (from a sources file)
// into an error instead of a panic.
func safeFind(doc *goquery.Document, css string) (nodes []*html.Node, err error) {
	defer func() {
		if r := recover(); r != nil {
			nodes, err = nil, errBadSelector
		}
	}()
	return doc.Find(css).Nodes, nil
}

// cmsMinTokens is the text a CMS container needs to win on a page without prose.
const cmsMinTokens = 15

// textTokens counts the tokens of the lines of s that are neither chrome nor links.
func textTokens(w *walker, s span) int {
	n := 0
	for i := s.start; i < s.end; i++ {
		if l := &w.lines[i]; l.chrome == nil && l.dropped() == "" {
			n += l.tokens - l.ltokens
		}
	}
	return n
}
