package content

import (
	"math/rand"
	"reflect"
	"testing"
	"unicode"

	"golang.org/x/net/html/atom"
)

// textRef is walker.text as it was, rune by rune: the reference
// TestWalkerTextAsReference compares the run-copying text with.
func textRef(w *walker, s string, inA bool) {
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff' {
			w.space = true
			w.inWord = false
			continue
		}
		if w.space && w.cur.Len() > 0 {
			w.cur.WriteByte(' ')
		}
		w.space = false
		w.cur.WriteRune(r)
		w.runes++
		if inA {
			w.linked++
		}
		if isSentencePunct(r) {
			w.punct++
		}
		w.countToken(r, inA)
		w.mask |= runeBit(r)
	}
	w.inWord = false
}

// TestWalkerTextAsReference feeds the same random text nodes, links, image
// spaces and line ends to walker.text and textRef and demands the same
// lines; the pieces hold every kind of white space text collapses, Han,
// words, punctuation and invalid bytes. The labelled pages' lines go
// through both as text nodes too.
func TestWalkerTextAsReference(t *testing.T) {
	parts := []string{" ", "\t", "\n", "\v", "\f", "\r", "\u0085", "\u00a0", "\u1680", "\u2000", "\u2028", "\u3000", "\u200b", "\ufeff",
		"质量月", "，", "。", "abc", "x1", "2024", ",", "!", "?", "“", "\ufffd", "\xff", "\xe5\x88", "\xc3", "𠀀", "é",
		"\xed\xa0\x80", "\xe0\x80\x80", "\x88", "一", "\u9fff", "\ua000", "\u4dff"}
	rng := rand.New(rand.NewSource(9))
	nodes := randomLines(10, 30000, 6, parts)
	nodes = append(nodes, corpusLines(t)...)
	a, b := &walker{}, &walker{}
	for i, s := range nodes {
		inA := rng.Intn(3) == 0
		a.text(s, inA)
		textRef(b, s, inA)
		switch rng.Intn(4) {
		case 0:
			a.flush(atom.P)
			b.flush(atom.P)
		case 1:
			a.space, b.space = true, true // an <img> between text nodes
		}
		if string(a.cur.b) != string(b.cur.b) || a.runes != b.runes || a.linked != b.linked || a.tokens != b.tokens ||
			a.ltokens != b.ltokens || a.punct != b.punct || a.mask != b.mask || a.space != b.space || a.inWord != b.inWord {
			t.Fatalf("after node %d %q: text %q, reference %q", i, s, string(a.cur.b), string(b.cur.b))
		}
	}
	a.flush(atom.P)
	b.flush(atom.P)
	if len(a.lines) != len(b.lines) || len(a.lines) < 1000 {
		t.Fatalf("%d lines, reference %d", len(a.lines), len(b.lines))
	}
	for i := range a.lines {
		la, lb := a.lines[i], b.lines[i]
		if got, want := lineSets.scanAt(la.text, la.firsts), lineSets.scan(la.text); !la.indexed || got != want {
			t.Fatalf("line %d %q: indexed %v, scanAt %b, scan %b", i, la.text, la.indexed, got, want)
		}
		la.firsts, la.indexed, lb.firsts, lb.indexed = nil, false, nil, false
		if !reflect.DeepEqual(la, lb) {
			t.Fatalf("line %d: %+v, reference %+v", i, la, lb)
		}
	}
}

// BenchmarkWalkerText runs walker.text and textRef over the labelled pages'
// lines: compare "new" with "reference".
func BenchmarkWalkerText(b *testing.B) {
	lines := corpusLines(b)
	if len(lines) == 0 {
		b.Skip("shared corpus not found")
	}
	b.Run("reference", func(b *testing.B) {
		for b.Loop() {
			w := &walker{}
			for _, s := range lines {
				textRef(w, s, false)
				w.flush(atom.P)
			}
		}
	})
	b.Run("new", func(b *testing.B) {
		for b.Loop() {
			w := &walker{}
			for _, s := range lines {
				w.text(s, false)
				w.flush(atom.P)
			}
		}
	})
}

// TestIsTextSpaceAllRunes checks isTextSpace against the test it replaced on
// every rune.
func TestIsTextSpaceAllRunes(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		want := unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff'
		if got := isTextSpace(r); got != want {
			t.Fatalf("isTextSpace(%U) = %v, want %v", r, got, want)
		}
	}
}
