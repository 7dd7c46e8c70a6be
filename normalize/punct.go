package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// FixPunctuation normalizes punctuation and spacing line by line: a run of
// pause or stop marks (,, ,。 ,、 。。) keeps one mark, the stop if there is
// one, else the last; ASCII , : ; ? ! between Han characters become
// full-width; 「」『』 become “”‘’; full-width Latin letters and digits become
// ASCII; odd spaces become plain spaces and zero-width characters go; runs
// of spaces shrink to one and lines are trimmed. · (as in 3·15) is kept. It
// returns the text and the number of lines changed.
func FixPunctuation(s string) (string, int) {
	var e lineEditor
	n := 0
	for start := 0; ; {
		end := lineEnd(s, start)
		if l := s[start:end]; !untouched(l) {
			if f := fixLineAll(l); f != l {
				e.replace(s, start, end, f)
				n++
			}
		}
		if end == len(s) {
			break
		}
		start = end + 1
	}
	return e.text(s), n
}

// marks are the pause and stop marks collapsed when doubled.
func isMark(r rune) bool {
	switch r {
	case ',', '，', '、', '。', ';', '；', ':', '：':
		return true
	}
	return false
}

func isStop(r rune) bool { return r == '。' }

// fullWidth maps ASCII marks to the full-width forms used between Han characters.
var fullWidth = map[rune]rune{',': '，', ':': '：', ';': '；', '?': '？', '!': '！'}

// fixLine applies every rule to one line.
func fixLine(l string) string {
	if untouched(l) {
		return l
	}
	return fixLineAll(l)
}

// fixLineAll is fixLine without the shortcut for untouched lines.
func fixLineAll(l string) string {
	var buf [512]rune // most lines fit: no allocation but the result's
	rs := buf[:0]
	for _, r := range l {
		switch {
		case r >= 0x4E00 && r <= 0x9FFF:
			// CJK ideographs: no rule below changes one
		case r == '「':
			r = '“'
		case r == '」':
			r = '”'
		case r == '『':
			r = '‘'
		case r == '』':
			r = '’'
		case r >= '０' && r <= '９', r >= 'Ａ' && r <= 'Ｚ', r >= 'ａ' && r <= 'ｚ':
			r -= 0xFEE0
		case isZeroWidth(r):
			continue
		case unicode.IsSpace(r):
			r = ' '
		}
		if r == ' ' && (len(rs) == 0 || rs[len(rs)-1] == ' ') {
			continue
		}
		rs = append(rs, r)
	}
	for len(rs) > 0 && rs[len(rs)-1] == ' ' {
		rs = rs[:len(rs)-1]
	}
	out := rs[:0]
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if isMark(r) {
			// collapse a run of marks, single spaces between them included
			j, keep := i, r
			for j+1 < len(rs) && (isMark(rs[j+1]) || (rs[j+1] == ' ' && j+2 < len(rs) && isMark(rs[j+2]))) {
				j++
				if m := rs[j]; m != ' ' && !isStop(keep) {
					keep = m
				}
			}
			if j > i && !allSame(rs[i:j+1], ':') {
				i, r = j, keep
			}
		}
		out = append(out, r)
	}
	// ASCII marks between Han characters become full-width, and commas
	// between a Han character and a number (完成,9月 → 完成，9月)
	for i := 1; i+1 < len(out); i++ {
		if out[i] >= 0x80 {
			continue // only ASCII marks are widened
		}
		fw, ok := fullWidth[out[i]]
		if !ok {
			continue
		}
		l, r := out[i-1], out[i+1]
		han := hanSide(l, true) && (hanSide(r, false) || isDigit(r) && out[i] == ',') ||
			(isDigit(l) || l == '%') && hanSide(r, false) && out[i] == ','
		if han {
			out[i] = fw
		}
	}
	if sameRunes(out, l) {
		return l // unchanged: spare the copy
	}
	return string(out)
}

