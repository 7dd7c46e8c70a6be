package content

import "golang.org/x/net/html"

// chromeSpan is an element whose class or id names page chrome, with its lines.
type chromeSpan struct {
	node *html.Node
	span span
	kind int
}

// dropped returns the line rule that marks l as chrome, "" for none
// (dropReason), judged the first time it is asked. Most of a page's lines
// are asked, by the selection's weights; lines of chrome-named elements
// mostly are not, since their chrome verdict comes first.
func (l *line) dropped() string {
	if !l.ruled {
		l.drop, l.ruled = dropReason(l), true
	}
	return l.drop
}

// markChrome sets line.chrome for the lines of chrome-named elements that
// hold no more prose than their kind allows (chromeMaxWeight), innermost element last so that it wins.
func (w *walker) markChrome() {
	for _, c := range w.chrome {
		sum := 0.0
		for i := c.span.start; i < c.span.end; i++ {
			if v := plainWeight(&w.lines[i]); v > 0 {
				sum += v
			}
		}
		if sum > chromeMaxWeight[c.kind] {
			continue
		}
		for i := c.span.start; i < c.span.end; i++ {
			w.lines[i].chrome = c.node
		}
	}
}
