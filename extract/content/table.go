package content

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxDataCellRunes is the longest cell text of a data table: a cell holding
// more is a layout cell holding paragraphs.
const maxDataCellRunes = 400

// isDataTable tells a table of data (a schedule, a list of activities, a
// metadata block) from a layout table that merely positions page parts. Data
// tables have two rows or more, a row of two or more cells, and no cell that
// holds page structure (a nested table, a div, a list) or text long enough
// to be a page region.
func isDataTable(t *html.Node) bool {
	multi := false
	ok := true
	rows := 0
	forEachRow(t, func(tr *html.Node) {
		rows++
		cells := 0
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || (c.DataAtom != atom.Td && c.DataAtom != atom.Th) {
				continue
			}
			cells++
			// Once a cell has made it a layout table, the others need no look.
			if ok && (hasLayoutDescendant(c) || textRunes(c, maxDataCellRunes+1) > maxDataCellRunes || isTextCell(c)) {
				ok = false
			}
		}
		if cells >= 2 {
			multi = true
		}
	})
	return ok && multi && rows >= 2
}

// minTextCellRunes is the text a cell broken into paragraphs needs to be a
// layout cell holding a text (a forum post, a letter) rather than one value.
const minTextCellRunes = 40

// isTextCell reports a cell holding paragraphs: more than minTextCellRunes
// of text broken by <p> or by two <br> in a row. A value that wraps (an
// address, a list of names) breaks its lines with single <br>.
func isTextCell(c *html.Node) bool {
	if textRunes(c, minTextCellRunes+1) <= minTextCellRunes {
		return false
	}
	return hasDescendant(c, atom.P) || hasDoubleBreak(c)
}

// hasDoubleBreak reports two <br> elements with only white space between them.
func hasDoubleBreak(n *html.Node) bool {
	prevBr := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && c.DataAtom == atom.Br:
			if prevBr {
				return true
			}
			prevBr = true
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode && hasDoubleBreak(c):
			return true
		default:
			prevBr = false
		}
	}
	return false
}

// forEachRow calls fn for each row of t, not descending into nested tables.
func forEachRow(t *html.Node, fn func(tr *html.Node)) {
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Tr:
				fn(c)
			case atom.Thead, atom.Tbody, atom.Tfoot:
				visit(c)
			}
		}
	}
	visit(t)
}

// tableRows emits one line per row of a data table, cells joined with " | ".
func (w *walker) tableRows(t *html.Node) {
	if cap := firstChildElement(t, atom.Caption); cap != nil {
		w.walk(cap, 0, false)
		w.flush(atom.Caption)
	}
	sub := &walker{} // a cell's own lines: no spans or chrome verdicts needed
	forEachRow(t, func(tr *html.Node) {
		var cells []string
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || (c.DataAtom != atom.Td && c.DataAtom != atom.Th) || skipElement(c) {
				continue
			}
			*sub = walker{lines: sub.lines[:0], cur: lineBuf{b: sub.cur.b[:0]}, arena: sub.arena, firsts: sub.firsts[:0]} // a new walker, keeping the room of the last
			sub.walk(c, 0, false)
			sub.flush(atom.Td)
			var parts []string
			for _, l := range sub.lines {
				parts = append(parts, l.text)
				w.linked += l.linked
				w.punct += l.punct
				w.runes += l.runes
				w.tokens += l.tokens
				w.mask |= l.mask
				w.ltokens += l.ltokens
			}
			cells = append(cells, strings.Join(parts, " "))
		}
		for len(cells) > 0 && cells[len(cells)-1] == "" {
			cells = cells[:len(cells)-1]
		}
		nonEmpty := 0
		for _, c := range cells {
			if c != "" {
				nonEmpty++
			}
		}
		w.noIndex = w.noIndex || nonEmpty > 0 // the row's text is written here, not by text: scan it whole
		switch {
		case nonEmpty == 0:
		case nonEmpty == 1:
			w.cur.WriteString(strings.TrimSpace(strings.Join(cells, " ")))
		default:
			w.cur.WriteString(strings.Join(cells, " | "))
		}
		w.flush(atom.Tr)
	})
}

func firstChildElement(n *html.Node, a atom.Atom) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == a {
			return c
		}
	}
	return nil
}

// hasLayoutDescendant reports whether n holds a table, a div or a list:
// hasDescendant of each, in one walk.
func hasLayoutDescendant(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Table || c.DataAtom == atom.Div || c.DataAtom == atom.Ul || hasLayoutDescendant(c)) {
			return true
		}
	}
	return false
}

func hasDescendant(n *html.Node, a atom.Atom) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == a || hasDescendant(c, a)) {
			return true
		}
	}
	return false
}

// textRunes counts the non-space runes of n's text, stopping at limit.
func textRunes(n *html.Node, limit int) int {
	count := 0
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil && count < limit; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				for _, r := range c.Data {
					if r > ' ' && r != '\u00a0' && r != '\u3000' {
						count++
					}
				}
			case html.ElementNode:
				if !skipElement(c) {
					visit(c)
				}
			}
		}
	}
	visit(n)
	return count
}