// untouched reports a line no rule of fixLine changes, in one walk over
// its bytes: valid UTF-8 with no rune a rule maps or drops (「」『』,
// full-width letters and digits, zero-width characters, spaces but ' '),
// no ASCII mark that may be widened, no space at either end nor two in a
// row, and no mark following a mark (a space between them or not). It may
// report false for a line fixLine leaves as it is.
func untouched(l string) bool {
	lastMark, markSpace, space := false, false, true // space: the start counts as one
	for i := 0; i < len(l); {
		b := l[i]
		if b < utf8.RuneSelf {
			i++
			switch {
			case b == ' ':
				if space {
					return false
				}
				markSpace, lastMark, space = lastMark, false, true
				continue
			case asciiTouched[b]:
				return false
			}
			lastMark, markSpace, space = false, false, false
			continue
		}
		if cjkAt(l, i) {
			i += 3 // no rule changes a CJK ideograph
			lastMark, markSpace, space = false, false, false
			continue
		}
		r, size := DecodeRuneAt(l, i)
		i += size
		switch {
		case r >= 0x4E00 && r <= 0x9FFF:
			lastMark, markSpace, space = false, false, false
			continue
		case r == utf8.RuneError && size == 1, r == '「', r == '」', r == '『', r == '』',
			r >= '０' && r <= '９', r >= 'Ａ' && r <= 'Ｚ', r >= 'ａ' && r <= 'ｚ', isZeroWidth(r), unicode.IsSpace(r):
			return false
		case isMark(r):
			if lastMark || markSpace {
				return false
			}
			lastMark, markSpace, space = true, false, false
			continue
		}
		lastMark, markSpace, space = false, false, false
	}
	return !space || len(l) == 0
}

// asciiTouched marks the ASCII bytes that make fixLine look closer: spaces
// other than ' ' and the marks it may widen (the ASCII marks among them).
var asciiTouched = func() (t [utf8.RuneSelf]bool) {
	for b := range utf8.RuneSelf {
		t[b] = b != ' ' && unicode.IsSpace(rune(b))
	}
	for r := range fullWidth {
		t[r] = true
	}
	for _, r := range ",;:" {
		t[r] = true // isMark's ASCII marks
	}
	return t
}()

// sameRunes reports whether rs spells s: string(rs) == s. An invalid byte
// of s reads as U+FFFD but is not its encoding, so it never spells it.
func sameRunes(rs []rune, s string) bool {
	i := 0
	for at, r := range s {
		if i == len(rs) || rs[i] != r || r == utf8.RuneError && !strings.HasPrefix(s[at:], "\uFFFD") {
			return false
		}
		i++
	}
	return i == len(rs)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// allSame reports whether every rune of rs is c (::: is a separator, not
// doubled marks).
func allSame(rs []rune, c rune) bool {
	for _, r := range rs {
		if r != c {
			return false
		}
	}
	return true
}

// hanSide reports whether r, on the left (before a mark) or the right, makes
// the mark Chinese punctuation: a Han character or a quote or bracket.
func hanSide(r rune, left bool) bool {
	if isHan(r) {
		return true
	}
	if left {
		return strings.ContainsRune("”’》）」』】", r)
	}
	return strings.ContainsRune("“‘《（「『【", r)
}

// isZeroWidth reports zero-width characters (and the BOM).
func isZeroWidth(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
		return true
	}
	return false
}

// trimLines trims every line and drops empty ones. Text whose lines are all
// trimmed and non-empty, what every step but the first hands on, comes back
// as it is, without a copy.
func trimLines(s string) string {
	if linesTrimmed(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for l := range strings.SplitSeq(s, "\n") {
		l = strings.TrimFunc(l, isTrimmed)
		if l == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l)
	}
	return b.String()
}

// isTrimmed reports the runes trimLines cuts from the ends of a line.
func isTrimmed(r rune) bool { return unicode.IsSpace(r) || isZeroWidth(r) }

// linesTrimmed reports whether trimLines would return s as it is: every
// line non-empty, neither its first nor its last rune one it trims ("" is
// trimmed: trimLines makes "" of it).
func linesTrimmed(s string) bool {
	for rest := s; rest != ""; {
		l := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			l, rest = rest[:i], rest[i+1:]
			if rest == "" {
				return false // a last, empty line
			}
		} else {
			rest = ""
		}
		if l == "" || edgeTrimmed(l) {
			return false
		}
	}
	return true
}

// edgeTrimmed reports whether the first or the last rune of the non-empty
// line l is one trimLines cuts.
func edgeTrimmed(l string) bool {
	if b := l[0]; b < utf8.RuneSelf {
		if asciiSpace[b] {
			return true
		}
	} else if r, _ := utf8.DecodeRuneInString(l); isTrimmed(r) {
		return true
	}
	if b := l[len(l)-1]; b < utf8.RuneSelf {
		return asciiSpace[b]
	}
	r, _ := utf8.DecodeLastRuneInString(l)
	return isTrimmed(r)
}

// asciiSpace marks the ASCII bytes isTrimmed holds.
var asciiSpace = func() (t [utf8.RuneSelf]bool) {
	for b := range utf8.RuneSelf {
		t[b] = isTrimmed(rune(b))
	}
	return t
}()
