package content

import (
	"math/rand/v2"
	"testing"

	"golang.org/x/net/html"
)

// TestSpanTable holds the table to a map and a slice, the structure it
// replaced, over adds and lookups of many nodes, across a reset and the
// growth of its slots.
func TestSpanTable(t *testing.T) {
	var tab spanTable
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 7, 255, 256, 257, 3000} {
		tab.reset()
		want := make(map[*html.Node]span, n)
		var order []*html.Node
		nodes := make([]*html.Node, 2*n+1)
		for i := range nodes {
			nodes[i] = &html.Node{}
		}
		for i := 0; i < n; i++ {
			nd := nodes[2*i]
			s := span{int32(rng.IntN(1000)), int32(rng.IntN(1000))}
			tab.add(nd, s)
			want[nd] = s
			order = append(order, nd)
		}
		if tab.len() != n {
			t.Fatalf("%d nodes: len %d", n, tab.len())
		}
		for i, nd := range tab.nodes {
			if nd != order[i] || tab.at[i] != want[nd] {
				t.Fatalf("%d nodes: entry %d out of order", n, i)
			}
		}
		for i, nd := range nodes {
			s, ok := tab.get(nd)
			ws, wok := want[nd]
			if ok != wok || s != ws || tab.of(nd) != ws || tab.has(nd) != wok {
				t.Fatalf("%d nodes: node %d: get %v %v, want %v %v", n, i, s, ok, ws, wok)
			}
		}
	}
	tab.reset()
	if _, ok := tab.get(&html.Node{}); ok || tab.len() != 0 {
		t.Fatal("reset table still holds nodes")
	}
}

// BenchmarkSpanTable adds and looks up the containers of a page of 300,
// against the map it replaced.
func BenchmarkSpanTable(b *testing.B) {
	nodes := make([]*html.Node, 300)
	for i := range nodes {
		nodes[i] = &html.Node{}
	}
	b.Run("table", func(b *testing.B) {
		var tab spanTable
		for b.Loop() {
			tab.reset()
			for i, n := range nodes {
				tab.add(n, span{int32(i), int32(i + 1)})
			}
			for _, n := range nodes {
				tab.of(n)
			}
		}
	})
	b.Run("map", func(b *testing.B) {
		m := make(map[*html.Node]span, 256)
		var order []*html.Node
		for b.Loop() {
			clear(m)
			order = order[:0]
			for i, n := range nodes {
				m[n] = span{int32(i), int32(i + 1)}
				order = append(order, n)
			}
			for _, n := range nodes {
				_ = m[n]
			}
		}
	})
}
