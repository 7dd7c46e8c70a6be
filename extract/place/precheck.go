package place

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ccorpus/ccorpus/extract/gazetteer"
)

// precheck tells, before a sentence is cut into words, whether the scan can
// find anything in it: a place name, a self reference, a national body or
// 全国 (the words of the scan, each at least two runes long), or a body
// abbreviated by a level character (a level character and, at most reach
// runes after it, the end of a body word or suffix, written after the level
// character: see tailAt). Only a sentence that holds one of those words, or
// such a level character and body end, is cut: about one in eight. The check needs the segmenter's words to be the
// lower-cased text cut in pieces (as segment.Dict's are) and every rune it
// looks for to have no case, so that the original text holds them where the
// lower-cased does.
type precheck struct {
	// class holds the runes of single, level, ends and sentenceMarks with their flags,
	// by open addressing: a text rune costs one or two probes of one
	// table of 512 bytes instead of a bit of an 8 KB bitmap.
	class [classSlots]uint32
	// classBits is a hashed bit of each rune of class (one cache line),
	// asked first: most runes are in none of the four sets.
	classBits [1 << classBitsLog / 64]uint64
	// pairs is a filter of the words' first two runes laid out for few
	// cache lines per page: a line (64 bytes) for each hash of the first
	// rune, a hashed bit in it for the second, 16 KB in all, so a text
	// touches a line per distinct rune of it (a bit per hashed pair in
	// 128 KB took a line per distinct pair, 174 lines a page of the older
	// pages; this takes about 95). A set bit may be a collision (about one
	// rune in 40): wordAt settles it.
	pairs  [1 << pairLineBits][8]uint64
	words  []string         // the words of two runes or more
	next   []int32          // for each of words, the next with the same first two runes, or -1
	head   map[uint64]int32 // by pairKey of their first two runes, the first of those words
	single *startSet        // words of one rune (none in the embedded tables)
	level  *startSet        // first runes of the level characters
	ends   *startSet        // last runes of body words and suffixes
	reach  int              // how many runes after a level character's first a body may end
	// tails are, by their last rune, the body words and suffixes of that
	// rune when none is the rune alone (会: 委员会, 协会, …; not 局), with
	// their lengths in runes: those runes are isTail, the others of ends
	// isEnd. nil when reach is levelRing or more (every end is then isEnd).
	tails map[rune][]tail
}

// tail is a body word or suffix and its length in runes.
type tail struct {
	word  string
	runes int
}

// levelRing is how many of a sentence's last level characters may and
// appendPassing keep: more than reach, so that they keep every one within
// reach of a rune.
const levelRing = 16

const (
	pairLineBits = 8 // the lines of pairs
	classSlots   = 128
	// the flags of a class entry
	isSingle = 1
	isLevel  = 2
	isEnd    = 4
	isMark   = 8  // a mark that ends a sentence (see appendSentences)
	isTail   = 16 // the last rune of the tails (see precheck.tails)
	// classFlags is the low bits of a class entry that hold its flags
	classFlags = 31
)

// sentenceMarks are the runes after which appendSentences ends a sentence.
const sentenceMarks = "。！？；!?;"

func pairKey(a, b rune) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

// firstMix is the hash of a first rune: its top pairLineBits bits are its
// line of pairs.
func firstMix(a rune) uint32 { return uint32(a) * 0x9E3779B1 }

// pairBit is the bit of a first rune's pairs line for a second rune, from
// the first's firstMix.
func pairBit(mix uint32, b rune) uint32 { return (uint32(b)*0x85EBCA6B ^ mix) >> (32 - 9) }

// mayPair reports whether a word may begin with runes a and b.
func (p *precheck) mayPair(a, b rune) bool {
	mix := firstMix(a)
	h := pairBit(mix, b)
	return p.pairs[mix>>(32-pairLineBits)][h/64]&(1<<(h%64)) != 0
}

func classHash(r rune) uint32 { return uint32(r) * 0x9E3779B1 >> (32 - 7) }

// classBit is the bit of classBits for r.
func classBit(r rune) uint32 { return uint32(r) % (1 << classBitsLog) }

// classBitsLog is the log2 of the bits of classBits.
const classBitsLog = 11

// addClass adds the flag f to r's entry of class.
func (p *precheck) addClass(r rune, f uint32) {
	key := uint32(r+1) << 5
	h := classBit(r)
	p.classBits[h/64] |= 1 << (h % 64)
	for i := classHash(r); ; i = (i + 1) % classSlots {
		if p.class[i] == 0 || p.class[i]&^classFlags == key {
			p.class[i] |= key | f
			return
		}
	}
}

