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
	if !strings.ContainsAny(s, "(（") {
		return s, 0
	}
	var b strings.Builder
	n, last, prevHan := 0, 0, false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == '(' || r == '（') && prevHan {
			if end := pinyinParen(s, i+size); end > 0 {
				if n == 0 {
					b.Grow(len(s))
				}
				b.WriteString(s[last:i])
				last, i, n = end, end, n+1
				continue // prevHan stays: 質(zhì)(zhì) loses both
			}
		}
		prevHan = isHan(r)
		i += size
	}
	if n == 0 {
		return s, 0
	}
	b.WriteString(s[last:])
	return b.String(), n
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
