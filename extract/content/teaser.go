package content

import (
	"github.com/ccorpus/ccorpus/normalize"

	"golang.org/x/net/html"
)

// Teasers are the items of "other stories" streams placed beside or below an
// article: a linked headline of another page and a short summary. Each one
// looks like a small article, and a stream of them outweighs a short real
// one, so they are marked as chrome before the main region is chosen.
const (
	teaserMaxLines    = 6    // lines of one item
	teaserMaxProse    = 1000 // runes of unlinked text in one item
	teaserMinSiblings = 3    // items of the same parent that make a stream
	teaserMinHeadline = 6    // Han characters of a linked headline (longer than a user name)
	teaserMaxLabel    = 20   // runes of a label or time above the headline
)

// markTeasers finds elements shaped like teaser items and, where a parent
// holds several of them, marks their lines as chrome.
func (w *walker) markTeasers() {
	var items []*html.Node
	perParent := make(map[*html.Node]int)
	for i, n := range w.spans.nodes {
		s := w.spans.at[i]
		if !w.isTeaserShaped(s) || n.Parent == nil {
			continue
		}
		// Keep only the outermost teaser-shaped element of an item.
		if p := n.Parent; p != nil {
			if ps, ok := w.spans.get(p); ok && ps == s {
				continue
			}
		}
		items = append(items, n)
		perParent[n.Parent]++
	}
	for _, n := range items {
		if perParent[n.Parent] < teaserMinSiblings {
			continue
		}
		s := w.spans.of(n)
		for i := s.start; i < s.end; i++ {
			if w.lines[i].chrome == nil {
				w.lines[i].chrome = n
			}
		}
	}
}

// isTeaserShaped reports lines that open with a linked headline and hold a
// short summary at most.
func (w *walker) isTeaserShaped(s span) bool {
	n := int(s.end - s.start)
	if n < 1 || n > teaserMaxLines {
		return false
	}
	headline := false
	prose := 0
	for i := s.start; i < s.end; i++ {
		l := &w.lines[i]
		if l.linked*2 > l.runes {
			// The headline opens the item, after a label or a time at most:
			// links after a paragraph are the item's buttons (回复 引用 举报).
			if i < s.start+2 && prose <= teaserMaxLabel && normalize.HanCount(l.text) >= teaserMinHeadline {
				headline = true
			}
			continue
		}
		prose += l.runes - l.linked
	}
	return headline && prose <= teaserMaxProse
}