// classOf returns the flags of r (0: none of single, level, ends and marks).
// A rune of ends is isEnd or isTail.
func (p *precheck) classOf(r rune) uint32 {
	key := uint32(r+1) << 5
	for i := classHash(r); ; i = (i + 1) % classSlots {
		e := p.class[i]
		if e&^classFlags == key {
			return e & classFlags
		}
		if e == 0 {
			return 0
		}
	}
}

// newPrecheck returns the precheck of the scan over gz, or nil when a word
// has a rune with case (the check would have to lower-case the text), or a
// space or sentence mark (appendPassing could not check a line's sentences
// in one walk).
func newPrecheck(gz *gazetteer.Gazetteer) *precheck {
	p := &precheck{}
	var single, level, ends []string
	caseless := func(r rune) bool {
		// CJK ideographs have no case (TestCaselessIdeographs): most runes
		// are answered without SimpleFold's search. No rune looked for
		// may be a space or a mark either.
		if r >= 0x3400 && r <= 0x9FFF {
			return true
		}
		return r != utf8.RuneError && unicode.SimpleFold(r) == r && !unicode.IsSpace(r) && !strings.ContainsRune(sentenceMarks, r)
	}
	words := append([]string{"全国"}, gz.Names()...)
	for w := range selfRefs {
		words = append(words, w)
	}
	for w := range nationalBodies {
		words = append(words, w)
	}
	p.head = make(map[uint64]int32, len(words))
	for _, w := range words {
		for _, r := range w {
			if !caseless(r) {
				return nil
			}
		}
		a, n := utf8.DecodeRuneInString(w)
		b, _ := utf8.DecodeRuneInString(w[n:])
		if len(w) == n {
			single = append(single, w)
			continue
		}
		mix := firstMix(a)
		h := pairBit(mix, b)
		p.pairs[mix>>(32-pairLineBits)][h/64] |= 1 << (h % 64)
		i, ok := p.head[pairKey(a, b)]
		if !ok {
			i = -1
		}
		p.head[pairKey(a, b)] = int32(len(p.words))
		p.words, p.next = append(p.words, w), append(p.next, i)
	}
	longest := 12 // isBody's longest body
	var bodies []string
	for _, set := range []map[string]bool{bodyWords, knownBodies, levelBodies} {
		for w := range set {
			bodies = append(bodies, w)
		}
	}
	p.tails = map[rune][]tail{}
	whole := map[rune]bool{} // the ends that are a body suffix alone (局)
	for _, w := range append(bodies, bodySuffixes...) {
		r, n := utf8.DecodeLastRuneInString(w)
		if !caseless(r) {
			return nil
		}
		ends = append(ends, w[len(w)-n:])
		longest = max(longest, utf8.RuneCountInString(w))
		all := utf8.ValidString(w)
		for _, c := range w {
			all = all && caseless(c)
		}
		if len(w) == n || !all {
			whole[r] = true // a word with case is not looked for whole: its rune alone passes
		} else if !slices.ContainsFunc(p.tails[r], func(t tail) bool { return t.word == w }) {
			p.tails[r] = append(p.tails[r], tail{w, utf8.RuneCountInString(w)})
		}
	}
	for r := range whole {
		delete(p.tails, r)
	}
	prefix := 0
	for w := range levelChars {
		r, _ := utf8.DecodeRuneInString(w)
		if !caseless(r) {
			return nil
		}
		level = append(level, w)
		prefix = max(prefix, utf8.RuneCountInString(w))
	}
	// A level word (自治区: three runes) and then a body (省|市场监管局) or
	// the rest of a body word (省食药监局) of up to longest runes.
	p.reach = prefix + longest - 1
	if p.reach >= levelRing {
		p.tails = nil
	}
	p.single, p.level, p.ends = startsOf(single), startsOf(level), startsOf(ends)
	var marks []string
	for _, r := range sentenceMarks {
		marks = append(marks, string(r))
	}
	sets := map[uint32][]string{isSingle: single, isLevel: level, isEnd: ends, isMark: marks}
	distinct := map[rune]bool{}
	for _, set := range sets {
		for _, w := range set {
			r, _ := utf8.DecodeRuneInString(w)
			distinct[r] = true
		}
	}
	if len(distinct) > classSlots/2 {
		// class would be too full to answer in a probe or two (and, full,
		// addClass would never find a slot)
		return nil
	}
	for f, set := range sets {
		for _, w := range set {
			r, _ := utf8.DecodeRuneInString(w)
			g := f
			if _, ok := p.tails[r]; ok && f == isEnd {
				g = isTail
			}
			p.addClass(r, g)
		}
	}
	return p
}

