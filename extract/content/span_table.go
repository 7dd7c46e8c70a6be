package content

import (
	"unsafe"

	"golang.org/x/net/html"
)

// spanTable holds the candidate containers of a page in the order the walk
// closes them (document order of their ends), each with its span of lines,
// and finds a container's span by its node. The walk adds every container
// once; the steps after it range over all of them (nodes and at, side by
// side) or ask for one. It replaces a map keyed by node and a slice of the
// same nodes: ranging needs no lookup, and a lookup hashes the node's
// address with one multiply instead of the map's hash.
type spanTable struct {
	nodes []*html.Node // containers in closing order
	at    []span       // at[i] is the span of nodes[i]
	slots []int32      // open addressing: 1 + index into nodes, 0 for empty; a power of two long
}

// minSpanSlots is the table size of a short page, and of an empty table's first add.
const minSpanSlots = 512

// slot is where the probe for n starts: the high bits of its address
// times the 64-bit golden ratio (heap nodes do not move).
func (t *spanTable) slot(n *html.Node) int {
	h := uint64(uintptr(unsafe.Pointer(n))) * 0x9E3779B97F4A7C15
	return int(h>>32) & (len(t.slots) - 1)
}

// add records the span of container n, which must not be in the table yet.
func (t *spanTable) add(n *html.Node, s span) {
	if 2*(len(t.nodes)+1) > len(t.slots) {
		t.grow()
	}
	t.nodes = append(t.nodes, n)
	t.at = append(t.at, s)
	t.place(n, int32(len(t.nodes)))
}

// place puts 1+index ref into the first empty slot of n's probe.
func (t *spanTable) place(n *html.Node, ref int32) {
	mask := len(t.slots) - 1
	for i := t.slot(n); ; i = (i + 1) & mask {
		if t.slots[i] == 0 {
			t.slots[i] = ref
			return
		}
	}
}

// grow doubles the slots (or makes the first ones) and places every node again.
func (t *spanTable) grow() {
	size := max(minSpanSlots, 2*len(t.slots))
	t.slots = make([]int32, size)
	for i, n := range t.nodes {
		t.place(n, int32(i+1))
	}
}

// get returns the span of container n, and false when n is not one.
func (t *spanTable) get(n *html.Node) (span, bool) {
	if len(t.slots) == 0 {
		return span{}, false
	}
	mask := len(t.slots) - 1
	for i := t.slot(n); ; i = (i + 1) & mask {
		ref := t.slots[i]
		if ref == 0 {
			return span{}, false
		}
		if t.nodes[ref-1] == n {
			return t.at[ref-1], true
		}
	}
}

// of returns the span of n, the empty span when n is not a container.
func (t *spanTable) of(n *html.Node) span {
	s, _ := t.get(n)
	return s
}

// has reports whether n is a container.
func (t *spanTable) has(n *html.Node) bool {
	_, ok := t.get(n)
	return ok
}

// len is the number of containers.
func (t *spanTable) len() int { return len(t.nodes) }

// reset empties the table, keeping its room (and dropping its node pointers).
func (t *spanTable) reset() {
	clear(t.nodes)
	clear(t.slots)
	t.nodes, t.at = t.nodes[:0], t.at[:0]
}
