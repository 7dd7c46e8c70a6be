package content

import (
	"strings"
	"unicode/utf8"

	"github.com/ccorpus/ccorpus/normalize"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

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
		if s, ok := w.spans.get(p); ok {
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
		if l.chrome != nil || l.dropped() != "" {
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

// minVerseLines is how many short lines beside the chosen element make
// its parent a text of short lines.
const minVerseLines = 3

// widenVerse turns the chosen element into its parent when every other
// line of the parent is a short line of unlinked Han text: an
// old blog editor or a poem puts each line in a <div> or <p> of its own,
// and the one long paragraph among them would otherwise stand alone.
func widenVerse(w *walker, sel selection, score func(span) float64) selection {
	if sel.node == nil {
		return sel
	}
	for p := sel.node.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Body || p.DataAtom == atom.Html {
			return sel
		}
		ps, ok := w.spans.get(p)
		if !ok {
			continue
		}
		if ps == sel.span {
			continue
		}
		verse := 0
		for i := ps.start; i < ps.end; i++ {
			if i >= sel.span.start && i < sel.span.end {
				continue
			}
			l := &w.lines[i]
			if l.chrome != nil || l.dropped() != "" || l.linked > 0 || l.runes > verseMaxRunes || normalize.HanCount(l.text) < 2 {
				return sel
			}
			verse++
		}
		if verse < minVerseLines {
			return sel
		}
		return selection{node: p, span: ps, score: score(ps), via: sel.via}
	}
	return sel
}

// maxWidenFragments is how many short unpunctuated lines widening may add.
const maxWidenFragments = 2

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
		if l.dropped() != "" {
			continue
		}
		if titleAt < 0 && title != "" && sel.via != "stream" && (l.heading || i < sel.span.start+3) &&
			normalize.TrimSpace(l.text) == title {
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

// minIndexLinks is how many link lines a page without prose needs to count
// as a list page (one without them is merely empty).
const minIndexLinks = 10

// isIndexPage reports a list or index page: its best region holds little
// prose (teaser summaries count as chrome), while links to other pages
// dominate it or the page.
func isIndexPage(w *walker, sel selection, kept []string) bool {
	linkLines, linkRunes := 0, 0
	for i := sel.span.start; i < sel.span.end; i++ {
		if l := &w.lines[i]; l.linked*2 > l.runes && l.runes >= 6 {
			linkLines++
			linkRunes += l.linked
		}
	}
	// prose is only compared with 80 and with half the link text: counting
	// stops at a count past both, which answers every comparison alike.
	limit := max(80, linkRunes/2+1)
	prose := 0
	for _, t := range kept {
		if prose >= limit {
			break
		}
		if containsAnyRune(t, '，', '。', '；', '！', '？') {
			prose += utf8.RuneCountInString(t)
		}
	}
	// A CMS article container is an article however little prose it holds.
	if sel.via != "cms" && sel.score < minArticleWeight && prose < 80 && len(kept) < 10 {
		if countLinkLines(w, span{0, int32(len(w.lines))}) >= minIndexLinks {
			return true
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

// threadMaxOpening is how many lines above a stream of replies may hold the
// thread's title and opening post.
const threadMaxOpening = 30

// threadOpening returns the thread title and the opening post above a
// stream of replies: the kept lines after the title's own line (found
// within threadMaxOpening lines above the stream), title first. A stream
// whose text opens with the title needs none of it.
func threadOpening(w *walker, sel selection, title string, kept []string) []string {
	if title == "" || (len(kept) > 0 && strings.Contains(kept[0], title)) {
		return nil
	}
	out := []string{title}
	from := max(0, int(sel.span.start)-threadMaxOpening)
	for i := int(sel.span.start) - 1; i >= from; i-- {
		if strings.TrimSpace(w.lines[i].text) != title {
			continue
		}
		for j := i + 1; j < int(sel.span.start); j++ {
			l := &w.lines[j]
			if l.chrome == nil && l.dropped() == "" {
				out = append(out, l.text)
			}
		}
		break
	}
	return out
}
