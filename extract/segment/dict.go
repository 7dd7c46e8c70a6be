package segment

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"sync"
)

// The compact dictionary is a trie over runes in breadth-first order, stored
// as little-endian numbers so that it is read where it lies:
//
//	magic    8 bytes  "ccseg\x00\x00\x05"
//	nodes    uint32   N, node 0 the root
//	freqs    uint32   F, the distinct word frequencies, index 0 for "no word"
//	slots    uint32   S, the slots of the children's hash tables
//	total    float64  the total frequency the cut divides by
//	freq     F × float64
//	node     (N+1) × 12 bytes, one record a node and one after the last:
//	         label uint32, the rune leading to the node (children sorted by it);
//	         start uint32, the first child: node i's children are the nodes
//	         from its start to the next record's start;
//	         value uint16, index into freq of the word ending at the node, 0 for none;
//	         kids uint16: for a node of fewer than bigNode children, a bit per
//	         child (runeBit of its rune), so most steps to a rune with no
//	         child there stop without a search; for a node of more, where a
//	         binary search takes many steps over a wide range, the first
//	         slot of its hash table divided by tableAlign
//	first    65536 × uint32: the root's child for each rune below U+10000, 0 for none
//	slots    S × uint32: the hash tables of the nodes of bigNode children or
//	         more, one after the other, of 1<<tableBits(children) slots each;
//	         a slot is empty (0) or holds a child: its place among the
//	         node's children plus one (low 16 bits) and the low 16 bits of
//	         its rune (high 16 bits), found by linear probing from slotHash
//	         of the rune
//
// A node's label, children and word share a record, so a step down the trie
// touches one or two cache lines of the 6 MB of records, and one line of the
// hash tables at a node of many children.
const magic = "ccseg\x00\x00\x05"

// bigNode is the number of children from which a node has a hash table.
const bigNode = 16

// tableAlign is the alignment, in slots, of every hash table: tables are
// powers of two of at least 2 × bigNode slots.
const tableAlign = 16

// tableBits returns the log2 of the number of slots of the hash table of a
// node of n children (n >= bigNode): at most half of them are used.
func tableBits(n uint32) uint { return uint(bits.Len32(2*n - 1)) }

// slotHash returns the slot, in a table of 1<<b slots, where the search for
// rune r starts.
func slotHash(r rune, b uint) uint32 { return uint32(r) * 0x9E3779B1 >> (32 - b) }

// recordSize is the size of one node record.
const recordSize = 12

// firstRunes is the number of runes the root's children are indexed for.
const firstRunes = 1 << 16

const headerSize = len(magic) + 4 + 4 + 4 + 8

// Dict is a Segmenter over a compact dictionary. It is safe for concurrent use.
type Dict struct {
	node    []byte // (N+1) records
	first   []byte
	slots   []byte
	nodes   uint32
	cost    []float64 // by value: log(freq) - log(total); cost[0] is log(0) - log(total)
	miss    float64   // a rune the dictionary does not know: log(1) - log(total)
	scratch sync.Pool // of *scratch, the buffers of one cut
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
	slots := le.Uint32(data[16:])
	total := math.Float64frombits(le.Uint64(data[20:]))
	size := uint64(headerSize) + 8*uint64(f) + recordSize*(uint64(n)+1) + 4*firstRunes + 4*uint64(slots)
	if n == 0 || f == 0 || f > 1<<16 || uint64(len(data)) != size {
		return nil, fmt.Errorf("segment: dictionary of %d bytes, header says %d nodes, %d frequencies and %d slots", len(data), n, f, slots)
	}
	at := headerSize
	logT := math.Log(total)
	d := &Dict{nodes: n, cost: make([]float64, f), miss: math.Log(1.0) - logT}
	for i := range d.cost {
		d.cost[i] = math.Log(math.Float64frombits(le.Uint64(data[at:]))) - logT
		at += 8
	}
	d.node = data[at : at+recordSize*int(n+1)]
	at += recordSize * int(n+1)
	d.first = data[at : at+4*firstRunes]
	at += 4 * firstRunes
	d.slots = data[at:]
	if d.start(n) != n {
		return nil, errors.New("segment: dictionary's last record does not end the trie")
	}
	return d, nil
}

// start returns the first child of node.
func (d *Dict) start(node uint32) uint32 {
	return binary.LittleEndian.Uint32(d.node[recordSize*node+4:])
}

// child returns the node below node for rune r, or 0 when there is none.
func (d *Dict) child(node uint32, r rune) uint32 {
	le := binary.LittleEndian
	if node == 0 && uint32(r) < firstRunes {
		return le.Uint32(d.first[4*r:])
	}
	rec := d.node[recordSize*node : recordSize*node+recordSize+8]
	lo, end := le.Uint32(rec[4:]), le.Uint32(rec[recordSize+4:])
	kids := le.Uint16(rec[10:])
	if n := end - lo; n >= bigNode {
		b := tableBits(n)
		base, mask := uint32(kids)*tableAlign, uint32(1)<<b-1
		for h := slotHash(r, b); ; h = (h + 1) & mask {
			slot := le.Uint32(d.slots[4*(base+h):])
			if slot == 0 {
				return 0
			}
			if uint16(slot>>16) == uint16(r) {
				if c := lo + slot&0xFFFF - 1; d.label(c) == r {
					return c
				}
			}
		}
	}
	if kids&runeBit(r) == 0 {
		return 0
	}
	hi := end
	for lo < hi {
		mid := lo + (hi-lo)/2
		if d.label(mid) < r {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < end && d.label(lo) == r {
		return lo
	}
	return 0
}

// runeBit hashes a rune to one of 16 bits.
func runeBit(r rune) uint16 { return 1 << (uint32(r) * 0x9E3779B1 >> 28) }

// label returns the rune leading to node.
func (d *Dict) label(node uint32) rune {
	return rune(binary.LittleEndian.Uint32(d.node[recordSize*node:]))
}

// word returns the frequency index of the word ending at node, 0 for none.
func (d *Dict) word(node uint32) uint16 {
	return binary.LittleEndian.Uint16(d.node[recordSize*node+8:])
}

// leaf reports whether no longer word continues node's.
func (d *Dict) leaf(node uint32) bool { return d.start(node) == d.start(node+1) }

// Has reports whether word is a word of the dictionary (gse's Find finding
// it with a frequency).
func (d *Dict) Has(word string) bool {
	node := uint32(0)
	for _, r := range word {
		if node = d.child(node, r); node == 0 {
			return false
		}
	}
	return node != 0 && d.word(node) != 0
}
