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
