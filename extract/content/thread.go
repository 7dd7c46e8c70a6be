package content

import (
	"strings"

	"golang.org/x/net/html"
)

// Many threads and question pages keep the replies in a list of their own,
// away from the opening post: the densest region is then the opening post
// alone. A list after it counts as the thread's replies when it is
// structurally one: sibling items of one kind (tag, class, id stem), at
// least threadMinReplies of them each carrying a post stamp (an author or
// time line) and text of their own, after an opening post of at most
// threadMaxOpeningTokens tokens (below a longer text, such a list holds readers'
// comments on an article, which are not its text). Their body lines, without the per-post
// chrome (user cards, times, floor numbers, buttons), follow the opening post.
const (
	threadMinReplies       = 2   // stamped items with text that make a reply list
	threadMinBody          = 2   // text tokens a reply needs to count
	threadStampRunes       = 40  // a post stamp is a short line
	threadMaxOpeningTokens = 600 // text tokens of an opening post; below a longer text a list holds comments
)

// postChromeNames are class or id fragments of the parts of one post that
// are not its text: the user card, the time, the floor number, the buttons.
var postChromeNames = []string{
	"user", "author", "avatar", "name", "time", "date", "floor", "action", "btn", "button",
	"support", "like", "vote", "opt", "tool", "sign", "title",
}

// replyGroup is a candidate list of replies: items of one kind under one parent.
type replyGroup struct {
	items   []*html.Node
	body    int // text tokens in the body lines of the stamped items
	stamped int // items with a stamp
	ok      int // items with a stamp and a body
}

// threadReplies returns the body lines of the reply list following sel, or
// nil when the page holds none.
func threadReplies(w *walker, sel selection) []string {
	opening := 0
	for i := sel.span.start; i < sel.span.end; i++ {
		if l := &w.lines[i]; l.dropped() == "" && l.chrome == nil {
			opening += l.tokens - l.ltokens
		}
	}
	if opening > threadMaxOpeningTokens {
		return nil
	}
	// stamps[i] counts the post stamps among the lines from the end of the
	// selection to line i: only spans starting there are asked about.
	from := int(sel.span.end)
	stamps := make([]int32, len(w.lines)+1)
	for i := from; i < len(w.lines); i++ {
		stamps[i+1] = stamps[i]
		if isStamp(&w.lines[i]) {
			stamps[i+1]++
		}
	}
	if stamps[len(w.lines)] == 0 {
		return nil // no stamped item, no reply list
	}
	stamped := func(s span) bool { return stamps[s.end] > stamps[s.start] }
	// Only parents with a stamped child can hold a reply list.
	parents := make(map[*html.Node]bool)
	for i, n := range w.spans.nodes {
		if s := w.spans.at[i]; s.start >= sel.span.end && n.Parent != nil && stamped(s) {
			parents[n.Parent] = true
		}
	}
	type groupKey struct {
		parent *html.Node
		sig    string
	}
	groups := make(map[groupKey]*replyGroup)
	var order []*replyGroup
	for i, n := range w.spans.nodes {
		s := w.spans.at[i]
		if s.start < sel.span.end || s.end == s.start || !parents[n.Parent] {
			continue
		}
		sig := signature(n)
		if sig == n.Data {
			continue // bare tags name no kind of item
		}
		key := groupKey{n.Parent, sig}
		g := groups[key]
		if g == nil {
			g = &replyGroup{}
			groups[key] = g
			order = append(order, g)
		}
		g.items = append(g.items, n)
		if stamped(s) {
			g.stamped++
		}
	}
	for _, g := range order {
		if g.stamped < threadMinReplies {
			continue
		}
		for _, n := range g.items {
			if !stamped(w.spans.of(n)) {
				continue
			}
			if body := tokensOf(w.replyBody(n)); body >= threadMinBody {
				g.ok++
				g.body += body
			}
		}
	}
	var best *replyGroup
	for _, g := range order {
		if g.ok >= threadMinReplies && 2*g.ok >= len(g.items) && (best == nil || g.body > best.body) {
			best = g
		}
	}
	if best == nil {
		return nil
	}
	var out []string
	for _, n := range best.items {
		for _, l := range w.replyBody(n) {
			out = append(out, l.text)
		}
	}
	return out
}

// replyBody returns the text lines of one reply item: lines that no rule
// marks, that are not mostly links, not post stamps, and not inside a part
// of the item named as per-post chrome.
func (w *walker) replyBody(item *html.Node) []*line {
	s := w.spans.of(item)
	skip := make([]bool, s.end-s.start)
	var mark func(n *html.Node)
	mark = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if cs, ok := w.spans.get(c); ok && isPostChrome(c) {
				for i := cs.start; i < cs.end; i++ {
					skip[i-s.start] = true
				}
				continue
			}
			mark(c)
		}
	}
	mark(item)
	var out []*line
	for i := s.start; i < s.end; i++ {
		l := &w.lines[i]
		if skip[i-s.start] || l.dropped() != "" || l.ltokens*2 > l.tokens || isStamp(l) {
			continue
		}
		if l.chrome != nil && (l.chrome == item || isDescendant(l.chrome, item)) {
			continue
		}
		out = append(out, l)
	}
	return out
}

// isPostChrome reports an element named as a part of a post other than its
// text. Class names are read BEM-style: the last part of a name that is not
// a generic suffix says what the element holds ("comment-user-title" and
// "floor-id" are chrome; "comment-user-info", which wraps the text too, and
// "post-content" are not).
func isPostChrome(n *html.Node) bool {
	for _, a := range n.Attr {
		if (a.Key != "class" && a.Key != "id") || len(a.Val) >= 200 {
			continue
		}
		for _, tok := range strings.Fields(strings.ToLower(a.Val)) {
			parts := strings.FieldsFunc(tok, func(r rune) bool { return r == '-' || r == '_' })
			for len(parts) > 1 && isAnyOf(parts[len(parts)-1], genericNameSuffixes) {
				parts = parts[:len(parts)-1]
			}
			if len(parts) == 0 {
				continue
			}
			if last := parts[len(parts)-1]; containsAny(last, postChromeNames) && !containsAny(last, contentNames) {
				return true
			}
		}
	}
	return false
}

// genericNameSuffixes end class names without saying what the element holds.
var genericNameSuffixes = []string{"id", "comp", "wrap", "wrapper", "box", "list", "container", "item", "inner", "outer", "area"}

// isStamp reports a short line giving a post's time: a date, a clock time
// or a relative time, alone or beside the author's name.
func isStamp(l *line) bool {
	switch l.dropped() {
	case "date-line", "byline", "relative-time":
		return true
	}
	if l.runes >= threadStampRunes || !(l.hasDigit() || containsAnyRune(l.text, '刚', '剛')) {
		return false
	}
	// Every match of reRelativeTime holds 前, 刚刚, 剛剛 or 后.
	if containsAnyRune(l.text, '前', '刚', '剛', '后') && reRelativeTime.MatchString(l.text) {
		return true
	}
	_, ok := findDate(l.text)
	return ok
}

func tokensOf(ls []*line) int {
	n := 0
	for _, l := range ls {
		n += l.tokens - l.ltokens
	}
	return n
}

// withTitle puts the thread title before the opening post unless it holds it.
func withTitle(kept []string, title string) []string {
	if title == "" {
		return kept
	}
	for _, t := range kept {
		if strings.Contains(t, title) {
			return kept
		}
	}
	return append([]string{title}, kept...)
}
