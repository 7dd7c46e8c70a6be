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

// TrimSpace is strings.TrimSpace(s), which hands a text whose first byte is
// not ASCII to strings.TrimFunc: a text whose first and last runes are no
// space, as most lines are, is returned at once. An end that is ASCII other
// than the six spaces, or a rune led by E4-EF, is judged without decoding:
// the white space runes above ASCII are U+0085, U+00A0 and, led by E1-E3,
// U+1680, U+2000-U+200A, U+2028, U+2029, U+202F, U+205F and U+3000.
func TrimSpace(s string) string {
	n := len(s)
	if n == 0 {
		return s
	}
	if !plainEnd(s, 0) {
		if r, _ := utf8.DecodeRuneInString(s); isSpace(r) {
			return strings.TrimSpace(s)
		}
	}
	if !plainEnd(s, n-1) {
		if r, _ := utf8.DecodeLastRuneInString(s); isSpace(r) {
			return strings.TrimSpace(s)
		}
	}
	return s
}

// plainEnd reports that the rune s[i] begins (i = 0) or ends (i = len(s)-1)
// is plainly no white space: an ASCII byte other than the six spaces, or
// three bytes led by E4-EF.
func plainEnd(s string, i int) bool {
	if c := s[i]; c < utf8.RuneSelf {
		return c != ' ' && (c < '\t' || c > '\r')
	}
	if i > 0 {
		i -= 2 // the rune's first byte, if it has three
	}
	return i >= 0 && i+2 < len(s) && s[i] >= 0xE4 && s[i] <= 0xEF && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80
}
