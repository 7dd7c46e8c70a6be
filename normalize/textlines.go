package normalize

import (
	"strings"
	"unicode/utf8"
)

// Walking a text's lines without splitting it: most steps change no line of
// most pages, so they read the lines in place and copy the text only once a
// line changes.

// lineEnd is the end of the line of s that starts at start: the index of
// the next '\n', or len(s).
func lineEnd(s string, start int) int {
	if i := strings.IndexByte(s[start:], '\n'); i >= 0 {
		return start + i
	}
	return len(s)
}

// lineEditor builds s with some of its lines replaced, in order, copying
// nothing until the first replacement: text() is then
// strings.Join(lines, "\n") of the lines with the replacements made.
type lineEditor struct {
	b      strings.Builder
	last   int // s[:last] is written
	edited bool
}

// replace replaces the line s[start:end] with l.
func (e *lineEditor) replace(s string, start, end int, l string) {
	if !e.edited {
		e.b.Grow(len(s))
		e.edited = true
	}
	e.b.WriteString(s[e.last:start])
	e.b.WriteString(l)
	e.last = end
}

// text returns s with the replacements made; s itself when there were none.
func (e *lineEditor) text(s string) string {
	if !e.edited {
		return s
	}
	e.b.WriteString(s[e.last:])
	return e.b.String()
}

// lineBuilder builds strings.Join(kept, "\n") of the lines of s a walk
// keeps, dropping or replacing some, copying nothing until the first line
// that is not kept as it is: before it, the lines kept are s up to it.
type lineBuilder struct {
	b       strings.Builder
	on, any bool // on: a line was dropped or replaced; any: a line is written
}

// drop drops the line of s that starts at start (a replacement is a drop
// and a keep of the new line).
func (lb *lineBuilder) drop(s string, start int) {
	if lb.on {
		return
	}
	lb.on = true
	lb.b.Grow(len(s))
	if start > 0 {
		lb.b.WriteString(s[:start-1]) // the lines before, as they are
		lb.any = true
	}
}

// keep keeps line l, the walk's line or its replacement.
func (lb *lineBuilder) keep(l string) {
	if !lb.on {
		return
	}
	if lb.any {
		lb.b.WriteByte('\n')
	}
	lb.b.WriteString(l)
	lb.any = true
}

// text returns the text built; s itself when every line was kept as it is.
func (lb *lineBuilder) text(s string) string {
	if !lb.on {
		return s
	}
	return lb.b.String()
}

// trimSpace is strings.TrimSpace(l), which hands a line whose first byte is
// not ASCII to strings.TrimFunc: a line whose first and last runes are no
// space, as most are, is returned at once.
func trimSpace(l string) string {
	if l == "" {
		return l
	}
	first, last := rune(l[0]), rune(l[len(l)-1])
	if first >= utf8.RuneSelf {
		first, _ = utf8.DecodeRuneInString(l)
	}
	if last >= utf8.RuneSelf {
		last, _ = utf8.DecodeLastRuneInString(l)
	}
	if !isSpace(first) && !isSpace(last) {
		return l
	}
	return strings.TrimSpace(l)
}
