package content

import (
	"strings"

	"golang.org/x/net/html"
)

// Pages repeat their class names: the walker judges each class or id value
// once per page (is it a date holder's name, a chrome name, a CMS
// container's?) and remembers the verdicts in walker.attrs, reading the
// attributes of an element once for all three questions.

// attrVerdict is what one class or id value says.
type attrVerdict struct {
	chrome  int8 // chromeKindOf the value
	cms     int8 // its cmsSelectors position as a class, -1 for none; -2 until asked
	time    bool // isTimeName (false for values of 100 bytes or more)
	content bool // isContentName (false for values of 200 bytes or more)
}

// Kinds of valueNames: each list of names a class or id value is searched for.
const (
	nameTime = 1 + iota
	nameNotTime
	nameWeak
	nameMid
	nameStrong
	nameContent
)

// valueNames finds timeNames, notPageTimeNames, the chrome names of each
// kind and contentNames in one pass.
var valueNames = func() *nameIndex {
	x := &nameIndex{}
	for _, l := range []struct {
		names []string
		kind  int
	}{{timeNames, nameTime}, {notPageTimeNames, nameNotTime}, {weakChromeNames, nameWeak}, {midChromeNames, nameMid},
		{strongChromeNames, nameStrong}, {contentNames, nameContent}} {
		for _, n := range l.names {
			x[n[0]] = append(x[n[0]], kindName{n, l.kind})
		}
	}
	return x
}()

// judgeValue answers isTimeName, chromeKindOf and isContentName for v in
// one reading of its tokens (the fields of its lower-case form; no name
// holds white space, so a name the whole value holds lies in one token).
func judgeValue(v string) attrVerdict {
	ascii := isASCII(v)
	lv := v
	if !ascii {
		lv = strings.ToLower(v)
	}
	var all uint // the kinds of names of every token
	chrome := chromeNone
	for rest := lv; rest != ""; {
		var tok string
		if tok, rest = nextField(rest); tok == "" {
			break
		}
		var k uint
		if ascii {
			k = valueNames.kindsLower(tok)
		} else {
			k = valueNames.kinds(tok)
		}
		all |= k
		if strings.ContainsAny(tok, ":[") {
			continue // names no chrome (chromeKindOf)
		}
		c := chromeNone
		switch {
		case k&(1<<nameStrong) != 0:
			c = chromeStrong
		case k&(1<<nameMid) != 0:
			c = chromeMid
		case k&(1<<nameWeak) != 0:
			c = chromeWeak
		}
		if c < chromeMid && (ascii && isAnyOfLower(tok, midChromeTokens) || !ascii && isAnyOf(tok, midChromeTokens)) {
			c = chromeMid
		}
		chrome = max(chrome, c)
	}
	return attrVerdict{
		chrome:  int8(chrome),
		cms:     -2,
		time:    len(v) < 100 && all&(1<<nameTime) != 0 && all&(1<<nameNotTime) == 0,
		content: len(v) < 200 && all&(1<<nameContent) != 0,
	}
}

// nameBonus is nameBonus(n) from the verdicts the walk remembered.
func (w *walker) nameBonus(n *html.Node) float64 {
	for i := range n.Attr {
		a := &n.Attr[i]
		if (a.Key == "class" || a.Key == "id") && len(a.Val) < 200 {
			e, ok := w.attrs[a.Val]
			if ok && e.content || !ok && isContentName(a.Val) {
				return contentNameBonus
			}
		}
	}
	return 0
}

// elementVerdicts reads n's class and id values: whether one names a date
// holder (isTimeElement), the chrome kind they name when chrome is set
// (chromeKind without the tag's own kind), and the cmsSelectors position
// n matches when cms is set (cmsMatch), -1 for none.
func (w *walker) elementVerdicts(n *html.Node, chrome, cms bool) (named bool, kind, cmsAt int) {
	cmsAt = -1
	for i := range n.Attr {
		a := &n.Attr[i]
		isID := a.Key == "id"
		if !isID && a.Key != "class" {
			continue
		}
		v := a.Val
		if cms && isID {
			if k, ok := cmsIDs[v]; ok && (cmsAt < 0 || k < cmsAt) {
				cmsAt = k
			}
		}
		wantChrome := chrome && len(v) > 0 && len(v) <= 300
		wantCMS := cms && !isID
		if len(v) >= 100 && !wantChrome && !wantCMS {
			continue
		}
		e, ok := w.attrs[v]
		if !ok {
			e = judgeValue(v)
		}
		changed := !ok
		if wantCMS && e.cms == -2 {
			e.cms, changed = int8(cmsClassOf(v)), true
		}
		if changed && w.attrs != nil {
			w.attrs[v] = e
		}
		named = named || e.time
		if wantChrome {
			kind = max(kind, int(e.chrome))
		}
		if wantCMS && e.cms >= 0 && (cmsAt < 0 || int(e.cms) < cmsAt) {
			cmsAt = int(e.cms)
		}
	}
	return named, kind, cmsAt
}
