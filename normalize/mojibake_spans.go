package normalize

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// garbleRuns are strings that only mojibake produces.
var garbleRuns = [][]rune{[]rune("锟斤拷"), []rune("烫烫"), []rune("屯屯")}

// maybeMojibake is a cheap pre-check: a rune of the line may seed or
// extend a broken span.
func maybeMojibake(l string) bool {
	seeds := mojibakeSeeds()
	for i := 0; i < len(l); {
		if b := l[i]; b < utf8.RuneSelf {
			if b == '?' {
				return true
			}
			i++
			continue
		}
		if r, ok := HanAt(l, i); ok {
			if seeds.has(r) {
				return true
			}
			i += 3
			continue
		}
		r, size := DecodeRuneAt(l, i)
		if r < 1<<16 && seeds.has(r) || r >= 1<<16 && mojibakeSeed(r) {
			return true
		}
		i += size
	}
	return false
}

// mojibakeSeed is what maybeMojibake looks for in a rune.
func mojibakeSeed(r rune) bool {
	return r == '?' || broken(r) || r == '锟' || r == '烫' || r == '屯' || foreignLetter(r) || rareHan(r)
}

var (
	mojibakeOnce sync.Once
	mojibakeSet  *runeSet
)

// mojibakeSeeds returns the runes below U+10000 mojibakeSeed reports, built once.
func mojibakeSeeds() *runeSet {
	mojibakeOnce.Do(func() {
		var rs runeSet
		for r := rune(0); r < 1<<16; r++ {
			if mojibakeSeed(r) {
				rs.add(r)
			}
		}
		mojibakeSet = &rs
	})
	return mojibakeSet
}

// foreignLetter reports letters that, glued to Han characters, betray a
// wrong decoding: Latin-1 and Latin Extended, Greek, Cyrillic, kana, Hangul.
func foreignLetter(r rune) bool {
	switch {
	case r >= 0xC0 && r <= 0x24F && r != 0xD7 && r != 0xF7:
		return true
	case r >= 0x370 && r <= 0x4FF, r >= 0x3040 && r <= 0x30FF && r != 0x30FB, r >= 0xAC00 && r <= 0xD7A3:
		return true
	}
	return false
}

// garbleAt returns the length of a garble run starting at rs[i], or 0.
func garbleAt(rs []rune, i int) int {
	if i >= len(rs) || rs[i] != '锟' && rs[i] != '烫' && rs[i] != '屯' {
		return 0
	}
	for _, g := range garbleRuns {
		n := 0
		for i+n+len(g) <= len(rs) && runesEqual(rs[i+n:i+n+len(g)], g) {
			n += len(g)
		}
		if n > 0 {
			return n
		}
	}
	return 0
}

func runesEqual(a, b []rune) bool {
	for k := range b {
		if a[k] != b[k] {
			return false
		}
	}
	return true
}

// junkMask marks the runes a broken span extends over: ?, |, U+FFFD,
// foreign letters, rare Han characters, garble runs, a lone ASCII letter or
// a letter run touching a foreign letter or a parenthesis (pinyin debris
// such as xì) or shù)), and ! ( ) next to other debris.
func junkMask(rs []rune) []bool {
	m := make([]bool, len(rs))
	for i, r := range rs {
		m[i] = m[i] || r == '?' || r == '|' || broken(r) || foreignLetter(r) || rareHan(r)
		if g := garbleAt(rs, i); g > 0 {
			for k := i; k < i+g; k++ {
				m[k] = true
			}
		}
	}
	for i := 0; i < len(rs); {
		if !isASCIILetter(rs[i]) {
			i++
			continue
		}
		j := i
		for j < len(rs) && isASCIILetter(rs[j]) {
			j++
		}
		debris := j-i == 1 || i > 0 && foreignLetter(rs[i-1]) ||
			j < len(rs) && (foreignLetter(rs[j]) || rs[j] == ')')
		for k := i; k < j; k++ {
			m[k] = debris
		}
		i = j
	}
	for i, r := range rs {
		if (r == '!' || r == ')' || r == '(') && (i > 0 && m[i-1] || i+1 < len(rs) && m[i+1]) {
			m[i] = true
		}
	}
	return m
}

// broken reports U+FFFD and private-use characters, which GBK decoders
// produce for bytes out of step.
func broken(r rune) bool { return r == '\uFFFD' || r >= 0xE000 && r <= 0xF8FF }

func isASCIILetter(r rune) bool { return r < 0x80 && unicode.IsLetter(r) }

