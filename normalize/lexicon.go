package normalize

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
)

//go:embed data/spam.txt
var spamData string

// term kinds of the spam lexicon (see data/spam.txt).
const (
	kindBrand = iota
	kindStem
	kindStrong
	kindWeak
	kindSuffix
	kindTail
)

var kindNames = map[string]int{"brand": kindBrand, "stem": kindStem, "strong": kindStrong, "weak": kindWeak, "suffix": kindSuffix, "tail": kindTail}

// term is one lexicon entry, in runes, lower-cased.
type term struct {
	rs   []rune
	kind int
}

// lexicon indexes terms by first rune, longest first.
type lexicon struct {
	byFirst map[rune][]term
	first   [1 << 16 / 64]uint64 // bit r set when a term of byFirst begins with rune r < U+10000
	// pairs has a bit for the first two runes of every term of byFirst
	// (hashed), single holds the first runes of one-rune terms: together a
	// test that no term begins at a position, sparing the map lookup.
	pairs    [1 << 16 / 64]uint64
	single   runeSet
	suffixes map[rune][]term
	tails    map[rune][]term // suffix and tail words, see injectedEnd
}

var (
	lexOnce sync.Once
	lexInst *lexicon
	lexErr  error
)

// defaultLexicon parses the embedded lexicon once.
func defaultLexicon() (*lexicon, error) {
	lexOnce.Do(func() { lexInst, lexErr = parseLexicon(spamData) })
	return lexInst, lexErr
}

// parseLexicon reads the sectioned term list.
func parseLexicon(data string) (*lexicon, error) {
	lx := &lexicon{byFirst: map[rune][]term{}, suffixes: map[rune][]term{}, tails: map[rune][]term{}}
	kind := -1
	for i, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			k, ok := kindNames[line[1:len(line)-1]]
			if !ok {
				return nil, fmt.Errorf("normalize: spam lexicon line %d: unknown section %s", i+1, line)
			}
			kind = k
			continue
		}
		if kind < 0 {
			return nil, fmt.Errorf("normalize: spam lexicon line %d: term before any section", i+1)
		}
		t := term{rs: []rune(strings.ToLower(line)), kind: kind}
		switch kind {
		case kindSuffix:
			lx.suffixes[t.rs[0]] = append(lx.suffixes[t.rs[0]], t)
			lx.tails[t.rs[0]] = append(lx.tails[t.rs[0]], t)
		case kindTail:
			lx.tails[t.rs[0]] = append(lx.tails[t.rs[0]], t)
		default:
			lx.byFirst[t.rs[0]] = append(lx.byFirst[t.rs[0]], t)
		}
	}
	for r, ts := range lx.byFirst {
		if r < 1<<16 {
			lx.first[r/64] |= 1 << (r % 64)
		}
		for _, t := range ts {
			if len(t.rs) == 1 {
				lx.single.add(r)
			} else {
				h := pairHash(t.rs[0], t.rs[1])
				lx.pairs[h/64] |= 1 << (h % 64)
			}
		}
	}
	for _, m := range []map[rune][]term{lx.byFirst, lx.suffixes, lx.tails} {
		for r, ts := range m {
			sort.SliceStable(ts, func(i, j int) bool { return len(ts[i].rs) > len(ts[j].rs) })
			m[r] = ts
		}
	}
	return lx, nil
}

// mayBegin reports whether a term of byFirst may begin with r: false means
// none does, sparing the map lookup.
func (lx *lexicon) mayBegin(r rune) bool {
	u := uint32(r) // a negative rune is above U+10000 too
	return u >= 1<<16 || lx.first[u>>6]&(1<<(u&63)) != 0
}

// pairHash folds two runes into 16 bits.
func pairHash(a, b rune) uint32 { return (uint32(a)*0x9E3779B1 ^ uint32(b)*0x85EBCA77) >> 16 }

// mayBeginAt reports whether a term of byFirst may begin at lower[i]: false
// means none does (no term has the rune there and the next as its first
// two, nor is the rune alone a term), sparing the map lookup.
func (lx *lexicon) mayBeginAt(lower []rune, i int) bool {
	r := lower[i]
	if !lx.mayBegin(r) {
		return false
	}
	if r >= 1<<16 || lx.single.has(r) || i+1 == len(lower) {
		return true
	}
	h := pairHash(r, lower[i+1])
	return lx.pairs[h/64]&(1<<(h%64)) != 0
}

// mayHit reports whether hits may find something in l: false when no term
// of byFirst spells the runes of l (lower-cased as hits does) at any
// position, which hits needs for a hit (matchAt). One walk over the
// string, without its runes or their lower case in memory: where
// mayBeginAt holds, termAt reads the terms there.
func (lx *lexicon) mayHit(l string) bool {
	caseless := caselessRunes()
	var prev rune
	prevAt := -1 // the byte offset of prev
	for i := 0; i < len(l); {
		at := i
		r, ok := HanAt(l, i) // a CJK ideograph has no case
		if ok {
			i += 3
		} else {
			var size int
			r, size = DecodeRuneAt(l, i)
			i += size
			if r >= 1<<16 || !caseless.has(r) {
				r = lowerRune(r)
			}
		}
		if prevAt >= 0 && lx.mayBegin(prev) && lx.pairMay(prev, r) && lx.termAt(l, prevAt, prev) {
			return true
		}
		prev, prevAt = r, at
	}
	// the last rune: mayBeginAt asks no pair of it
	return prevAt >= 0 && lx.mayBegin(prev) && lx.termAt(l, prevAt, prev)
}

