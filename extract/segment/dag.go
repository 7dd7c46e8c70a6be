package segment

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/go-ego/gse"
)

// route is the best cut of the text from a position on: the log probability
// of the rest and the last rune of the word starting there.
type route struct {
	freq  float64
	index int
}

// cutDAG gives the words of gse's DAG cut without HMM (gse's Cut(text,
// false)), word for word, but finds the dictionary words starting at a rune
// with one walk down the trie instead of a walk from the root per prefix and
// again per word, and keeps the graph in slices instead of maps: gse's cut
// was most of place resolution's time.
func (g *GSE) cutDAG(str string) []string {
	if strings.IndexByte(str, 0) >= 0 {
		// The trie keeps a word's value under a NUL label, so gse reads
		// 司\x00 as the word 司 once more: leave such text to gse.
		return g.seg.Cut(str, false)
	}
	if gse.ToLower {
		str = strings.ToLower(str)
	}
	runes := []rune(str)
	if !utf8.ValidString(str) {
		str = string(runes) // gse cuts the runes: bad bytes come out as U+FFFD
	}
	n := len(runes)
	off := make([]int, n+1) // byte offset of each rune in str
	words := make([]gse.Text, n)
	for k, at := 0, 0; k < n; k++ {
		size := utf8.RuneLen(runes[k])
		off[k], words[k] = at, gse.Text(str[at:at+size])
		at += size
	}
	off[n] = len(str)

	dict := g.seg.Dict
	logT := math.Log(dict.TotalFreq())
	tokens := make([]*gse.Token, n)
	routes := make([]route, n+1)
	for k := n - 1; k >= 0; k-- {
		// Words starting at rune k, shortest first, as gse's getDag finds
		// them: every prefix the trie holds a word of positive frequency for.
		found := dict.LookupTokens(words[k:], tokens)
		best, have := route{}, false
		j := k // the last rune of the candidate prefix
		for _, tok := range tokens[:found] {
			for j < n-1 && !tok.Equals(str[off[k]:off[j+1]]) {
				j++
			}
			if tok.Freq() > 0 {
				r := route{freq: math.Log(tok.Freq()) - logT + routes[j+1].freq, index: j}
				if !have || best.freq < r.freq || best.freq == r.freq && best.index < r.index {
					best, have = r, true
				}
			}
		}
		if !have {
			// No word: the rune alone, scored as gse's calc scores it.
			if freq, _, ok := g.seg.Find(str[off[k]:off[k+1]]); ok {
				best = route{freq: math.Log(freq) - logT + routes[k+1].freq, index: k}
			} else {
				best = route{freq: math.Log(1.0) - logT + routes[k+1].freq, index: k}
			}
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

func isASCIIAlnum(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}
