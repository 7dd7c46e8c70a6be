package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// StripPinyin removes pinyin readings that content-farm rewriters glue after
// Han characters: 質(zhì)量 → 質量, 日（rì） → 日. Only parentheses right after
// a Han character and holding one to four pinyin syllables, each with a tone
// mark or a tone digit, are removed: (CI), (2022年), (记者 张三) stay. It
// returns the text and the number of readings removed.
func StripPinyin(s string) (string, int) {
	total := 0
	for {
		out, n := stripPinyinOnce(s)
		if n == 0 {
			return out, total
		}
		s, total = out, total+n // removing one reading can expose another
	}
}

func stripPinyinOnce(s string) (string, int) {
	if strings.IndexByte(s, '(') < 0 && !strings.Contains(s, "（") {
		return s, 0
	}
	var b strings.Builder
	n, last := 0, 0
	// after a removal the rune before the next parenthesis is the removed
	// reading's ')': the Han character before the reading counts instead
	carryAt := -1
	next := parenFinder{s: s}
	for i := 0; i < len(s); {
		p, size := next.from(i)
		if p < 0 {
			break
		}
		prevHan := p == carryAt
		if !prevHan {
			r, _ := utf8.DecodeLastRuneInString(s[:p])
			prevHan = isHan(r)
		}
		if prevHan {
			if end := pinyinParen(s, p+size); end > 0 {
				if n == 0 {
					b.Grow(len(s))
				}
				b.WriteString(s[last:p])
				last, i, n, carryAt = end, end, n+1, end
				continue // 質(zhì)(zhì) loses both
			}
		}
		i = p + size
	}
	if n == 0 {
		return s, 0
	}
	b.WriteString(s[last:])
	return b.String(), n
}

// parenFinder finds the opening parentheses, ( and （, of s in order.
type parenFinder struct {
	s           string
	ascii, wide int // next ( and （ at or after the last search start, -1 none, -2 not searched
	init        bool
}

// from returns the offset and size of the first opening parenthesis at or
// after i (i never decreases between calls), or -1.
func (f *parenFinder) from(i int) (int, int) {
	if !f.init {
		f.ascii, f.wide, f.init = -2, -2, true
	}
	if f.ascii == -2 || f.ascii >= 0 && f.ascii < i {
		f.ascii = indexFrom(f.s, "(", i)
	}
	if f.wide == -2 || f.wide >= 0 && f.wide < i {
		f.wide = indexFrom(f.s, "（", i)
	}
	switch {
	case f.ascii < 0 && f.wide < 0:
		return -1, 0
	case f.wide < 0 || f.ascii >= 0 && f.ascii < f.wide:
		return f.ascii, 1
	}
	return f.wide, len("（")
}

// indexFrom is the offset of the first sep in s at or after i, or -1.
func indexFrom(s, sep string, i int) int {
	if j := strings.Index(s[i:], sep); j >= 0 {
		return i + j
	}
	return -1
}

// pinyinParen returns the offset after the closing parenthesis when s[i:]
// holds toned pinyin syllables and a closing parenthesis, else 0.
func pinyinParen(s string, i int) int {
	j := i
	for j < len(s) && j-i <= 40 {
		r, size := utf8.DecodeRuneInString(s[j:])
		if r == ')' || r == '）' {
			if tonedSyllables(s[i:j]) {
				return j + size
			}
			return 0
		}
		j += size
	}
	return 0
}

// tonedSyllables reports whether s is one to four space-separated pinyin
// syllables, each with a tone mark or a trailing tone digit 1–5.
func tonedSyllables(s string) bool {
	fields := strings.Fields(s)
	if len(fields) == 0 || len(fields) > 4 {
		return false
	}
	for _, f := range fields {
		base, toned := stripTone(f)
		if !toned || !isSyllable(base) {
			return false
		}
	}
	return true
}

// toneless maps toned vowels to their bare letter.
var toneless = map[rune]rune{
	'ā': 'a', 'á': 'a', 'ǎ': 'a', 'à': 'a', 'ē': 'e', 'é': 'e', 'ě': 'e', 'è': 'e',
	'ī': 'i', 'í': 'i', 'ǐ': 'i', 'ì': 'i', 'ō': 'o', 'ó': 'o', 'ǒ': 'o', 'ò': 'o',
	'ū': 'u', 'ú': 'u', 'ǔ': 'u', 'ù': 'u', 'ǖ': 'v', 'ǘ': 'v', 'ǚ': 'v', 'ǜ': 'v',
	'ü': 'v', 'ń': 'n', 'ň': 'n', 'ǹ': 'n', 'ḿ': 'm',
}

// stripTone takes a lower-case syllable, removes its tone mark or tone digit and
// reports whether it had one (ü counts as a letter, not a tone).
func stripTone(f string) (string, bool) {
	toned := false
	if c := f[len(f)-1]; c >= '1' && c <= '5' {
		f, toned = f[:len(f)-1], true
	}
	var b strings.Builder
	for _, r := range f {
		if t, ok := toneless[r]; ok {
			toned = toned || r != 'ü'
			r = t
		}
		if unicode.IsUpper(r) {
			return "", false // readings are written in lower case: (A4), (CI) are not
		}
		b.WriteRune(r)
	}
	return b.String(), toned
}

var (
	initials = []string{"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h",
		"j", "q", "x", "r", "z", "c", "s", "y", "w", ""}
	finals = map[string]bool{}
)

func init() {
	for _, f := range strings.Fields(`a o e i u v ai ei ao ou an en ang eng ong er ia ie iao iu
		iou ian in iang ing iong ua uo uai ui uei uan un uen uang ueng ve van vn ue m n ng`) {
		finals[f] = true
	}
}

// isSyllable reports whether s (toneless, lowercase, ü written v) is an
// initial followed by a pinyin final.
func isSyllable(s string) bool {
	for _, in := range initials {
		if strings.HasPrefix(s, in) && finals[s[len(in):]] && len(s) > 0 {
			return true
		}
	}
	return false
}