// termAt reports whether a term of byFirst spells l from byte offset at,
// whose rune lower-cased is first: matchAt without the word boundaries.
func (lx *lexicon) termAt(l string, at int, first rune) bool {
	_, size := DecodeRuneAt(l, at)
	at += size
	caseless := caselessRunes()
next:
	for _, t := range lx.byFirst[first] {
		i := at
		for _, want := range t.rs[1:] {
			if i == len(l) {
				continue next
			}
			r, size := DecodeRuneAt(l, i)
			i += size
			if r >= 1<<16 || !caseless.has(r) {
				r = lowerRune(r)
			}
			if r != want {
				continue next
			}
		}
		return true
	}
	return false
}

// pairMay is mayBeginAt's test past the first rune a, for the rune b after it.
func (lx *lexicon) pairMay(a, b rune) bool {
	if a >= 1<<16 || lx.single.has(a) {
		return true
	}
	h := pairHash(a, b)
	return lx.pairs[h/64]&(1<<(h%64)) != 0
}

// hit is a lexicon match in a line, [a, b) in runes.
type hit struct {
	a, b int
	kind int
}

// matchAt returns the longest term matching lower[i:], honouring ASCII word
// boundaries, or ok false.
func matchAt(m map[rune][]term, lower []rune, i int) (term, bool) {
	for _, t := range m[lower[i]] {
		if i+len(t.rs) > len(lower) || !runesEqual(lower[i:i+len(t.rs)], t.rs) {
			continue
		}
		if asciiWord(t.rs[0]) && i > 0 && asciiWord(lower[i-1]) ||
			asciiWord(t.rs[len(t.rs)-1]) && i+len(t.rs) < len(lower) && asciiWord(lower[i+len(t.rs)]) {
			continue
		}
		return t, true
	}
	return term{}, false
}

func asciiWord(r rune) bool { return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

// hits finds the lexicon terms of a line, leftmost-longest, brands and stems
// extended over the suffix words that follow them. A stem counts only when
// a suffix follows and the match does not run on into a Han word (江南体育馆)
// other than a tail (南宫娱乐主页).
// A brand or stem hit then runs on over the injected run it heads (see
// injectedEnd).
func (lx *lexicon) hits(rs []rune) []hit {
	lower := lowerRunes(rs)
	var out []hit
	for i := 0; i < len(lower); {
		if !lx.mayBegin(lower[i]) || !lx.mayBeginAt(lower, i) {
			i++
			continue
		}
		t, ok := matchAt(lx.byFirst, lower, i)
		if !ok {
			i++
			continue
		}
		end := i + len(t.rs)
		if t.kind == kindBrand || t.kind == kindStem {
			ext := lx.extend(lower, end)
			run := lx.injectedEnd(lower, ext)
			if t.kind == kindStem && (ext == end || run == ext && ext < len(lower) && isHan(lower[ext])) {
				i++
				continue
			}
			end = run
		}
		out = append(out, hit{i, end, t.kind})
		i = end
	}
	return out
}

// lowerRunes returns rs in lower case: rs itself when no rune has a lower
// case (most lines: Han text and lower-case ASCII), else a copy.
func lowerRunes(rs []rune) []rune {
	caseless := caselessRunes()
	for i, r := range rs {
		if r < 1<<16 && caseless.has(r) || r >= 1<<16 && lowerRune(r) == r {
			continue
		}
		lower := make([]rune, len(rs))
		copy(lower, rs[:i])
		for k := i; k < len(rs); k++ {
			lower[k] = lowerRune(rs[k])
		}
		return lower
	}
	return rs
}

var (
	caselessOnce sync.Once
	caselessSet  *runeSet
)

// caselessRunes returns the runes below U+10000 lowerRune keeps, built once.
func caselessRunes() *runeSet {
	caselessOnce.Do(func() {
		var rs runeSet
		for r := rune(0); r < 1<<16; r++ {
			if lowerRune(r) == r {
				rs.add(r)
			}
		}
		caselessSet = &rs
	})
	return caselessSet
}

func lowerRune(r rune) rune {
	switch {
	case r >= 0x4E00 && r <= 0x9FFF: // CJK ideographs have no case
		return r
	case r < 0x80:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return unicode.ToLower(r)
}

// extend returns the end of the suffix words following position i.
func (lx *lexicon) extend(lower []rune, i int) int {
	for i < len(lower) {
		j := i
		for j < len(lower) && lower[j] == ' ' {
			j++
		}
		if j == len(lower) {
			break
		}
		t, ok := matchAt(lx.suffixes, lower, j)
		if !ok {
			break
		}
		i = j + len(t.rs)
	}
	return i
}
