package content

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A page often shows its date in an element of its own beside the title,
// <span class="time">, <em id="pubtime">, <time datetime="…">, among other
// short fields (the source, a view count) that keep the line from reading
// as a date line. The walker records such elements; readMeta reads them.

// timeNames are class or id fragments of an element holding the page's date.
var timeNames = []string{"time", "date", "pubtime", "ptime", "publish", "riqi", "shijian"}

// notPageTimeNames name the time of something other than the page's
// publication: an update, a reply, an answer, a comment.
var notPageTimeNames = []string{"update", "modif", "reply", "replie", "answer", "comment", "last"}

// timeNamesIndex finds timeNames (kind 1) and notPageTimeNames (kind 2).
var timeNamesIndex = func() *nameIndex {
	x := &nameIndex{}
	for _, n := range timeNames {
		x[n[0]] = append(x[n[0]], kindName{n, 1})
	}
	for _, n := range notPageTimeNames {
		x[n[0]] = append(x[n[0]], kindName{n, 2})
	}
	return x
}()

// maxTimeMarkRunes is the longest text of a time element.
const maxTimeMarkRunes = 40

// timeMark is a date-named element: the line its text falls in, and the date it shows.
type timeMark struct {
	line int
	date foundDate
}

// noteTime records n, a <time> element or one named like a date holder
// (isTimeElement), when its text (or datetime attribute) is a date.
func (w *walker) noteTime(n *html.Node) {
	if n.DataAtom == atom.Time {
		for _, a := range n.Attr {
			if a.Key == "datetime" {
				if d, ok := findDate(a.Val); ok {
					w.times = append(w.times, timeMark{line: len(w.lines), date: d})
					return
				}
			}
		}
	}
	if textRunes(n, maxTimeMarkRunes+1) > maxTimeMarkRunes {
		return
	}
	if d, ok := findDate(flatText(n)); ok && !d.Narrated {
		w.times = append(w.times, timeMark{line: len(w.lines), date: d})
	}
}

// isTimeElement reports a <time> element or one whose class or id names a date.
func isTimeElement(n *html.Node) bool {
	if n.DataAtom == atom.Time {
		return true
	}
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && len(a.Val) < 100 && isTimeName(a.Val) {
			return true
		}
	}
	return false
}

// isTimeName reports a class or id value holding a time name and no other
// time's name.
func isTimeName(v string) bool {
	var k uint
	if isASCII(v) {
		k = timeNamesIndex.kindsLower(v)
	} else {
		k = timeNamesIndex.kinds(strings.ToLower(v))
	}
	return k&(1<<1) != 0 && k&(1<<2) == 0
}
