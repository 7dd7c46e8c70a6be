package normalize

import (
	"strings"
	"unicode/utf8"
)

// runeSet is a bitset over the runes below U+10000 (8 KiB): membership is
// one load and a mask, where strings.ContainsRune with a set of CJK runes
// decodes the whole set.
type runeSet [1 << 16 / 64]uint64

func (rs *runeSet) add(r rune) {
	if r >= 0 && r < 1<<16 {
		rs[r/64] |= 1 << (r % 64)
	}
}

// has reports whether r, a rune below U+10000, is in the set; runes above
// are never in it.
func (rs *runeSet) has(r rune) bool {
	u := uint32(r) // a negative rune is above U+10000 too
	return u < 1<<16 && rs[u>>6]&(1<<(u&63)) != 0
}

// runeSetOf returns the set of the runes of chars.
func runeSetOf(chars string) *runeSet {
	var rs runeSet
	for _, r := range chars {
		rs.add(r)
	}
	return &rs
}

// DecodeRuneAt is utf8.DecodeRuneInString(s[i:]) with the three-byte runes
// that need no range check (lead bytes E1–EC, EE–EF: U+1000–CFFF and
// U+E000–FFFF, Han text among them) decoded inline: the one such decoder
// of cleaning, content extraction and place resolution.
func DecodeRuneAt(s string, i int) (rune, int) {
	if b := s[i]; b >= 0xE1 && b <= 0xEF && b != 0xED && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		return rune(b&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

// cjkAt reports whether s[i:] begins with a rune of U+4E00–9FFF, the CJK
// ideographs most Han text is made of, by the shape of its three bytes
// (lead E5–E9, or E4 with a second byte from B8: no range check needed).
func cjkAt(s string, i int) bool {
	_, ok := HanAt(s, i)
	return ok
}

// HanAt returns the rune at s[i] when it is a CJK ideograph of
// U+4E00–U+9FFF, the shortcut of a walk over Han text, inlined where
// utf8.DecodeRuneInString is a call; false for any other bytes there.
func HanAt(s string, i int) (rune, bool) {
	if i+2 >= len(s) {
		return 0, false
	}
	// the three bytes as one number: E4 B8 80 to E9 BF BF, both later
	// bytes continuation bytes
	v := uint32(s[i])<<16 | uint32(s[i+1])<<8 | uint32(s[i+2])
	return rune(v>>4&0xF000 | v>>2&0xFC0 | v&0x3F), v-0xE4B880 <= 0xE9BFBF-0xE4B880 && v&0xC0C0 == 0x8080
}

// capRunes is min(utf8.RuneCountInString(s), max), without counting a
// string too long to be shorter: a rune takes four bytes at most.
func capRunes(s string, max int) int {
	if len(s) >= 4*max {
		return max
	}
	return min(utf8.RuneCountInString(s), max)
}

// wordSet tells which groups of fixed words a string holds, in one walk
// over it, with the result of strings.Contains for every word: a word
// (valid UTF-8) can only begin where a rune begins, so the walk visits the
// rune starts only and looks a word up when the rune there begins one (a
// bitset test). Groups are bits of a mask; a fold word matches in any
// ASCII case (as regexp's (?i:copyright) does: such words are ASCII).
type wordSet struct {
	first   runeSet
	byFirst map[rune][]setWord
	table   []firstWords // byFirst by open addressing: a probe, where a map lookup hashes generically
	shift   uint32
	slow    []setWord // words not led by a rune below U+10000: strings.Contains
	empty   uint64    // groups holding the empty word
}

type setWord struct {
	w     string
	group uint64
	fold  bool
}

func newWordSet() *wordSet {
	ws := &wordSet{byFirst: map[rune][]setWord{}}
	ws.index()
	return ws
}

// words adds words to group (a bit).
func (ws *wordSet) words(group uint64, words ...string) *wordSet {
	for _, w := range words {
		ws.addWord(setWord{w: w, group: group})
	}
	return ws
}

// foldASCII adds ASCII words matched regardless of case to group.
func (ws *wordSet) foldASCII(group uint64, words ...string) *wordSet {
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			if w[i] >= utf8.RuneSelf {
				panic("normalize: fold word not ASCII: " + w)
			}
		}
		ws.addWord(setWord{w: w, group: group, fold: true})
	}
	return ws
}

func (ws *wordSet) addWord(sw setWord) {
	if sw.w == "" {
		ws.empty |= sw.group
		return
	}
	r, size := utf8.DecodeRuneInString(sw.w)
	if r == utf8.RuneError && size < 3 || r >= 1<<16 {
		ws.slow = append(ws.slow, sw)
		return
	}
	keys := []rune{r}
	if sw.fold && lowerASCII(byte(r)) != byte(r) {
		keys = append(keys, rune(lowerASCII(byte(r))))
	} else if sw.fold && 'a' <= r && r <= 'z' {
		keys = append(keys, r-'a'+'A')
	}
	for _, k := range keys {
		ws.first.add(k)
		ws.byFirst[k] = append(ws.byFirst[k], sw)
	}
	ws.index()
}

// firstWords is an entry of wordSet.table: the words led by rune r.
type firstWords struct {
	r     rune
	words []setWord
}

