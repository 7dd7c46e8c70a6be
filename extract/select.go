package extract

import (
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// cmsSelectors are the main-text containers of content-management systems
// common on Chinese government and news sites (TRS WCM, UCAP, Hanweb, …),
// tried in order before the general method. Each is a simple ".class" or
// "#id" selector: the walker matches them while it reads the page, which
// costs far less than running each as a CSS query over the tree.
var cmsSelectors = []string{
	".TRS_Editor", ".TRS_UEDITOR", "#UCAP-CONTENT", "#zoom", "#Zoom", ".pages_content", "#fontzoom",
	".article-content", "#article_content", ".article_content", "#artibody", ".art_con",
	".wzcon", ".news_content", "#news_content", ".con_text", "#con_text", ".content_text",
	".article-body", ".rich_media_content", "#js_content", ".post_body", ".post_text", "#endText",
}

// cmsIndex maps "class:name" and "id:name" to the position in cmsSelectors.
var cmsIndex = func() map[string]int {
	m := make(map[string]int, len(cmsSelectors))
	for i, sel := range cmsSelectors {
		switch sel[0] {
		case '.':
			m["class:"+sel[1:]] = i
		case '#':
			m["id:"+sel[1:]] = i
		}
	}
	return m
}()

// cmsMatch returns the position in cmsSelectors that n matches, or -1.
func cmsMatch(n *html.Node) int {
	best := -1
	for _, a := range n.Attr {
		switch a.Key {
		case "id":
			if i, ok := cmsIndex["id:"+a.Val]; ok && (best < 0 || i < best) {
				best = i
			}
		case "class":
			for _, c := range strings.Fields(a.Val) {
				if i, ok := cmsIndex["class:"+c]; ok && (best < 0 || i < best) {
					best = i
				}
			}
		}
	}
	return best
}

// weight scores one line for container selection, CETD-style: unlinked text
// counts for, weighted by punctuation (prose has it, chrome rarely), link
// text and every extra line count against, and chrome-named regions more so.
func weight(l *line) float64 {
	if l.chrome != nil || l.drop != "" {
		return -float64(l.tokens)*0.5 - 6
	}
	return plainWeight(l)
}

// plainWeight is weight without regard to chrome names and line rules.
func plainWeight(l *line) float64 {
	text := float64(l.tokens - l.ltokens)
	pf := 1.0
	if l.punct == 0 {
		pf = 0.35
	}
	return text*pf - 1.5*float64(l.ltokens) - 6
}

// contentNames are class or id fragments that content-management systems
// give the element holding the main text.
var contentNames = []string{"content", "article", "post", "detail", "text", "body", "entry", "main", "rich", "zoom", "zhengwen", "neirong", "wenzhang"}

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
			if containsAny(strings.ToLower(a.Val), contentNames) {
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
	for _, n := range w.blocks {
		s := w.spans[n]
		if s.end == s.start {
			continue
		}
		v := score(s)
		if v < contentNameScope {
			v += nameBonus(n)
		}
		if v > best.score {
			best = selection{node: n, span: s, score: v, via: "density"}
		}
	}
	if hintSelector != "" {
		if sel, ok := matchContainer(doc, w, hintSelector, score); ok && sel.score > 0 {
			sel.via = "hint"
			return sel
		}
	}
	for i := range w.cms {
		var sel selection
		ok := false
		for _, n := range w.cms[i] {
			if s, found := w.spans[n]; found {
				if v := score(s); !ok || v > sel.score {
					sel, ok = selection{node: n, span: s, score: v}, true
				}
			}
		}
		if !ok || sel.score <= 0 {
			continue
		}
		// A CMS block that holds most of the densest region's weight is the
		// more precise choice; a small one (a caption box reusing the class) is not.
		if sel.score >= 0.6*best.score {
			sel.via = "cms"
			return sel
		}
	}
	return expandToStream(w, widenParagraph(w, best, score), score)
}

// widenParagraph turns a chosen single paragraph into its nearest container
// ancestor: the paragraphs and captions beside it belong to the same text,
// and render drops the chrome lines the parent adds. A parent whose extra
// lines would bring in more than a few short fragments (a video player's
// controls, a toolbar) is left alone.
func widenParagraph(w *walker, sel selection, score func(span) float64) selection {
	if sel.node == nil || sel.node.DataAtom != atom.P {
		return sel
	}
	var ps span
	p := sel.node.Parent
	for ; p != nil; p = p.Parent {
		if p.DataAtom == atom.Body || p.DataAtom == atom.Html {
			return sel
		}
		if s, ok := w.spans[p]; ok {
			ps = s
			break
		}
	}
	if p == nil {
		return sel
	}
	fragments := 0
	for i := ps.start; i < ps.end; i++ {
		if i >= sel.span.start && i < sel.span.end {
			continue
		}
		l := &w.lines[i]
		if l.chrome != nil || l.drop != "" {
			continue
		}
		if l.punct == 0 && l.runes < 15 {
			fragments++
		}
	}
	if fragments > maxWidenFragments {
		return sel
	}
	return selection{node: p, span: ps, score: score(ps), via: sel.via}
}

// maxWidenFragments is how many short unpunctuated lines widening may add.
const maxWidenFragments = 2

// matchContainer returns the matched element with the highest weight.
func matchContainer(doc *goquery.Document, w *walker, css string, score func(span) float64) (selection, bool) {
	var (
		out selection
		ok  bool
	)
	matches, err := safeFind(doc, css)
	if err != nil {
		return out, false
	}
	for _, n := range matches {
		s, found := w.spans[n]
		if !found {
			continue
		}
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

// render returns the kept lines of the selection, one paragraph per line.
// The article's own headline is left out (it is metadata, Article.Title),
// except in a forum stream, where the thread title opens the text, and
// where it is all the selection holds.
func render(w *walker, sel selection, title string) []string {
	var out []string
	titleAt := -1
	for i := sel.span.start; i < sel.span.end; i++ {
		l := &w.lines[i]
		if l.chrome != nil && l.chrome != sel.node && isDescendant(l.chrome, sel.node) {
			continue
		}
		if l.drop != "" {
			continue
		}
		if titleAt < 0 && title != "" && sel.via != "stream" && (l.heading || i < sel.span.start+3) &&
			strings.TrimSpace(l.text) == title {
			titleAt = len(out)
		}
		out = append(out, l.text)
	}
	if titleAt >= 0 && len(out) > 1 {
		out = append(out[:titleAt], out[titleAt+1:]...)
	}
	return out
}

// isDescendant reports whether n lies strictly inside root.
func isDescendant(n, root *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p == root {
			return true
		}
	}
	return false
}

// minArticleWeight is the weight below which the best region of a page
// holds too little prose to be an article.
const minArticleWeight = 30

// isIndexPage reports a list or index page: its best region holds little
// prose (teaser summaries count as chrome), while links to other pages
// dominate it or the page.
func isIndexPage(w *walker, sel selection, kept []string) bool {
	prose := 0
	for _, t := range kept {
		if strings.ContainsAny(t, "，。；！？") {
			prose += len([]rune(t))
		}
	}
	if sel.score < minArticleWeight && prose < 80 && len(kept) < 10 {
		if countLinkLines(w, span{0, int32(len(w.lines))}) >= 10 {
			return true
		}
	}
	linkLines, linkRunes := 0, 0
	for i := sel.span.start; i < sel.span.end; i++ {
		if l := &w.lines[i]; l.linked*2 > l.runes && l.runes >= 6 {
			linkLines++
			linkRunes += l.linked
		}
	}
	return linkLines >= 10 && (prose < 80 || linkRunes > 2*prose)
}

// countLinkLines counts the lines of s that are mostly the text of links to
// other pages: article titles in a list.
func countLinkLines(w *walker, s span) int {
	n := 0
	for i := s.start; i < s.end; i++ {
		if l := &w.lines[i]; l.linked*2 > l.runes && l.runes >= 6 {
			n++
		}
	}
	return n
}
