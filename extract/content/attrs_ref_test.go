package content

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// chromeKindRef is chromeKind as it was before walker.attrs.
func chromeKindRef(n *html.Node) int {
	switch n.DataAtom {
	case atom.Body, atom.Html, atom.Main:
		return chromeNone
	case atom.Nav:
		return chromeWeak
	case atom.Footer, atom.Aside:
		return chromeMid
	}
	kind := chromeNone
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		if len(a.Val) == 0 || len(a.Val) > 300 {
			continue
		}
		kind = max(kind, chromeKindOfRef(a.Val))
	}
	return kind
}

// isTimeElementRef is isTimeElement as it was before walker.attrs.
func isTimeElementRef(n *html.Node) bool {
	if n.DataAtom == atom.Time {
		return true
	}
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && len(a.Val) < 100 {
			lv := strings.ToLower(a.Val)
			if containsAny(lv, timeNames) && !containsAny(lv, notPageTimeNames) {
				return true
			}
		}
	}
	return false
}

// cmsMatchRef is cmsMatch as it was before cmsClassOf.
func cmsMatchRef(n *html.Node) int {
	best := -1
	for _, a := range n.Attr {
		switch a.Key {
		case "id":
			if i, ok := cmsIDs[a.Val]; ok && (best < 0 || i < best) {
				best = i
			}
		case "class":
			for _, c := range strings.Fields(a.Val) {
				if i, ok := cmsClasses[c]; ok && (best < 0 || i < best) {
					best = i
				}
			}
		}
	}
	return best
}

// TestElementVerdictsAsReference reads every element of the labelled pages,
// and random elements, with one walker per page (so that its verdicts are
// remembered and reused as on a page), and compares elementVerdicts, and
// chromeKind, isTimeElement and cmsMatch, with the code they replaced.
func TestElementVerdictsAsReference(t *testing.T) {
	files, _ := filepath.Glob("/work/shared/corpus/html/pages/*.html")
	var pages [][]*html.Node
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := html.Parse(bytes.NewReader(raw))
		if err != nil {
			continue
		}
		var els []*html.Node
		var visit func(*html.Node)
		visit = func(n *html.Node) {
			if n.Type == html.ElementNode {
				els = append(els, n)
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				visit(c)
			}
		}
		visit(doc)
		pages = append(pages, els)
	}
	parts := []string{" ", "-", "_", "TIME", "date", "update", "nav", "footer", "related", "toc", "TRS_Editor", "zoom", "Zoom",
		"article-content", "\u00a0", "\xe5", strings.Repeat("x", 60), "CONTENT", "Main", "print:", "[", "K", "\u212a", "İ", "post", "text",
		"TRS_UEDITOR", "pages_content", "news_content", "js_content", "UCAP-CONTENT"}
	vals := randomLines(51, 30000, 6, parts)
	tags := []atom.Atom{atom.Div, atom.Span, atom.Nav, atom.Footer, atom.Body, atom.Time, atom.P, atom.Td, atom.Li}
	keys := []string{"class", "id", "title"}
	var random []*html.Node
	for i := 0; i+1 < len(vals); i += 2 {
		a := tags[i%len(tags)]
		random = append(random, &html.Node{Type: html.ElementNode, DataAtom: a, Data: a.String(), Attr: []html.Attribute{
			{Key: keys[i%3], Val: vals[i]}, {Key: keys[(i/3)%3], Val: vals[i+1]}}})
	}
	pages = append(pages, random)
	var named, chrome, cms int
	for _, els := range pages {
		w := newWalker()
		for _, n := range els {
			block := isBlock(n.DataAtom)
			_, byAttrs := elementChromeKind(n.DataAtom)
			container := block && isContainer(n.DataAtom)
			gotNamed, gotKind, gotCMS := w.elementVerdicts(n, block && byAttrs, container)
			// the names alone, as on an element other than <time>
			wantNamed := isTimeElementRef(&html.Node{Type: html.ElementNode, DataAtom: atom.Span, Attr: n.Attr})
			if gotNamed != wantNamed || isTimeElement(n) != isTimeElementRef(n) {
				t.Fatalf("time verdict of %s %v: %v, reference %v", n.Data, n.Attr, gotNamed, wantNamed)
			}
			if want := chromeKindRef(n); chromeKind(n) != want || block && byAttrs && gotKind != want {
				t.Fatalf("chrome verdict of %s %v: %d (chromeKind %d), reference %d", n.Data, n.Attr, gotKind, chromeKind(n), want)
			}
			if want := cmsMatchRef(n); cmsMatch(n) != want || container && gotCMS != want {
				t.Fatalf("cms verdict of %s %v: %d (cmsMatch %d), reference %d", n.Data, n.Attr, gotCMS, cmsMatch(n), want)
			}
			if got, want := w.nameBonus(n), nameBonusRef(n); got != want || nameBonus(n) != want {
				t.Fatalf("name bonus of %s %v: %v (nameBonus %v), reference %v", n.Data, n.Attr, got, nameBonus(n), want)
			}
			if wantNamed {
				named++
			}
			if chromeKindRef(n) > 0 {
				chrome++
			}
			if cmsMatchRef(n) >= 0 {
				cms++
			}
		}
	}
	if named < 500 || chrome < 500 || cms < 500 {
		t.Fatalf("%d time-named, %d chrome, %d cms elements: the inputs miss the point", named, chrome, cms)
	}
}