// index rebuilds table from byFirst: a power of two of at least twice as
// many entries, each key at its hash or after it.
func (ws *wordSet) index() {
	size, shift := 4, uint32(30)
	for size < 2*len(ws.byFirst) {
		size, shift = size*2, shift-1
	}
	ws.table, ws.shift = make([]firstWords, size), shift
	for r, words := range ws.byFirst {
		h := ws.slot(r)
		for ws.table[h].words != nil {
			h = (h + 1) & uint32(size-1)
		}
		ws.table[h] = firstWords{r, words}
	}
}

func (ws *wordSet) slot(r rune) uint32 { return uint32(r) * 0x9E3779B1 >> ws.shift }

// lookup is byFirst[r].
func (ws *wordSet) lookup(r rune) []setWord {
	mask := uint32(len(ws.table) - 1)
	for h := ws.slot(r); ; h = (h + 1) & mask {
		if e := &ws.table[h]; e.r == r || e.words == nil {
			return e.words
		}
	}
}

// scan returns the groups whose words s holds.
func (ws *wordSet) scan(s string) uint64 { return ws.find(s, 0) }

// has reports whether s holds a word of one of the groups.
func (ws *wordSet) has(s string, groups uint64) bool { return ws.find(s, groups)&groups != 0 }

// find returns the groups whose words s holds; when stop is not zero it
// may return early, as soon as it has found one of the groups of stop.
func (ws *wordSet) find(s string, stop uint64) uint64 {
	found := ws.empty
	for _, sw := range ws.slow {
		if found&sw.group == 0 && sw.has(s) {
			found |= sw.group
		}
	}
	for i := 0; i < len(s); {
		if found&stop != 0 {
			return found
		}
		// the rune at i, decoded by shape only: the bytes skipped after it
		// are continuation bytes, where no word begins
		b := s[i]
		var r rune
		size := 1
		switch {
		case b < utf8.RuneSelf:
			r = rune(b)
		case b < 0xC0 || b >= 0xF0:
			i++ // no word of the bitset begins here
			continue
		case b < 0xE0:
			if i+1 >= len(s) || s[i+1]&0xC0 != 0x80 {
				i++
				continue
			}
			r, size = rune(b&0x1F)<<6|rune(s[i+1]&0x3F), 2
		default:
			if i+2 >= len(s) || s[i+1]&0xC0 != 0x80 || s[i+2]&0xC0 != 0x80 {
				i++
				continue
			}
			r, size = rune(b&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F), 3
		}
		if ws.first.has(r) {
			for _, sw := range ws.lookup(r) {
				if found&sw.group == 0 && sw.prefixOf(s[i:]) {
					found |= sw.group
				}
			}
		}
		i += size
	}
	return found
}

// scanCount is scan(s) and capRunes(s, max) in one walk, the runes read as
// utf8.DecodeRuneInString reads them; it stops at max runes, and the groups
// are complete only when the count is below max. A word begins where a
// rune does, at a byte no rune before it holds, so the walk finds the
// words find finds.
func (ws *wordSet) scanCount(s string, max int) (found uint64, n int) {
	if len(s) >= 4*max {
		return 0, max // as capRunes: at least max runes
	}
	found = ws.empty
	for _, sw := range ws.slow {
		if found&sw.group == 0 && sw.has(s) {
			found |= sw.group
		}
	}
	for i := 0; i < len(s) && n < max; n++ {
		var r rune
		size := 1
		switch b := s[i]; {
		case b < utf8.RuneSelf:
			r = rune(b)
		case cjkAt(s, i):
			r, size = rune(b&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F), 3
		default:
			if r, size = utf8.DecodeRuneInString(s[i:]); r == utf8.RuneError && size == 1 || r >= 1<<16 {
				i += size // no word of the bitset begins here
				continue
			}
		}
		if ws.first.has(r) {
			for _, sw := range ws.lookup(r) {
				if found&sw.group == 0 && sw.prefixOf(s[i:]) {
					found |= sw.group
				}
			}
		}
		i += size
	}
	return found, n
}

// wordsAt adds to found the groups of the words led by r, the rune at
// s[at:], that begin there: the lookup scan and scanCount make at a rune.
func (ws *wordSet) wordsAt(s string, at int, r rune, found uint64) uint64 {
	for _, sw := range ws.lookup(r) {
		if found&sw.group == 0 && sw.prefixOf(s[at:]) {
			found |= sw.group
		}
	}
	return found
}

func (sw setWord) prefixOf(s string) bool {
	if !sw.fold {
		return strings.HasPrefix(s, sw.w)
	}
	if len(s) < len(sw.w) {
		return false
	}
	for j := 0; j < len(sw.w); j++ {
		if lowerASCII(s[j]) != lowerASCII(sw.w[j]) {
			return false
		}
	}
	return true
}

func (sw setWord) has(s string) bool {
	if !sw.fold {
		return strings.Contains(s, sw.w)
	}
	return containsFoldASCII(s, sw.w)
}

// containsFoldASCII reports whether s contains the ASCII word w in any case
// (regexp's (?i) folds the letters of such words to their ASCII pair only).
func containsFoldASCII(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		j := 0
		for j < len(w) && lowerASCII(s[i+j]) == lowerASCII(w[j]) {
			j++
		}
		if j == len(w) {
			return true
		}
	}
	return false
}

func lowerASCII(b byte) byte {
	if b >= 'A' && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}
