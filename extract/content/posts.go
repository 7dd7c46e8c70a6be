package content

import (
	"github.com/ccorpus/ccorpus/normalize"

	"golang.org/x/net/html"
)

// A blog's front page, an archive or a column lists several posts, each
// one a whole article under its own linked headline; a thread's posts are
// replies under one title. The items of a stream whose members mostly open
// with a linked headline are separate posts, and the page's text is the
// first of them (the newest, or the one the page is about), not the list.
const (
	postMinShare    = 2.0 / 3 // share of the items that open with a linked headline
	postHeadlineHan = 4       // Han characters of a headline
)

// firstPost returns the first item of signature sig under parent when the
// items are separate posts, nil when they are not.
func firstPost(w *walker, parent *html.Node, sig string) *html.Node {
	var first *html.Node
	items, headed := 0, 0
	for c := parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || signature(c) != sig {
			continue
		}
		s, ok := w.spans.get(c)
		if !ok || s.end == s.start {
			continue
		}
		items++
		if w.opensWithHeadline(s) {
			headed++
			if first == nil {
				first = c
			}
		}
	}
	if items < streamMinItems || float64(headed) < postMinShare*float64(items) {
		return nil
	}
	return first
}

// opensWithHeadline reports a span whose first line is a heading that
// links to a page of its own.
func (w *walker) opensWithHeadline(s span) bool {
	l := &w.lines[s.start]
	return l.heading && l.linked*2 > l.runes && normalize.HanCount(l.text) >= postHeadlineHan
}

// postMinTextShare is the share of a selection's text the posts must hold
// for the selection to be read as a list of them.
const postMinTextShare = 0.5

// narrowToPost turns a selection holding a list of separate posts into the
// first post. The posts are sibling items of one kind anywhere inside the
// selection; the list holding most text wins.
func narrowToPost(w *walker, sel selection, score func(span) float64) selection {
	if sel.node == nil {
		return sel
	}
	total := textTokens(w, sel.span)
	if total == 0 {
		return sel
	}
	type key struct {
		parent *html.Node
		sig    string
	}
	text := make(map[key]int)
	var order []key
	for i, n := range w.spans.nodes {
		s := w.spans.at[i]
		if s.start < sel.span.start || s.end > sel.span.end || n == sel.node || n.Parent == nil || s.end-s.start < 2 {
			continue
		}
		if !w.opensWithHeadline(s) {
			continue
		}
		k := key{n.Parent, signature(n)}
		if k.sig == n.Data {
			continue // bare tags name no kind of item
		}
		if _, ok := text[k]; !ok {
			order = append(order, k)
		}
		text[k] += textTokens(w, s)
	}
	best, bestText := key{}, 0
	for _, k := range order {
		if text[k] > bestText {
			best, bestText = k, text[k]
		}
	}
	if bestText == 0 || float64(bestText) < postMinTextShare*float64(total) {
		return sel
	}
	first := firstPost(w, best.parent, best.sig)
	if first == nil {
		return sel
	}
	fs := w.spans.of(first)
	return selection{node: first, span: fs, score: score(fs), via: "post"}
}
