package content

import "golang.org/x/net/html"

// Pages repeat their class names: the walker judges each class or id value
// once per page (is it a date holder's name, a chrome name, a CMS
// container's?) and remembers the verdicts in walker.attrs, reading the
// attributes of an element once for all three questions.

// attrVerdict is what one class or id value says.
type attrVerdict struct {
	chrome int8 // chromeKindOf the value; -1 until asked
	cms    int8 // its cmsSelectors position as a class, -1 for none; -2 until asked
	time   bool // isTimeName (false for values of 100 bytes or more)
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
			e = attrVerdict{chrome: -1, cms: -2, time: len(v) < 100 && isTimeName(v)}
		}
		changed := !ok
		if wantChrome && e.chrome < 0 {
			e.chrome, changed = int8(chromeKindOf(v)), true
		}
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
