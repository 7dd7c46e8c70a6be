package segment

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sync"
)

// The compact dictionary is a trie over runes in breadth-first order, stored
// as columns of little-endian numbers so that it is read where it lies:
//
//	magic    8 bytes  "ccseg\x00\x00\x01"
//	nodes    uint32   N, node 0 the root
//	freqs    uint32   F, the distinct word frequencies, index 0 for "no word"
//	total    float64  the total frequency the cut divides by
//	freq     F × float64
//	start    (N+1) × uint32: node i's children are nodes start[i] ≤ c < start[i+1]
//	label    N × uint32: the rune leading to each node, children sorted by it
//	value    N × uint16: index into freq of the word ending at the node, 0 for none
//	first    65536 × uint32: the root's child for each rune below U+10000, 0 for none
const magic = "ccseg\x00\x00\x02"

// firstRunes is the number of runes the root's children are indexed for.
const firstRunes = 1 << 16

const headerSize = len(magic) + 4 + 4 + 8

// Dict is a Segmenter over a compact dictionary. It is safe for concurrent use.
type Dict struct {
	start, label, value []byte
	first               []byte
	nodes               uint32
	cost                []float64 // by value: log(freq) - log(total); cost[0] is log(0) - log(total)
	miss                float64   // a rune the dictionary does not know: log(1) - log(total)
	scratch             sync.Pool // of *scratch, the buffers of one cut
}

// Load reads a compact dictionary (as Encode writes it) in place: data must
// stay unchanged while the Dict is used.
func Load(data []byte) (*Dict, error) {
	if len(data) < headerSize || string(data[:len(magic)]) != magic {
		return nil, errors.New("segment: not a compact dictionary")
	}
	le := binary.LittleEndian
	n := le.Uint32(data[8:])
	f := le.Uint32(data[12:])
	total := math.Float64frombits(le.Uint64(data[16:]))
	size := uint64(headerSize) + 8*uint64(f) + 4*(uint64(n)+1) + 4*uint64(n) + 2*uint64(n) + 4*firstRunes
	if n == 0 || f == 0 || f > 1<<16 || uint64(len(data)) != size {
		return nil, fmt.Errorf("segment: dictionary of %d bytes, header says %d nodes and %d frequencies", len(data), n, f)
	}
	at := headerSize
	logT := math.Log(total)
	d := &Dict{nodes: n, cost: make([]float64, f), miss: math.Log(1.0) - logT}
	for i := range d.cost {
		d.cost[i] = math.Log(math.Float64frombits(le.Uint64(data[at:]))) - logT
		at += 8
	}
	d.start = data[at : at+4*int(n+1)]
	at += 4 * int(n+1)
	d.label = data[at : at+4*int(n)]
	at += 4 * int(n)
	d.value = data[at : at+2*int(n)]
	at += 2 * int(n)
	d.first = data[at : at+4*firstRunes]
	if le.Uint32(d.start[4*n:]) != n {
		return nil, errors.New("segment: dictionary's last node does not end the trie")
	}
	return d, nil
}

// child returns the node below node for rune r, or 0 when there is none.
func (d *Dict) child(node uint32, r rune) uint32 {
	if node == 0 && uint32(r) < firstRunes {
		return binary.LittleEndian.Uint32(d.first[4*r:])
	}
	lo := binary.LittleEndian.Uint32(d.start[4*node:])
	hi := binary.LittleEndian.Uint32(d.start[4*node+4:])
	for lo < hi {
		mid := lo + (hi-lo)/2
		if rune(binary.LittleEndian.Uint32(d.label[4*mid:])) < r {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < binary.LittleEndian.Uint32(d.start[4*node+4:]) && rune(binary.LittleEndian.Uint32(d.label[4*lo:])) == r {
		return lo
	}
	return 0
}

// word returns the frequency index of the word ending at node, 0 for none.
func (d *Dict) word(node uint32) uint16 { return binary.LittleEndian.Uint16(d.value[2*node:]) }

// leaf reports whether no longer word continues node's.
func (d *Dict) leaf(node uint32) bool {
	return binary.LittleEndian.Uint32(d.start[4*node:]) == binary.LittleEndian.Uint32(d.start[4*node+4:])
}
