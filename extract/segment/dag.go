package segment

import (
	"strings"
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
func (d *Dict) Cut(text string) []string {
	str := strings.ToLower(text)
	sc, _ := d.scratch.Get().(*scratch)
	if sc == nil {
		sc = new(scratch)
	}
	defer d.scratch.Put(sc)
	runes, off := sc.runes[:0], sc.off[:0]
	for at, r := range str {
		runes = append(runes, r)
		off = append(off, at)
	}
	if !utf8.ValidString(str) {
		str = string(runes) // gse cuts the runes: bad bytes come out as U+FFFD
		off = off[:0]
		for at := range str {
			off = append(off, at)
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

	result := make([]string, 0, n/2+1)
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

// scratch holds the buffers of one cut, reused across cuts.
type scratch struct {
	runes  []rune
	off    []int
	routes []route
}

func isASCIIAlnum(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}