// tailAt reports whether s, which ends with rune r of index i (r isTail),
// ends with a tail of r that has, of the level characters at the rune
// indexes levels[k%levelRing] for k < n (in order), one at most reach runes
// before r and before the tail.
//
// A body abbreviated by its level (省|委员会, 县|市场监管局, 省食药监局) is a level
// word and right after it a body word B (in knownBodies, levelBodies or
// bodyWords, or ending with a body suffix): B ends with one of those words
// or suffixes, all of which are looked for here or, when one is the rune
// alone, by that rune; B starts after the level word's first rune. So a
// sentence may abbreviates a body in has a level character before a tail,
// at most reach runes before the tail's end. The tail's runes have no
// case, so the text holds them where the lower-cased text the segmenter
// cuts does.
func (p *precheck) tailAt(s string, r rune, i int, levels *[levelRing]int32, n int) bool {
	for _, t := range p.tails[r] {
		if !strings.HasSuffix(s, t.word) {
			continue
		}
		for k := n - 1; k >= 0 && k >= n-levelRing; k-- {
			l := int(levels[k%levelRing])
			if i-l > p.reach {
				break
			}
			if l <= i-t.runes {
				return true
			}
		}
	}
	return false
}

// may reports whether the scan can find a mention, a national body or 全国 in s.
func (p *precheck) may(s string) bool {
	var prev rune = -1
	prevAt := 0
	levelAt := -1 // the rune index of the last level character seen
	var levels [levelRing]int32
	nl := 0 // the level characters seen, the last levelRing of them in levels
	i := 0
	for at := 0; at < len(s); {
		var r rune
		var size int
		if at, prev, prevAt, i, r, size = p.skim(s, at, prev, prevAt, i); at >= len(s) {
			break
		}
		if size == 0 {
			r, size = decodeAt(s, at)
		}
		if prev >= 0 && p.mayPair(prev, r) && p.wordAt(s[prevAt:], prev, r) {
			return true
		}
		// most runes are none of single, level and ends
		if h := classBit(r); p.classBits[h/64]&(1<<(h%64)) != 0 {
			c := p.classOf(r)
			if c&isSingle != 0 {
				return true
			}
			if levelAt >= 0 && i-levelAt <= p.reach && (c&isEnd != 0 || c&isTail != 0 && p.tailAt(s[:at+size], r, i, &levels, nl)) {
				return true
			}
			if c&isLevel != 0 {
				levelAt = i
				levels[nl%levelRing] = int32(i)
				nl++
			}
		}
		prev, prevAt = r, at
		at += size
		i++
	}
	return false
}

// skim walks s from at, where the rune before is prev (-1 for none) at
// prevAt and has the rune index i-1, over the runes that may would pass by
// without a look: runes of one byte or of the three-byte encodings decodeAt
// decodes inline that neither the pair filter (after prev) nor the class
// filter passes. It returns the first rune to look at (at len(s) when none
// is left), the walk's state there and, when it decoded that rune, the
// rune and its size (decodeAt's), else size 0. It calls no function, so
// that its loop, where may spends most of its time, keeps its state in
// registers.
func (p *precheck) skim(s string, at int, prev rune, prevAt, i int) (next int, last rune, lastAt, n int, r rune, size int) {
	if at < 0 || at > len(s) {
		return at, prev, prevAt, i, 0, 0
	}
	pairs, classBits := &p.pairs, &p.classBits
	mix := firstMix(prev) // a filter bit for -1 only sends the rune to may's look
	rest := s[at:]
	prevLeft := -1 // len(rest) at the last rune passed by, -1 for none
	for len(rest) >= 3 {
		b := rest[0]
		r, size = rune(b), 1
		if b >= utf8.RuneSelf {
			b1, b2 := rest[1], rest[2]
			if b < 0xE1 || b > 0xEF || b == 0xED || (uint32(b1)|uint32(b2)<<8)&0xC0C0 != 0x8080 {
				size = 0
				break
			}
			r, size = rune(b&0x0F)<<12|rune(b1&0x3F)<<6|rune(b2&0x3F), 3
		}
		if h := pairBit(mix, r); pairs[mix>>(32-pairLineBits)][h/64]&(1<<(h%64)) != 0 {
			break
		}
		if h := classBit(r); classBits[h/64]&(1<<(h%64)) != 0 {
			break
		}
		prev, mix, prevLeft = r, firstMix(r), len(rest)
		rest = rest[size:]
		i++
		size = 0
	}
	if prevLeft >= 0 {
		prevAt = len(s) - prevLeft
	}
	return len(s) - len(rest), prev, prevAt, i, r, size
}

