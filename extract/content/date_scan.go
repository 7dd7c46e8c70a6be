package content

import (
	"strings"
	"time"
)

// reDate is the date pattern the walker's lines, the labels and the time
// elements are all searched for, most of them without one: running the
// regular expression tried it at every byte. dateMatches finds the same
// matches by hand, at the years only (every match begins with one), and
// TestDateScanAsRegexp and FuzzDateScan compare the two.
//
// The pattern is read as its backtracking engine reads it, leftmost-first:
// every quantifier and optional group in it is followed by something the
// text it gave back could not match (white space before a separator, a
// digit before white space or a separator), or by nothing that can fail,
// so the greedy reading is the match and no choice is ever taken back.

// dateMatches returns the successive leftmost matches of reDate in s, as
// reDate.FindAllStringSubmatchIndex(s, n) does, into out (reused).
func dateMatches(s string, n int, out [][16]int) [][16]int {
	out = out[:0]
	for p := 0; p+4 <= len(s) && len(out) < n; p++ {
		if !isYearAt(s, p) {
			continue
		}
		if m, ok := dateAt(s, p); ok {
			out = append(out, m)
			p = m[1] - 1 // the next search starts where this match ends
		}
	}
	return out
}

// isYearAt reports (19|20)\d{2} at s[p:].
func isYearAt(s string, p int) bool {
	return p+4 <= len(s) && (s[p] == '1' && s[p+1] == '9' || s[p] == '2' && s[p+1] == '0') &&
		isDigit(s[p+2]) && isDigit(s[p+3])
}

// dateAt matches reDate anchored at p, where a year begins: the whole match
// and the seven groups (year, month, day, hour, minute, second, zone) as
// start and end offsets, -1 for a group that took no part.
func dateAt(s string, p int) (m [16]int, ok bool) {
	for i := range m {
		m[i] = -1
	}
	m[2], m[3] = p, p+4
	i := skipRESpace(s, p+4)
	if i = dateSep(s, i, "年"); i < 0 {
		return m, false
	}
	i = skipRESpace(s, i)
	if m[4], m[5] = digits12(s, i); m[4] < 0 {
		return m, false
	}
	i = skipRESpace(s, m[5])
	if i = dateSep(s, i, "月"); i < 0 {
		return m, false
	}
	i = skipRESpace(s, i)
	if m[6], m[7] = digits12(s, i); m[6] < 0 {
		return m, false
	}
	i = m[7]
	if k := skipRESpace(s, i); strings.HasPrefix(s[k:], "日") {
		i = k + len("日")
	}
	m[0], m[1] = p, i
	// The clock time: (?:\s*|T)(\d{1,2})\s*[:：时時点點]\s*(\d{2}), then its
	// optional parts. 'T' is not white space: the first alternative fails at
	// a 'T' before it reaches the hour.
	k := i
	if k < len(s) && s[k] == 'T' {
		k++
	} else {
		k = skipRESpace(s, k)
	}
	h0, h1 := digits12(s, k)
	if h0 < 0 {
		return m, true
	}
	k = skipRESpace(s, h1)
	if k = clockSep(s, k); k < 0 {
		return m, true
	}
	k = skipRESpace(s, k)
	if !digits2(s, k) {
		return m, true
	}
	m[8], m[9], m[10], m[11] = h0, h1, k, k+2
	e := k + 2
	// (?:\s*(?:[:：]|分)\s*(\d{2}))?
	if t := skipRESpace(s, e); t < len(s) {
		u := -1
		switch {
		case s[t] == ':':
			u = t + 1
		case strings.HasPrefix(s[t:], "："):
			u = t + len("：")
		case strings.HasPrefix(s[t:], "分"):
			u = t + len("分")
		}
		if u >= 0 {
			if u = skipRESpace(s, u); digits2(s, u) {
				m[12], m[13] = u, u+2
				e = u + 2
			}
		}
	}
	// (?:\s*[分秒])?
	if t := skipRESpace(s, e); strings.HasPrefix(s[t:], "分") || strings.HasPrefix(s[t:], "秒") {
		e = t + len("分")
	}
	// (?:\.\d+)?
	if e+1 < len(s) && s[e] == '.' && isDigit(s[e+1]) {
		e += 2
		for e < len(s) && isDigit(s[e]) {
			e++
		}
	}
	e = skipRESpace(s, e)
	// (Z|[+-]\d{2}:?\d{2})?
	switch {
	case e < len(s) && s[e] == 'Z':
		m[14], m[15] = e, e+1
		e++
	case e < len(s) && (s[e] == '+' || s[e] == '-') && digits2(s, e+1):
		if e+3 < len(s) && s[e+3] == ':' && digits2(s, e+4) {
			m[14], m[15] = e, e+6
			e += 6
		} else if digits2(s, e+3) {
			m[14], m[15] = e, e+5
			e += 5
		}
	}
	m[1] = e
	return m, true
}

