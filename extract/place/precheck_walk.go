package place

// The precheck's walks over a text: may over one sentence, appendPassing
// over a line's sentences, both through skim, the loop most of a page's
// characters pass through.

import (
	"strings"
	"unicode/utf8"

	"github.com/ccorpus/ccorpus/normalize"
)

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
			r, size = normalize.DecodeRuneAt(s, at)
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
// without a look: runes of one byte or of the three-byte encodings normalize.DecodeRuneAt
// decodes inline that neither the pair filter (after prev) nor the class
// filter passes. It returns the first rune to look at (at len(s) when none
// is left), the walk's state there and, when it decoded that rune, the
// rune and its size (normalize.DecodeRuneAt's), else size 0. It calls no function, so
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
			r, size = normalize.DecodeRuneAt(line, at)
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
