package content

import "golang.org/x/net/html"

// chromeSpan is an element whose class or id names page chrome, with its lines.
type chromeSpan struct {
	node *html.Node
	span span
	kind int
}

// markRules records for each line the line rule that marks it as chrome.
func (w *walker) markRules() {
	for i := range w.lines {
		w.lines[i].drop = dropReason(&w.lines[i])
	}
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
