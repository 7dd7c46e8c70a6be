package content

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Forum threads and comment pages hold their text in a stream of items of
// one kind (posts, replies, comments), each item wrapped in user names,
// dates and buttons. The densest element is then one post; the main text
// is the stream. These bound the search for it.
const (
	streamMaxLevels  = 14  // ancestors of the densest element that are tried
	streamMinItems   = 2   // items of one kind that make a stream
	streamMinProse   = 2.0 // text tokens an item needs to count
	streamLineShare  = 0.5 // share of the parent's lines the items must hold
	streamMaxOutside = 0.5 // share of the stream's text allowed outside the items
)

// expandToStream widens sel from one item to the stream of items it belongs
// to: the nearest ancestor (or sel itself) that has siblings of the same
// kind (same tag, class and id stem) holding prose.
func expandToStream(w *walker, sel selection, score func(span) float64) selection {
	// pos measures the text of an item: tokens of its lines that are
	// neither chrome nor links. Replies are often too short to weigh.
	pos := func(s span) float64 {
		v := 0
		for i := s.start; i < s.end; i++ {
			if l := &w.lines[i]; l.chrome == nil && l.dropped() == "" && l.ltokens*2 <= l.tokens {
				v += l.tokens - l.ltokens
			}
		}
		return float64(v)
	}
	a := sel.node
	for level := 0; a != nil && level < streamMaxLevels; level, a = level+1, a.Parent {
		p := a.Parent
		if p == nil || p.Type != html.ElementNode || p.DataAtom == atom.Body || p.DataAtom == atom.Html {
			break
		}
		ps, ok := w.spans.get(p)
		if !ok || ps.end-ps.start == 0 {
			continue
		}
		sig := signature(a)
		if sig == a.Data {
			continue // bare tags (rows of a layout table, plain divs) name no kind of item
		}
		items, itemLines := 0, int32(0)
		itemProse := 0.0
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || signature(c) != sig {
				continue
			}
			cs, ok := w.spans.get(c)
			if !ok {
				continue
			}
			if v := pos(cs); v >= streamMinProse {
				items++
				itemProse += v
			}
			itemLines += cs.end - cs.start
		}
		if items < streamMinItems {
			continue
		}
		if float64(itemLines) < streamLineShare*float64(ps.end-ps.start) {
			break
		}
		if all := pos(ps); all-itemProse > streamMaxOutside*all {
			break
		}
		if first := firstPost(w, p, sig); first != nil {
			fs := w.spans.of(first)
			return selection{node: first, span: fs, score: score(fs), via: "post"}
		}
		return selection{node: p, span: ps, score: score(ps), via: "stream"}
	}
	return sel
}

// signature is what items of one stream share: tag, class, and id without digits.
func signature(n *html.Node) string {
	var b strings.Builder
	b.WriteString(n.Data)
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			b.WriteString("." + a.Val)
		case "id":
			b.WriteString("#" + strings.Map(func(r rune) rune {
				if r >= '0' && r <= '9' {
					return -1
				}
				return r
			}, a.Val))
		}
	}
	return b.String()
}