func isHan(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x2E80 && unicode.Is(unicode.Han, r) // the common block first; none below U+2E80
}

// span is a broken stretch of a line, [a, b) in runes.
type span struct{ a, b int }

// bridge is how many clean Han characters a broken span may swallow to
// reach more debris (?!睹字乒s: the decoding went out of step in between).
const bridge = 3

// findSpans returns the broken spans of a line.
func findSpans(rs []rune) []span {
	m := junkMask(rs)
	foreign := foreignLine(rs)
	kana := kanaCount(rs) > 0 // Japanese text uses characters outside GB 2312
	var out []span
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		g := garbleAt(rs, i)
		seed := g > 0 || broken(r) ||
			r == '?' && i > 0 && i+1 < len(rs) && (isHan(rs[i+1]) || m[i+1]) && (isHan(rs[i-1]) || m[i-1]) ||
			!foreign && foreignSeed(rs, i) || !kana && rareDense(rs, i)
		if !seed {
			continue
		}
		a, b := i, i+1
		for a > 0 && m[a-1] {
			a--
		}
		for {
			for b < len(rs) && m[b] {
				b++
			}
			k := b
			for k < len(rs) && k-b < bridge && isHan(rs[k]) && !m[k] {
				k++
			}
			if k == b || k >= len(rs) || !m[k] || rs[k] == '?' && k+1 >= len(rs) {
				break
			}
			b = k
		}
		if g == 0 && r == '?' && !brokenQuestion(rs[a:b]) {
			continue
		}
		out = append(out, span{a, b})
		i = b - 1
	}
	return out
}

// brokenQuestion reports whether a span seeded by an ASCII ? is mojibake
// rather than a question mark: it holds a rare character, a bar, a letter
// or several question marks.
func brokenQuestion(sp []rune) bool {
	q := 0
	for _, r := range sp {
		switch {
		case r == '?':
			q++
		case r == '|', broken(r), rareHan(r), foreignLetter(r), isASCIILetter(r):
			return true
		}
	}
	return q >= 2
}

// rareDense reports a rare character starting a stretch where rare
// characters crowd (three of six runes): UTF-8 read as GBK (涓浗鐨勬枃).
func rareDense(rs []rune, i int) bool {
	if !rareHan(rs[i]) || i > 0 && rareHan(rs[i-1]) {
		return false
	}
	n := 0
	for k := i; k < len(rs) && k < i+6; k++ {
		if rareHan(rs[k]) {
			n++
		}
	}
	return n >= 3
}

// foreignSeed reports whether the run of foreign letters starting at rs[i]
// is debris rather than text: Cyrillic between Han characters; two or more
// Greek letters between Han characters (a lone γ in γ射线 is text); at most
// two kana between Han characters in a line with few kana (Japanese text
// has many), not a particle (日本の絵巻); Latin-1 letters touching a Han
// character but no ASCII letter.
func foreignSeed(rs []rune, i int) bool {
	if !foreignLetter(rs[i]) || i > 0 && foreignLetter(rs[i-1]) {
		return false
	}
	j := i
	for j < len(rs) && foreignLetter(rs[j]) {
		j++
	}
	left, right := i > 0 && isHan(rs[i-1]), j < len(rs) && isHan(rs[j])
	r := rs[i]
	switch {
	case r >= 0x400 && r <= 0x4FF:
		return left && right
	case r >= 0x370 && r <= 0x3FF:
		return left && right && j-i >= 2
	case r >= 0x3040 && r <= 0x30FF:
		return left && right && j-i <= 2 && kanaCount(rs) <= 3 && !strings.ContainsRune("のはがをにでともへやなた", r)
	case r >= 0xAC00:
		return left && right
	}
	asciiNext := i > 0 && isASCIILetter(rs[i-1]) || j < len(rs) && isASCIILetter(rs[j])
	return (left || right) && !asciiNext
}

func kanaCount(rs []rune) int {
	n := 0
	for _, c := range rs {
		if c >= 0x3040 && c <= 0x30FF && c != 0x30FB {
			n++
		}
	}
	return n
}

// foreignLine reports a line written mostly in a foreign script (Japanese,
// Russian…), where such letters are text, not mojibake.
func foreignLine(rs []rune) bool {
	han, foreign := 0, 0
	for _, r := range rs {
		if isHan(r) {
			han++
		} else if foreignLetter(r) {
			foreign++
		}
	}
	return foreign >= han
}
