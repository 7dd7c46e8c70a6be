package content

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

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

// isHan reports the Han characters the evaluation counts as tokens: the
// CJK unified ideographs, extension A, compatibility ideographs, and the
// supplementary planes' extensions.
func isHan(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF || r >= 0xF900 && r <= 0xFAFF ||
		r >= 0x20000 && r <= 0x3134F
}
