package segment

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"
)

// Word is one dictionary word and its frequency.
type Word struct {
	Key  string
	Freq float64
}

// Encode writes words (distinct, non-empty, frequencies above zero) and the
// total frequency the cut divides by in the compact form Load reads. The
// generator (internal/gendict) and the tests call it; the product only loads.
func Encode(words []Word, total float64) ([]byte, error) {
	type node struct {
		kids  map[rune]*node
		value uint16
	}
	freqs := []float64{0}
	index := map[float64]uint16{}
	root := &node{}
	for _, w := range words {
		if w.Key == "" || !(w.Freq > 0) {
			return nil, fmt.Errorf("segment: encode: word %q of frequency %v", w.Key, w.Freq)
		}
		n := root
		for _, r := range w.Key {
			if n.kids == nil {
				n.kids = map[rune]*node{}
			}
			c := n.kids[r]
			if c == nil {
				c = &node{}
				n.kids[r] = c
			}
			n = c
		}
		if n.value != 0 {
			return nil, fmt.Errorf("segment: encode: word %q twice", w.Key)
		}
		v, ok := index[w.Freq]
		if !ok {
			if len(freqs) == math.MaxUint16+1 {
				return nil, fmt.Errorf("segment: encode: more than %d distinct frequencies", math.MaxUint16)
			}
			v = uint16(len(freqs))
			index[w.Freq] = v
			freqs = append(freqs, w.Freq)
		}
		n.value = v
	}
	// Breadth-first numbering: the children of each node are consecutive,
	// sorted by rune, and follow the children of the node before it.
	order := []*node{root}
	labels := []rune{0}
	start := []uint32{}
	for i := 0; i < len(order); i++ {
		n := order[i]
		start = append(start, uint32(len(order)))
		keys := make([]rune, 0, len(n.kids))
		for r := range n.kids {
			keys = append(keys, r)
		}
		slices.Sort(keys)
		for _, r := range keys {
			order = append(order, n.kids[r])
			labels = append(labels, r)
		}
	}
	start = append(start, uint32(len(order)))
	// The hash tables of the nodes of many children.
	var slots []uint32
	tables := make([]uint16, len(order)) // by node: its first slot / tableAlign
	for i := range order {
		n := start[i+1] - start[i]
		if n < bigNode {
			continue
		}
		if n > math.MaxUint16-1 || len(slots)/tableAlign > math.MaxUint16 {
			return nil, fmt.Errorf("segment: encode: %d children of a node, %d slots before: too many", n, len(slots))
		}
		tables[i] = uint16(len(slots) / tableAlign)
		b := tableBits(n)
		t := make([]uint32, 1<<b)
		for c := start[i]; c < start[i+1]; c++ {
			h := slotHash(labels[c], b)
			for t[h] != 0 {
				h = (h + 1) & (1<<b - 1)
			}
			t[h] = (c - start[i] + 1) | uint32(uint16(labels[c]))<<16
		}
		slots = append(slots, t...)
	}
	le := binary.LittleEndian
	out := make([]byte, 0, headerSize+8*len(freqs)+recordSize*(len(order)+1)+4*firstRunes+4*len(slots))
	out = append(out, magic...)
	out = le.AppendUint32(out, uint32(len(order)))
	out = le.AppendUint32(out, uint32(len(freqs)))
	out = le.AppendUint32(out, uint32(len(slots)))
	out = le.AppendUint64(out, math.Float64bits(total))
	for _, f := range freqs {
		out = le.AppendUint64(out, math.Float64bits(f))
	}
	for i := range len(order) + 1 {
		label, value, kids := uint32(0), uint16(0), uint16(0)
		if i < len(order) {
			label, value = uint32(labels[i]), order[i].value
			if start[i+1]-start[i] >= bigNode {
				kids = tables[i]
			} else {
				for c := start[i]; c < start[i+1]; c++ {
					kids |= runeBit(labels[c])
				}
			}
		}
		out = le.AppendUint32(out, label)
		out = le.AppendUint32(out, start[i])
		out = le.AppendUint16(out, value)
		out = le.AppendUint16(out, kids)
	}
	first := make([]uint32, firstRunes)
	for c := start[0]; c < start[1]; c++ {
		if r := labels[c]; r < firstRunes {
			first[r] = c
		}
	}
	for _, c := range first {
		out = le.AppendUint32(out, c)
	}
	for _, s := range slots {
		out = le.AppendUint32(out, s)
	}
	return out, nil
}
