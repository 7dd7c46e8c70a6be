package segment

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// route is the best cut of the text from a position on: the log probability
// of the rest and the last rune of the word starting there.
type route struct {
	freq  float64
	index int
}

// Cut splits text into words as gse's DAG cut without HMM (gse's Cut(text,
// false)) does, word for word: the text is lower-cased, each rune position
// gets the most probable cut of the rest (the words starting there found in
// one walk down the trie), and runs of single ASCII letters and digits are
// joined into one word. Concatenating the words gives back the lower-cased
// text (invalid bytes as U+FFFD, as gse gives them).
func (d *Dict) Cut(text string) []string { return d.AppendCut(nil, text) }

// AppendCut appends the words of text, as Cut returns them, to dst and
// returns the extended slice: a caller cutting many texts in turn reuses
// one slice.
func (d *Dict) AppendCut(dst []string, text string) []string {
	sc, _ := d.scratch.Get().(*scratch)
	if sc == nil {
		sc = new(scratch)
	}
	defer d.scratch.Put(sc)
	// Most texts are already lower-case: decode the runes of text itself and
	// lower-case it (strings.ToLower) only when a rune changes or a byte is
	// invalid, and then decode the lower-cased text.
	str := text
	runes, off, same := decode(text, sc.runes[:0], sc.off[:0])
	if !same {
		str = strings.ToLower(text)
		runes, off, _ = decode(str, runes[:0], off[:0])
		if !utf8.ValidString(str) {
			str = string(runes) // gse cuts the runes: bad bytes come out as U+FFFD
			off = off[:0]
			for at := range str {
				off = append(off, at)
			}
		}
	}
	n := len(runes)
	off = append(off, len(str)) // byte offset of each rune in str, and the end
	if cap(sc.routes) < n+1 {
		sc.routes = make([]route, n+1)
	}
	routes := sc.routes[:n+1]
	routes[n] = route{}
	sc.runes, sc.off = runes, off

	for k := n - 1; k >= 0; k-- {
		// Words starting at rune k, shortest first, as gse's trie walk
		// finds them; a tie goes to the longer word.
		best, have := route{}, false
		node := uint32(0)
		for j := k; j < n; j++ {
			if runes[j] == 0 {
				// gse's trie keeps the value of a word that longer words
				// continue under a NUL label: a NUL after such a word
				// reaches it, and gse takes the word and the NUL as one
				// word of the same frequency. Nothing follows a value.
				if v := d.word(node); j > k && v != 0 && !d.leaf(node) {
					r := route{freq: d.cost[v] + routes[j+1].freq, index: j}
					if !have || best.freq < r.freq || best.freq == r.freq && best.index < r.index {
						best, have = r, true
					}
				}
				break
			}
			node = d.child(node, runes[j])
			if node == 0 {
				break
			}
			if v := d.word(node); v != 0 {
				r := route{freq: d.cost[v] + routes[j+1].freq, index: j}
				if !have || best.freq < r.freq || best.freq == r.freq && best.index < r.index {
					best, have = r, true
				}
			}
		}
		if !have {
			// No word: the rune alone, scored as gse's calc scores it: a
			// rune that only begins words has frequency 0, one the
			// dictionary does not know has 1.
			c := d.miss
			if d.child(0, runes[k]) != 0 {
				c = d.cost[0]
			}
			best = route{freq: c + routes[k+1].freq, index: k}
		}
		routes[k] = best
	}

	steps := 0 // the words of the best cut, before ASCII runs are joined
	for x := 0; x < n; x = routes[x].index + 1 {
		steps++
	}
	result := dst
	if result == nil {
		result = make([]string, 0, steps)
	} else {
		result = slices.Grow(result, steps)
	}
	bufStart := -1 // single ASCII letters and digits are joined into one word
	for x := 0; x < n; {
		y := routes[x].index + 1
		if y-x == 1 && isASCIIAlnum(runes[x]) {
			if bufStart < 0 {
				bufStart = x
			}
			x = y
			continue
		}
		if bufStart >= 0 {
			result = append(result, str[off[bufStart]:off[x]])
			bufStart = -1
		}
		result = append(result, str[off[x]:off[y]])
		x = y
	}
	if bufStart >= 0 {
		result = append(result, str[off[bufStart]:])
	}
	return result
}

// decode appends the runes of s and their byte offsets to runes and off,
// and reports whether s is valid and lower-case (strings.ToLower(s) == s).
func decode(s string, runes []rune, off []int) ([]rune, []int, bool) {
	same := true
	for at, r := range s {
		runes = append(runes, r)
		off = append(off, at)
		if same && !isLower(r) && (r != utf8.RuneError || isInvalidAt(s, at)) {
			same = false // a valid U+FFFD is its own lower case
		}
	}
	return runes, off, same
}

// isLower reports whether r is its own lower case, as unicode.ToLower has
// it, without its table search for the runes of Chinese text.
func isLower(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r < 'A' || r > 'Z'
	case r >= caselessFrom && r <= caselessTo:
		return true
	case r == utf8.RuneError:
		return false // maybe an invalid byte: decode looks again
	}
	return unicode.ToLower(r) == r
}

// caselessFrom to caselessTo holds no rune with case (CJK punctuation, kana,
// the unified ideographs: TestCaselessRange checks it).
const caselessFrom, caselessTo = 0x3000, 0x9FFF

// isInvalidAt reports whether the byte at s[at] does not begin a valid rune.
func isInvalidAt(s string, at int) bool {
	_, size := utf8.DecodeRuneInString(s[at:])
	return size <= 1
}

// scratch holds the buffers of one cut, reused across cuts.
type scratch struct {
	runes  []rune
	off    []int
	routes []route
}

func isASCIIAlnum(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}