// dateSep matches (?:[-/.]|word) at i: the index after it, or -1.
func dateSep(s string, i int, word string) int {
	if i < len(s) && (s[i] == '-' || s[i] == '/' || s[i] == '.') {
		return i + 1
	}
	if strings.HasPrefix(s[i:], word) {
		return i + len(word)
	}
	return -1
}

// clockSep matches [:：时時点點] at i: the index after it, or -1.
func clockSep(s string, i int) int {
	if i < len(s) && s[i] == ':' {
		return i + 1
	}
	for _, w := range [...]string{"：", "时", "時", "点", "點"} {
		if strings.HasPrefix(s[i:], w) {
			return i + len(w)
		}
	}
	return -1
}

// digits12 matches \d{1,2} greedily at i: its start and end, or -1, -1.
func digits12(s string, i int) (int, int) {
	if i >= len(s) || !isDigit(s[i]) {
		return -1, -1
	}
	if i+1 < len(s) && isDigit(s[i+1]) {
		return i, i + 2
	}
	return i, i + 1
}

// digits2 reports \d{2} at i.
func digits2(s string, i int) bool {
	return i+1 < len(s) && isDigit(s[i]) && isDigit(s[i+1])
}

// mayHoldDMY reports whether s holds '.' and a year, 19 or 20 and two more
// ASCII digits: every match of reDateDMY does.
func mayHoldDMY(s string) bool {
	for i := strings.IndexByte(s, '.'); i >= 0; {
		if isYearAt(s, i+1) {
			return true
		}
		j := strings.IndexByte(s[i+1:], '.')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// atoiDigits is strconv.Atoi for the ASCII digits the date patterns
// capture (four at most), 0 for none as Atoi's error gives, without
// allocating that error.
func atoiDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// isoDay is fmt.Sprintf("%04d-%02d-%02d", y, mo, d) for a valid date of
// the years buildDate admits.
func isoDay(y, mo, d int) string {
	var b [10]byte
	return string(appendDay(b[:0], y, mo, d))
}

func appendDay(b []byte, y, mo, d int) []byte {
	b = append(b, byte('0'+y/1000%10), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-')
	b = append2(b, mo)
	b = append(b, '-')
	return append2(b, d)
}

// append2 appends n (0 to 99) in two digits.
func append2(b []byte, n int) []byte { return append(b, byte('0'+n/10), byte('0'+n%10)) }

// isoCST is t.Format("2006-01-02T15:04:05-07:00") for a time in cst (any
// year of four digits).
func isoCST(t time.Time) string {
	y, mo, d := t.Date()
	h, mi, sec := t.Clock()
	var b [25]byte
	out := appendDay(b[:0], y, int(mo), d)
	out = append(out, 'T')
	out = append2(out, h)
	out = append(out, ':')
	out = append2(out, mi)
	out = append(out, ':')
	out = append2(out, sec)
	return string(append(out, "+08:00"...))
}
