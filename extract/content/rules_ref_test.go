package content

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// chromeKindOfRef is chromeKindOf as it was, a strings.Contains per name
// per token: the reference TestChromeKindOfAsReference compares with.
func chromeKindOfRef(val string) int {
	kind := chromeNone
	for _, tok := range strings.Fields(strings.ToLower(val)) {
		if strings.ContainsAny(tok, ":[") {
			continue
		}
		switch {
		case containsAny(tok, strongChromeNames):
			return chromeStrong
		case isAnyOf(tok, midChromeTokens):
			kind = max(kind, chromeMid)
		case containsAny(tok, midChromeNames):
			kind = max(kind, chromeMid)
		case containsAny(tok, weakChromeNames):
			kind = max(kind, chromeWeak)
		}
	}
	return kind
}

// corpusAttrValues returns the class and id values of the labelled html
// pages, nil when the corpus is absent.
func corpusAttrValues(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob("/work/shared/corpus/html/pages/*.html")
	if alt, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "html", "pages", "*.html")); len(alt) > 0 {
		files = alt
	}
	var out []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := html.Parse(bytes.NewReader(raw))
		if err != nil {
			continue
		}
		var visit func(*html.Node)
		visit = func(n *html.Node) {
			for _, a := range n.Attr {
				if a.Key == "class" || a.Key == "id" {
					out = append(out, a.Val)
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				visit(c)
			}
		}
		visit(doc)
	}
	return out
}

// TestChromeKindOfAsReference compares chromeKindOf with chromeKindOfRef on
// the labelled pages' class and id values and random values built from the
// chrome names, their pieces, upper case, utility-CSS marks and spaces.
func TestChromeKindOfAsReference(t *testing.T) {
	parts := []string{" ", "  ", "\t", "-", "_", ":", "[", "x", "Nav", "NAV", "\u00a0", "\xe5",
		"friendlin", "\u212a", "eywords", "İ", "nav\u212a"} // the Kelvin sign lowers to k, İ to i
	for _, l := range [][]string{weakChromeNames, midChromeNames, midChromeTokens, strongChromeNames} {
		for _, n := range l {
			parts = append(parts, n, n[:len(n)/2], n[len(n)/2:], strings.ToUpper(n))
		}
	}
	vals := append(corpusAttrValues(t), randomLines(15, 50000, 5, parts)...)
	kinds := map[int]int{}
	for _, v := range vals {
		got, want := chromeKindOf(v), chromeKindOfRef(v)
		if got != want {
			t.Fatalf("chromeKindOf(%q) = %d, reference %d", v, got, want)
		}
		kinds[want]++
	}
	for k := chromeNone; k <= chromeStrong; k++ {
		if kinds[k] < 100 {
			t.Fatalf("only %d values of kind %d: the inputs miss the point (%v)", kinds[k], k, kinds)
		}
	}
}

// TestIsTimeElementAsReference compares the time-name test of
// isTimeElementCached with the strings.Contains one it replaced on the
// labelled pages' class and id values and random values.
func TestIsTimeElementAsReference(t *testing.T) {
	parts := []string{" ", "-", "_", "x", "TIME", "Date", "\xe5"}
	for _, l := range [][]string{timeNames, notPageTimeNames} {
		for _, n := range l {
			parts = append(parts, n, n[:len(n)/2], n[len(n)/2:])
		}
	}
	vals := append(corpusAttrValues(t), randomLines(16, 50000, 5, parts)...)
	named := 0
	for _, v := range vals {
		lv := strings.ToLower(v)
		want := containsAny(lv, timeNames) && !containsAny(lv, notPageTimeNames)
		n := &html.Node{Type: html.ElementNode, Data: "span", Attr: []html.Attribute{{Key: "class", Val: v}}}
		if got := isTimeElement(n); got != (want && len(v) < 100) {
			t.Fatalf("isTimeElement(class=%q) = %v, reference %v", v, got, want)
		}
		if want {
			named++
		}
	}
	if named < 1000 {
		t.Fatalf("only %d time-named values: the inputs miss the point", named)
	}
}

// corpusStyleValues returns the style values of the labelled html pages
// (nil when the corpus is absent).
func corpusStyleValues(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob("/work/shared/corpus/html/pages/*.html")
	var out []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := html.Parse(bytes.NewReader(raw))
		if err != nil {
			continue
		}
		var visit func(*html.Node)
		visit = func(n *html.Node) {
			for _, a := range n.Attr {
				if a.Key == "style" {
					out = append(out, a.Val)
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				visit(c)
			}
		}
		visit(doc)
	}
	return out
}

// isHiddenRef is isHidden as it was, lowering every style value.
func isHiddenRef(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "style":
			if len(a.Val) < 512 {
				v := strings.ToLower(a.Val)
				if strings.Contains(v, "display:none") || strings.Contains(v, "display: none") {
					return true
				}
			}
		}
	}
	return false
}

// TestIsHiddenAsReference compares isHidden with isHiddenRef on the labelled
// pages' style values and random ones built from the words' pieces in both
// cases, the runes strings.ToLower turns into ASCII (İ, the Kelvin sign),
// control bytes that a careless case fold takes for ':' or ' ', and
// invalid bytes.
func TestIsHiddenAsReference(t *testing.T) {
	parts := []string{"display", "DISPLAY", "Display", "d", "İ", "\u212a", "isplay", ":", " ", "\x1a", "\x00", "none", "NONE",
		"n", "one", ";", "width:10px", "\xe5", "é", "显示"}
	vals := append(corpusStyleValues(t), randomLines(21, 100000, 6, parts)...)
	vals = append(vals, strings.Repeat("a", 500)+"display:none", "dİsplay:none", "display\x1anone", "display\x00none")
	hidden := 0
	for _, v := range vals {
		n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "style", Val: v}}}
		got, want := isHidden(n), isHiddenRef(n)
		if got != want {
			t.Fatalf("isHidden(style=%q) = %v, reference %v", v, got, want)
		}
		if want {
			hidden++
		}
	}
	if hidden < 1000 {
		t.Fatalf("only %d hidden values: the inputs miss the point", hidden)
	}
}

// nameBonusRef is nameBonus as it was, a strings.Contains per name.
func nameBonusRef(n *html.Node) float64 {
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && len(a.Val) < 200 {
			if containsAny(strings.ToLower(a.Val), contentNames) {
				return contentNameBonus
			}
		}
	}
	return 0
}

// TestNameBonusAsReference compares nameBonus with nameBonusRef on the
// labelled pages' class and id values and random values.
func TestNameBonusAsReference(t *testing.T) {
	parts := []string{" ", "-", "_", "x", "CONTENT", "Main", "\u212a", "İ", "\xe5"}
	for _, n := range contentNames {
		parts = append(parts, n, n[:len(n)/2], n[len(n)/2:])
	}
	vals := append(corpusAttrValues(t), randomLines(22, 50000, 5, parts)...)
	named := 0
	for _, v := range vals {
		for _, key := range []string{"class", "id", "title"} {
			n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: key, Val: v}}}
			got, want := nameBonus(n), nameBonusRef(n)
			if got != want {
				t.Fatalf("nameBonus(%s=%q) = %v, reference %v", key, v, got, want)
			}
			if want > 0 {
				named++
			}
		}
	}
	if named < 1000 {
		t.Fatalf("only %d content-named values: the inputs miss the point", named)
	}
}