// decodeAt returns utf8.DecodeRuneInString(s[at:]), decoding ASCII and the
// three-byte encodings of U+1000–U+FFFF but the surrogates (nearly all of
// Chinese text) inline.
func decodeAt(s string, at int) (rune, int) {
	b := s[at]
	if b < utf8.RuneSelf {
		return rune(b), 1
	}
	if b >= 0xE1 && b <= 0xEF && b != 0xED && at+2 < len(s) && s[at+1]&0xC0 == 0x80 && s[at+2]&0xC0 == 0x80 {
		return rune(b&0x0F)<<12 | rune(s[at+1]&0x3F)<<6 | rune(s[at+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[at:])
}

// wordAt reports whether s, which opens with runes a and b, opens with a word.
func (p *precheck) wordAt(s string, a, b rune) bool {
	i, ok := p.head[pairKey(a, b)]
	for ; ok && i >= 0; i = p.next[i] {
		if strings.HasPrefix(s, p.words[i]) {
			return true
		}
	}
	return false
}

// appendPassing appends to out the sentences of line that may passes, as
// appendSentences cuts them, in one walk over the line that checks and cuts
// at once and, once a sentence passes, looks only for its end.
//
// It returns what filtering appendSentences(out, line) by may returns: a
// sentence s is the line from a sentence's start to its mark, trimmed; the
// walk asks at each rune of the line what may asks at that rune of s, with
// the state (the previous rune, the last level character) started afresh at
// each sentence. The runes the trim drops are spaces and the mark is a mark,
// which no word, level character or body end holds (newPrecheck), so they
// start, continue or end nothing may finds; and a word that wordAt finds in
// the rest of the line, past the sentence's end, would hold a space or a
// mark. A mark is found where appendSentences finds it: its bytes begin no
// other rune and none of its bytes continue another.
func (p *precheck) appendPassing(out []string, line string) []string {
	start := 0 // where the current sentence begins
	var prev rune = -1
	prevAt := 0
	levelAt := -1
	var levels [levelRing]int32
	nl := 0
	i := 0
	for at := 0; at < len(line); {
		var r rune
		var size int
		if at, prev, prevAt, i, r, size = p.skim(line, at, prev, prevAt, i); at >= len(line) {
			break
		}
		if size == 0 {
			r, size = decodeAt(line, at)
		}
		hit := prev >= 0 && p.mayPair(prev, r) && p.wordAt(line[prevAt:], prev, r)
		if h := classBit(r); !hit && p.classBits[h/64]&(1<<(h%64)) != 0 {
			c := p.classOf(r)
			if c&isMark != 0 {
				// the sentence ends and nothing passed it
				at += size
				start, prev, levelAt, nl = at, -1, -1, 0
				i++
				continue
			}
			hit = c&isSingle != 0 || levelAt >= 0 && i-levelAt <= p.reach &&
				(c&isEnd != 0 || c&isTail != 0 && p.tailAt(line[start:at+size], r, i, &levels, nl))
			if c&isLevel != 0 {
				levelAt = i
				levels[nl%levelRing] = int32(i)
				nl++
			}
		}
		if hit {
			end := sentenceEnd(line, at+size)
			if s := trimSpace(line[start:end]); s != "" {
				out = append(out, s)
			}
			start, prev, levelAt, nl = end, -1, -1, 0
			at = end
			continue
		}
		prev, prevAt = r, at
		at += size
		i++
	}
	return out
}

// sentenceEnd returns where the sentence of p that goes on at from ends:
// after the first mark appendSentences ends a sentence at, from from on, or
// at the end of p.
func sentenceEnd(p string, from int) int {
	for i := from; i < len(p); i++ {
		switch b := p[i]; {
		case !markByte[b]:
		case b == '!' || b == '?' || b == ';':
			return i + 1
		case b == 0xE3 && i+2 < len(p) && p[i+1] == 0x80 && p[i+2] == 0x82,
			b == 0xEF && i+2 < len(p) && p[i+1] == 0xBC && (p[i+2] == 0x81 || p[i+2] == 0x9F || p[i+2] == 0x9B):
			return i + 3
		}
	}
	return len(p)
}
